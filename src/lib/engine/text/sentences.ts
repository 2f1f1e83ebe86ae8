/**
 * The one sentence splitter: where sentences end in a text, used to read
 * attributions sentence by sentence and to show a match with the sentences
 * around it.
 */
import type { Span } from '../types.ts';

/**
 * A sentence ends at . ! ? … (with closing quotes or brackets) before white space
 * and a capital, an opening quote, or the end of the text.
 */
const BOUNDARY = /[.!?…]+["”’)]*(?=\s+["“‘(]?\p{Lu}|\s*$)/gu;
/** Abbreviations that end in a full stop without ending a sentence: "Mr. Putin", "Dec. 3". */
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.$/;
/** How far (characters) to look for a sentence's bounds: a paragraph without line breaks can be a whole speech. */
const SENTENCE_LOOK = 1500;

/** Sentences of `span`, in order; together they cover its non-blank text. */
export function sentencesOf(text: string, span: Span): Span[] {
	const out: Span[] = [];
	const slice = text.slice(span.start, span.end);
	let start = 0;
	for (const m of slice.matchAll(BOUNDARY)) {
		const end = m.index + m[0].length;
		if (ABBREVIATION.test(slice.slice(Math.max(0, m.index - 5), m.index + 1)) && end < slice.length) continue;
		if (slice.slice(start, end).trim()) out.push({ start: span.start + start, end: span.start + end });
		start = end;
	}
	if (slice.slice(start).trim()) out.push({ start: span.start + start, end: span.end });
	return out.map((s) => trimStart(text, s));
}

/** The span widened to the sentences it stands in, with `extra` whole sentences before and after, within its paragraph. */
export function sentenceSpan(text: string, span: Span, extra = 0): Span {
	const from = lineStartWithin(text, span.start, SENTENCE_LOOK);
	const to = lineEndWithin(text, span.end, SENTENCE_LOOK);
	// Only the text on either side is split: the span itself is inside the sentences whatever it holds.
	const before = lastBoundaries(text, from, span.start, extra + 1);
	const after = boundaries(text, span.end, to, extra + 1);
	const start = before.length > extra ? before[before.length - 1 - extra] : from;
	const end = after.length > extra ? after[extra] : to;
	return trimStart(text, { start: Math.min(start, span.start), end: Math.max(end, span.end) });
}

/**
 * Where the line holding `at` starts, or `at - look` if that is later: lastIndexOf bounded
 * to `look` characters, as a document without line breaks would otherwise be read back to its start.
 */
function lineStartWithin(text: string, at: number, look: number): number {
	const floor = Math.max(0, at - look);
	for (let i = Math.max(0, at - 1); i >= floor; i--) if (text[i] === '\n') return i + 1;
	return floor;
}

/** Where the line holding `at` ends, or `at + look` if that is sooner (indexOf bounded the same way). */
function lineEndWithin(text: string, at: number, look: number): number {
	const ceiling = Math.min(text.length, at + look);
	for (let i = at; i < ceiling; i++) if (text[i] === '\n') return i;
	return ceiling;
}

/** Characters read back from a span first when looking for the sentence ends before it: most sentences are shorter. */
const LOOK_BACK_STEP = 200;

/**
 * The last `count` sentence ends in [from, to), as boundaries() would find them, reading back
 * from `to` in growing steps. A scan that starts just after white space finds the same ends
 * from there on as one from `from`: a sentence end holds no white space, so none runs across it.
 */
function lastBoundaries(text: string, from: number, to: number, count: number): number[] {
	for (let step = LOOK_BACK_STEP; ; step *= 2) {
		let start = Math.max(from, to - step);
		while (start > from && !/\s/.test(text[start - 1])) start--;
		const found = boundaries(text, start, to);
		if (found.length >= count || start === from) return found;
	}
}

/** Offsets in [from, to) where a sentence ends (just past its closing mark), in order, the first `limit` of them; what follows `to` counts. */
function boundaries(text: string, from: number, to: number, limit = Infinity): number[] {
	const out: number[] = [];
	const boundary = new RegExp(BOUNDARY.source, 'gu');
	boundary.lastIndex = from;
	for (let m = boundary.exec(text); m && m.index < to; m = boundary.exec(text)) {
		if (m[0].length === 0) boundary.lastIndex++;
		const end = m.index + m[0].length;
		if (end > to) break;
		if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 5), m.index + 1)) && end < text.length) continue;
		out.push(end);
		if (out.length >= limit) break;
	}
	return out;
}

/** The span widened to whole sentences, with one sentence before and after: what a reader needs to see. */
export function contextOf(text: string, span: Span): Span {
	return sentenceSpan(text, span, 1);
}

function trimStart(text: string, span: Span): Span {
	let { start } = span;
	while (start < span.end && /\s/.test(text[start])) start++;
	return { start, end: span.end };
}
