/**
 * When a claim quotes, the quoted words are what is checked and everything
 * outside is the frame. A quotation split by its attribution
 * (`"We will rebuild," Obama said. "And ..."`) is several stretches, in order.
 */
import type { PeopleRegistry } from '../speakers/index.ts';
import { findQuotations } from '../text/index.ts';
import type { ParsedClaim, Span } from '../types.ts';
import { trimSpace } from './debris.ts';
import { isFrameLike, type FramePiece } from './frame.ts';

/** A quotation of this many words or fewer is a scare quote ("a historic day" is three words, and checked: more than this). */
const SCARE_QUOTE_WORDS = 2;

export type Quoted = { stretches: Span[]; frame: FramePiece[] };

/**
 * The quoted stretches of `body` and the frame around them, or null when the claim does not
 * quote: no closed quotation of at least three words, or words outside the quotes that are not
 * frame (`Putin said trade with "our closest ally" grew 7.5 percent` is checked whole).
 */
export function readQuoted(text: string, body: Span, registry: PeopleRegistry): Quoted | null {
	const quotations = [...openingCut(text, body), ...findQuotations(text, body.start, body.end, SCARE_QUOTE_WORDS).filter((q) => isClosed(text, q.outer))];
	if (!quotations.length) return null;
	const frame: FramePiece[] = [];
	let cursor = body.start;
	quotations.forEach((q, k) => {
		frame.push({ span: { start: cursor, end: q.outer.start }, position: k === 0 ? 'before' : 'between' });
		cursor = q.outer.end;
	});
	frame.push({ span: { start: cursor, end: body.end }, position: 'after' });
	const pieces = frame.filter((p) => p.span.end > p.span.start);
	if (!pieces.every((p) => isFrameLike(text, p, registry))) return null;
	const stretches = quotations.map((q) => trimSpace(text, q.inner)).filter((s) => s.end > s.start);
	return stretches.length ? { stretches, frame: pieces } : null;
}

/**
 * A paste that starts inside a quotation: its first curly mark closes one
 * (`And they even did more…,” he said ...`), so the words before it are quoted.
 */
function openingCut(text: string, body: Span): { outer: Span; inner: Span }[] {
	const first = /[“”]/.exec(text.slice(body.start, body.end));
	if (!first || first[0] !== '”') return [];
	const end = body.start + first.index;
	const words = text.slice(body.start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
	return words > SCARE_QUOTE_WORDS ? [{ outer: { start: body.start, end: end + 1 }, inner: { start: body.start, end } }] : [];
}

/** A quotation left open runs to the end of the text: in a claim that is no quotation, only a stray mark. */
function isClosed(text: string, outer: Span): boolean {
	return /["”»“']/.test(text[outer.end - 1] ?? '') && outer.end - outer.start >= 2;
}

/**
 * True when the words checked stand inside quotation marks in the claim: the claim then promises
 * the speaker's very words, and one word put for another breaks that promise
 * (match/swaps.ts). Reported speech promises only the statement.
 */
export function promisesWords(claim: Pick<ParsedClaim, 'original' | 'quoteSpans'>): boolean {
	const first = claim.quoteSpans[0];
	if (!first || first.start === first.end) return false;
	const quotations = findQuotations(claim.original, 0, claim.original.length, 0);
	return quotations.some((q) => q.inner.start <= first.start && first.end <= q.inner.end);
}
