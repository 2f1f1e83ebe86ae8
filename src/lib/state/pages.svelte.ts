/**
 * The first pages of a long list: a page at a time, a new list (another query or
 * filter) starting again at one page. So 20,000 checks never become 20,000 rows,
 * and the keyboard and a screen reader meet a list of a readable length.
 */

/** Items drawn at a time: a screenful or two. */
export const PAGE_SIZE = 100;

export class Pages<T> {
	#list: () => T[];
	#key: () => string;
	/** How many items "Show more" asked for, and for which list. */
	#more = $state({ key: '', count: PAGE_SIZE });

	/** `list`: the whole list; `key`: what it is a list of (its query and filter), so a new one starts at one page. */
	constructor(list: () => T[], key: () => string) {
		this.#list = list;
		this.#key = key;
	}

	/** The items drawn: the first pages of the list. */
	shown = $derived.by(() => this.#list().slice(0, this.#more.key === this.#key() ? this.#more.count : PAGE_SIZE));

	/** Draws PAGE_SIZE more. */
	more(): void {
		this.#more = { key: this.#key(), count: this.shown.length + PAGE_SIZE };
	}
}
