/**
 * Words split or joined differently on the two sides: a paste that lost its
 * spaces ("idealistichumanitariansentiments") or a source that prints a dash
 * as a hyphen between words ("surplus-that's" for "surplus—that's"). Such a
 * word is cut into the words the other side has, each keeping its own span,
 * so alignment meets them one to one and only white space or punctuation differs.
 */
import { isNegator, tokenise, type Token } from '../text/index.ts';

/** Most words a joined word is cut into. */
const MAX_PARTS = 4;

export function resegment(claim: Token[], source: Token[], claimText: string, sourceText: string): { claim: Token[]; source: Token[] } {
	const claimNorms = new Set(claim.map((t) => t.norm));
	const sourceNorms = new Set(source.map((t) => t.norm));
	return {
		claim: claim.flatMap((t) => (sourceNorms.has(t.norm) ? [t] : (cut(t, source, claimText) ?? [t]))),
		source: source.flatMap((t) => (claimNorms.has(t.norm) ? [t] : (cut(t, claim, sourceText) ?? [t])))
	};
}

/** The word cut at the boundaries of 2..MAX_PARTS consecutive words of `other` that spell it, or null. */
function cut(word: Token, other: Token[], text: string): Token[] | null {
	// "nowhere" is not "now here": a negator is never cut.
	if (word.kind !== 'word' || word.norm.length < 4 || isNegator(word.norm)) return null;
	const letters = squash(word.norm);
	for (let k = 0; k < other.length; k++) {
		if (!letters.startsWith(squash(other[k].norm)) || other[k].kind !== 'word') continue;
		const parts = partsFrom(letters, other, k);
		if (parts) return piecesOf(word, parts, text);
	}
	return null;
}

/** The lengths (in squashed letters) of the words of `other` from k that together spell `letters`. */
function partsFrom(letters: string, other: Token[], k: number): number[] | null {
	const lengths: number[] = [];
	let at = 0;
	for (let j = k; j < other.length && lengths.length < MAX_PARTS; j++) {
		const piece = squash(other[j].norm);
		if (!piece || !letters.startsWith(piece, at)) return null;
		lengths.push(piece.length);
		at += piece.length;
		if (at === letters.length) return lengths.length >= 2 ? lengths : null;
	}
	return null;
}

/** Tokens for the stretches of the word's raw text that hold each part's letters. */
function piecesOf(word: Token, lengths: number[], text: string): Token[] | null {
	const raw = text.slice(word.span.start, word.span.end);
	const out: Token[] = [];
	let i = 0;
	for (const length of lengths) {
		while (i < raw.length && !/[\p{L}\p{N}]/u.test(raw[i])) i++;
		const start = i;
		let seen = 0;
		while (i < raw.length && seen < length) if (/[\p{L}\p{N}'’]/u.test(raw[i++])) seen += /['’]/.test(raw[i - 1]) ? 0 : 1;
		const pieces = tokenise(raw.slice(start, i), word.span.start + start);
		if (pieces.length !== 1) return null;
		out.push({ ...pieces[0], capital: pieces[0].capital && word.capital, sentenceStart: out.length === 0 && word.sentenceStart, bracketed: word.bracketed });
	}
	return out;
}

/** Letters and digits only: what two spellings of a joined word share. */
function squash(norm: string): string {
	return norm.replace(/[^\p{L}\p{N}]/gu, '');
}
