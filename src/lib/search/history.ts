/**
 * Fuzzy search over the claims and notes of History, behind our own result type.
 *
 * Fuse.js compares the typed words with the distinct words of History (tens of
 * thousands, a few letters each), never with every claim in full: that is what
 * keeps a search of 20,000 checks within a keystroke. Each word found leads to
 * the checks that hold it, through a list kept per word.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
/** What the search reads of a check: its claim and its note (a SavedCheck or a CheckSummary). */
export type Searchable = { claim: string; note: string };

/** Where a query was found in a check. */
export type HistoryField = 'claim' | 'note';

export type HistoryMatch<T extends Searchable> = {
	check: T;
	/** The fields the query was found in, claim first; [] when there was no query. */
	foundIn: HistoryField[];
};

/** Words and figures: "7.5" and "1,200" stay one word, so a figure is found as written, and "5.7" does not find "7.5". */
const WORDS = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}_]+/gu;

/** A claim is what the user remembers; a note is a second way in, so a word found there counts half. */
const WEIGHT: Record<HistoryField, number> = { claim: 2, note: 1 };

const OPTIONS: IFuseOptions<string> = {
	// How far a word may be from the query (0 = exact, 1 = anything): 0.35 forgives a typo or two ("Lukashneko").
	threshold: 0.35,
	// The typed word may stand anywhere in a longer word ("manufactur" finds "manufacturing"); where must not count.
	ignoreLocation: true,
	// "Lukashenko" and "Łukashenko", "Zelensky" and "Zelenskyy"-style accents should not hide a check.
	ignoreDiacritics: true,
	// How close each word is, to rank the checks that hold it.
	includeScore: true
};

/** The checks (by their place in the list) whose claim, and whose note, hold one word. */
type Holders = { claim: number[]; note: number[] };

/** Checks indexed per slice while the page is idle: about 10 ms of work, so typing and scrolling never wait. */
const SLICE = 1000;

/** Lets the page draw and take input before the next slice. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class HistorySearch<T extends Searchable> {
	#checks: readonly T[];
	/** Every distinct word of the checks indexed so far, lower case, with who holds it. */
	#words = new Map<string, Holders>();
	/** How many checks, from the first, are in `#words`. */
	#indexed = 0;
	#fuse: Fuse<string> | null = null;

	/** A search over `checks`, in the order given; the word index is built on first use, or ahead by `prepareInSlices`. */
	constructor(checks: readonly T[]) {
		this.#checks = checks;
	}

	/**
	 * Builds the word index a slice at a time, pausing between slices, for as long as
	 * `wanted()` says (a list replaced meanwhile is not worth finishing); a search
	 * meanwhile finishes it at once.
	 */
	async prepareInSlices(wanted: () => boolean = () => true): Promise<void> {
		while (this.#indexed < this.#checks.length) {
			this.#indexUpTo(this.#indexed + SLICE);
			await pause();
			if (!wanted()) return;
		}
		this.#prepare();
	}

	#prepare(): Fuse<string> {
		this.#indexUpTo(this.#checks.length);
		this.#fuse ??= new Fuse([...this.#words.keys()], OPTIONS);
		return this.#fuse;
	}

	#indexUpTo(end: number): void {
		for (; this.#indexed < Math.min(end, this.#checks.length); this.#indexed++) {
			const check = this.#checks[this.#indexed];
			for (const field of ['claim', 'note'] as const) {
				for (const word of new Set(check[field].toLowerCase().match(WORDS))) {
					let holders = this.#words.get(word);
					if (!holders) this.#words.set(word, (holders = { claim: [], note: [] }));
					holders[field].push(this.#indexed);
				}
			}
		}
	}

	/**
	 * The checks that hold every word of `query` (as typed, or close to it) in their
	 * claim or note, the closest first, ties in the order given; for an empty query,
	 * every check in the order given.
	 */
	find(query: string): HistoryMatch<T>[] {
		const typed = [...new Set(query.toLowerCase().match(WORDS))];
		if (typed.length === 0) return this.#checks.map((check) => ({ check, foundIn: [] }));
		const fuse = this.#prepare();
		const n = this.#checks.length;
		let total = new Float64Array(n);
		const fields = new Uint8Array(n);
		typed.forEach((word, k) => {
			const best = this.#closeness(fuse, word, fields);
			// Every word typed must be found somewhere, so each word added narrows the list like a filter.
			total = total.map((sum, i) => (best[i] > 0 && (k === 0 || sum > 0) ? sum + best[i] : 0));
		});
		const found = [...total.keys()].filter((i) => total[i] > 0).sort((a, b) => total[b] - total[a] || a - b);
		return found.map((i) => ({ check: this.#checks[i], foundIn: fieldsOf(fields[i]) }));
	}

	/** For each check, how close its claim or note comes to `word` (0 = not at all; 2 = exactly, in the claim). */
	#closeness(fuse: Fuse<string>, word: string, fields: Uint8Array): Float64Array {
		const best = new Float64Array(this.#checks.length);
		// A one-letter word ("a", "I") is in nearly every claim: it must be found as typed, never as part of another.
		const near = word.length < 2 ? [{ item: word, score: 0 }] : fuse.search(word);
		for (const { item, score = 0 } of near) {
			const holders = this.#words.get(item);
			if (!holders) continue;
			for (const field of ['claim', 'note'] as const) {
				const value = (1 - score) * WEIGHT[field];
				for (const i of holders[field]) {
					if (value > best[i]) best[i] = value;
					fields[i] |= field === 'claim' ? 1 : 2;
				}
			}
		}
		return best;
	}
}

function fieldsOf(mask: number): HistoryField[] {
	return (['claim', 'note'] as const).filter((_, bit) => mask & (1 << bit));
}
