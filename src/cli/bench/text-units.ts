import type { Span } from '../../lib/engine/index.ts';

/** A word and where it stands in its text (UTF-16 offsets). */
export type Word = Span & { text: string };

/**
 * Words as a reader counts them: letters and digits, with inner apostrophes,
 * hyphens and digit separators kept inside ("don't", "co-operation", "3,000,000", "5.7").
 */
const WORD = /[\p{L}\p{N}]+(?:['’,.\-][\p{L}\p{N}]+)*/gu;

export function words(text: string, offset = 0): Word[] {
	const out: Word[] = [];
	for (const m of text.matchAll(WORD)) {
		const start = (m.index ?? 0) + offset;
		out.push({ text: m[0], start, end: start + m[0].length });
	}
	return out;
}

/** Lower-case words only, for comparing texts whatever their punctuation and case. */
export function wordKeys(text: string): string[] {
	return Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase().replace(/’/g, "'"));
}

/**
 * Sentence spans of a text: a stop, then spaces, then what can start a
 * sentence; or a line break (a headline, a paragraph). A stop after a title
 * ("Mr. Speaker") or an initial ("Harry S. Truman") ends nothing.
 */
const SENTENCE_END =
	/(?<!\b(?:Mr|Mrs|Ms|Messrs|Dr|St|Gen|Col|Capt|Gov|Sen|Rep|Hon|Rev|No|Nos|Jr|Sr|Co|Inc|vs|viz|U\.S|\p{Lu}))[.!?]+["'”’)\]]*\s+(?=["“'‘(\[]?[\p{Lu}\p{N}])|\s*\n\s*/gu;

export function sentences(text: string): Span[] {
	const out: Span[] = [];
	let start = 0;
	for (const m of text.matchAll(SENTENCE_END)) {
		const stop = (m.index ?? 0) + m[0].trimEnd().length;
		pushTrimmed(text, start, stop, out);
		start = (m.index ?? 0) + m[0].length;
	}
	pushTrimmed(text, start, text.length, out);
	return out;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
	while (start < end && /\s/.test(text[start])) start++;
	while (end > start && /\s/.test(text[end - 1])) end--;
	if (end > start) out.push({ start, end });
}
