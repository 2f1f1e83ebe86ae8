/**
 * Paste debris: what a paste carries that is neither the quoted words nor the
 * frame's speaker (bullets, list numbers, labels such as "Quote:", a trailing
 * URL, hashtag or citation in parentheses). Stripped, never a difference.
 */
import type { Span } from '../types.ts';
import { YEAR_PATTERN } from '../figures/index.ts';

/** Labels a paste may start with ("Quote:", "BREAKING:"); never a speaker. */
export const PASTE_LABELS = `quote|quotes|claim|fact[- ]?check|check|verify|text|statement|note|editor['’]?s note|update|updated|breaking|breaking news|watch|video|read|read more|source|context|summary|headline|transcript|excerpt|translation|tweet|post|original|q|a`;
const LEADING_DEBRIS = new RegExp(`^(?:\\s|[•·*▪►>\\-–—]|\\d{1,3}[.)]\\s|(?:${PASTE_LABELS})\\s*:)+`, 'iu');
const TRAILING_DEBRIS = new RegExp(
	`(?:\\s+(?:https?:\\/\\/|www\\.)\\S+|\\s+#[\\p{L}\\p{N}_]+|\\s*\\((?:[^()]*\\b${YEAR_PATTERN}\\b[^()]*|source[^()]*|via [^()]*)\\)|\\s*\\[\\d+\\])+\\s*$`,
	'iu'
);

/** The span without leading and trailing debris and white space; `cut` collects what was cut (a citation may date the quote). */
export function stripDebris(text: string, span: Span, cut: Span[] = []): Span {
	let { start, end } = span;
	const lead = LEADING_DEBRIS.exec(text.slice(start, end));
	if (lead) start += lead[0].length;
	const trail = TRAILING_DEBRIS.exec(text.slice(start, end));
	if (trail) {
		cut.push({ start: start + trail.index, end });
		end = start + trail.index;
	}
	return trimSpace(text, { start, end });
}

export function trimSpace(text: string, span: Span): Span {
	let { start, end } = span;
	while (end > start && /\s/.test(text[end - 1])) end--;
	while (start < end && /\s/.test(text[start])) start++;
	return { start, end };
}

/** Drops the claim's own enclosing quotation marks (an attribution taken off may have carried one of the pair). */
export function stripQuoteMarks(text: string, span: Span): Span {
	const s = text.slice(span.start, span.end);
	const lead = /^["“”„«»‘'`\s]+/u.exec(s)?.[0].length ?? 0;
	const trail = /["“”„«»’'`\s]+$/u.exec(s.slice(lead))?.[0].length ?? 0;
	return { start: span.start + lead, end: span.end - trail };
}
