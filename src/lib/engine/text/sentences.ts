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
	const from = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, span.start - SENTENCE_LOOK);
	const nl = text.indexOf('\n', span.end);
	const to = Math.min(nl < 0 ? text.length : nl, span.end + SENTENCE_LOOK);
	const sentences = sentencesOf(text, { start: from, end: to });
	const first = sentences.findIndex((s) => s.end > span.start);
	const last = sentences.findLastIndex((s) => s.start < span.end);
	if (first < 0 || last < 0) return span;
	const a = sentences[Math.max(0, first - extra)];
	const b = sentences[Math.min(sentences.length - 1, last + extra)];
	return { start: Math.min(a.start, span.start), end: Math.max(b.end, span.end) };
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
