/**
 * What a link or the bookmarklet brings to the Check page: the claim (`q`), and, from the
 * bookmarklet, the title and address of the page it was selected on. Read as text only, each
 * with a limit, so a hostile or huge link is answered with a note instead of a stall.
 * e.g. `/?q=We+can+manufacture+everything` or `/#q=…&title=A%20report&from=https%3A%2F%2Fnews.example%2Fa`.
 */
import { webAddress } from './web-address.ts';

/**
 * Longest claim taken from a link, in characters. The checker reads 1,000 words (about 7,000
 * characters) and marks the rest unchecked; past this, a link is most likely a page pasted whole,
 * and the field would take seconds to take it in.
 */
export const MAX_ARRIVING_CHARS = 10_000;
/** Longest page title kept: enough to recognise it. */
const MAX_TITLE_CHARS = 200;
/** Longest page address kept. */
const MAX_FROM_CHARS = 2_000;
/** Characters no one means to check: C0 and C1 controls but tab and newline, lone surrogates. */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export type Arrival = {
	/** The claim to check, cut to the limit at a word's end; null when the link brings none. */
	claim: string | null;
	/** The claim's length before it was cut; null when it was not cut. */
	cutFrom: number | null;
	/** The title of the page the claim was selected on, as text; null when not given. */
	title: string | null;
	/** Its address, only when it is an http(s) one. */
	from: string | null;
};

/** `q`, `title` and `from` of the query, or else of the fragment (the bookmarklet's, which no server sees). */
export function readArrival(url: URL): Arrival {
	const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
	const params = url.searchParams.has('q') ? url.searchParams : fragment;
	const raw = params.get('q');
	const text = raw === null ? null : raw.replace(CONTROLS, '');
	const cut = text !== null && text.length > MAX_ARRIVING_CHARS;
	const title = params.get('title')?.replace(CONTROLS, '').replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS) || null;
	return {
		claim: text === null ? null : cut ? cutAtWord(text, MAX_ARRIVING_CHARS) : text,
		cutFrom: cut ? (text as string).length : null,
		title,
		from: webAddress(params.get('from')?.slice(0, MAX_FROM_CHARS))
	};
}

function cutAtWord(text: string, limit: number): string {
	const head = text.slice(0, limit);
	const wordEnd = head.search(/\s+\S*$/);
	return wordEnd > limit / 2 ? head.slice(0, wordEnd) : head;
}

/** What the page says about a cut claim. */
export function cutSentence(cutFrom: number, kept: number): string {
	const n = (x: number) => x.toLocaleString('en-GB');
	return `The link brought ${n(cutFrom)} characters; only the first ${n(kept)} were taken. Paste the part you mean to check to check the rest.`;
}
