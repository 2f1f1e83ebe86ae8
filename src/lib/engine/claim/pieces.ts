/**
 * A long paste is several passages: its words are checked in pieces of at most
 * PIECE_WORDS, cut where a sentence ends, up to MAX_PIECES pieces. Words past
 * those are not checked, and the claim says so (ParsedClaim.unchecked).
 */
import type { Token } from '../text/index.ts';
import type { Span } from '../types.ts';

/** Words aligned at once: a quote is rarely longer, and alignment grows with its square. */
export const PIECE_WORDS = 250;
/** Pieces checked: 1,000 words, a long passage; a whole speech pasted is checked on its beginning. */
export const MAX_PIECES = 4;
/** A cut is moved back by at most this many words to fall where a sentence ends. */
const SENTENCE_SEARCH = 60;

export type Pieces = { pieces: Token[][]; unchecked: Span | null };

/** The claim's tokens in pieces, and the stretch of `text` (the paste) from the first word not checked, if any. */
export function piecesOf(tokens: Token[], text: string): Pieces {
	const pieces: Token[][] = [];
	let from = 0;
	while (from < tokens.length && pieces.length < MAX_PIECES) {
		let to = Math.min(tokens.length, from + PIECE_WORDS);
		if (to < tokens.length) to = sentenceEndBefore(tokens, text, from, to);
		pieces.push(tokens.slice(from, to));
		from = to;
	}
	return { pieces, unchecked: from < tokens.length ? { start: tokens[from].span.start, end: text.length } : null };
}

/** The last place in (to - SENTENCE_SEARCH, to] after which a sentence ends; `to` when there is none. */
function sentenceEndBefore(tokens: Token[], text: string, from: number, to: number): number {
	for (let k = to; k > Math.max(from + 1, to - SENTENCE_SEARCH); k--) {
		if (/[.!?…]/.test(text.slice(tokens[k - 1].span.end, tokens[k].span.start))) return k;
	}
	return to;
}
