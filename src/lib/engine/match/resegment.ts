/**
 * Words split or joined differently on the two sides: a paste that lost its
 * spaces ("idealistichumanitariansentiments"), a source that prints a dash
 * as a hyphen between words ("surplus-that's" for "surplus—that's"), or a
 * contraction ("we're" for "we are"). Such a word is cut into the words the
 * other side has, each keeping its own span, so alignment meets them one to
 * one and only white space, punctuation or spelling differs.
 */
import { isNegator, lemmasOf, mayStartPhrase as mayOpenPhrase, phraseRelations, stemOf, tokenise, type Token } from '../text/index.ts';

/** Most words a joined word is cut into. */
const MAX_PARTS = 4;

export function resegment(claim: Token[], source: Token[], claimText: string, sourceText: string): { claim: Token[]; source: Token[] } {
	const claimNorms = new Set(claim.map((t) => t.norm));
	const sourceNorms = new Set(source.map((t) => t.norm));
	const [claimLetters, sourceLetters] = [claim.map((t) => squash(t.norm)), source.map((t) => squash(t.norm))];
	const cutClaim = claim.flatMap((t) => (sourceNorms.has(t.norm) ? [t] : (cut(t, source, sourceLetters, claimText) ?? expanded(t, sourceNorms) ?? [t])));
	const cutSource = source.flatMap((t) => (claimNorms.has(t.norm) ? [t] : (cut(t, claim, claimLetters, sourceText) ?? expanded(t, claimNorms) ?? [t])));
	const [withPhrasesClaim, withPhrasesSource] = mergePhrases(cutClaim, cutSource, claimText, sourceText);
	return { claim: withPhrasesClaim, source: withPhrasesSource };
}

/** Whether a phrase of the lexicon may start at this token: most words start none, and are passed by cheaply. */
function mayStartPhrase(t: Token): boolean {
	return t.kind === 'word' && !t.seam && mayOpenPhrase(t.norm);
}

/** Longest phrase read as one word: "fell short of". */
const MAX_PHRASE_WORDS = 3;

/**
 * "carried out" against "implemented", "fell short of" against "exceeded": a phrase of one
 * side that WordNet (or the lexicon) relates to a word of the other is read as one token,
 * so the aligner meets them one to one, as synonyms or as opposites.
 */
function mergePhrases(claim: Token[], source: Token[], claimText: string, sourceText: string): [Token[], Token[]] {
	const claimMerged = merged(claim, source, claimText);
	const sourceMerged = merged(source, claimMerged, sourceText);
	// A phrase meets the other side's words through their base forms ("implemented" -> implement).
	const anyPhrase = (ts: Token[]) => ts.some((t) => t.phrase);
	if (!anyPhrase(claimMerged) && !anyPhrase(sourceMerged)) return [claimMerged, sourceMerged];
	return [withLemmas(claimMerged, anyPhrase(sourceMerged)), withLemmas(sourceMerged, anyPhrase(claimMerged))];
}

function withLemmas(tokens: Token[], needed: boolean): Token[] {
	return needed ? tokens.map((t) => (t.kind === 'word' && !t.phrase ? { ...t, lemmas: lemmasOf(t.norm) } : t)) : tokens;
}

function merged(tokens: Token[], other: Token[], text: string): Token[] {
	let out: Token[] | null = null;
	const otherNorms = new Set(other.map((t) => t.norm));
	let otherForms: Set<string> | null = null;
	// The other side's words and their base forms, read only once a phrase is worth meeting them.
	const formsOfOther = () => (otherForms ??= new Set(other.flatMap((t) => (t.kind === 'word' ? [t.norm, ...lemmasOf(t.norm)] : []))));
	for (let i = 0; i < tokens.length; i++) {
		// A phrase stands for another wording: one whose first word the other side has is that side's own phrase.
		const phrase = !otherNorms.has(tokens[i].norm) && mayStartPhrase(tokens[i]) ? phraseAt(tokens, i, formsOfOther) : null;
		if (!phrase) {
			out?.push(tokens[i]);
			continue;
		}
		out ??= tokens.slice(0, i);
		const [first, last] = [tokens[i], tokens[i + phrase.words - 1]];
		const norm = tokens.slice(i, i + phrase.words).map((t) => t.norm).join(' ');
		out.push({ ...first, raw: text.slice(first.span.start, last.span.end), norm, key: norm, stem: norm, span: { start: first.span.start, end: last.span.end }, phrase: phrase.relations });
		i += phrase.words - 1;
	}
	return out ?? tokens;
}

function phraseAt(tokens: Token[], i: number, formsOfOther: () => ReadonlySet<string>) {
	for (let words = MAX_PHRASE_WORDS; words >= 2; words--) {
		const run = tokens.slice(i, i + words);
		if (run.length < words || run.some((t) => t.kind !== 'word' || t.seam)) continue;
		const relations = phraseRelations(run.map((t) => t.norm));
		if (!relations) continue;
		const forms = formsOfOther();
		if (intersects(relations.synonyms, forms) || intersects(relations.opposites, forms)) return { words, relations };
	}
	return null;
}

/** Whether the two sets share a word; the smaller is walked (a phrase may have hundreds of synonyms). */
function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const w of small) if (large.has(w)) return true;
	return false;
}

/** The words a contraction stands for. "'s" may be "is" or "has"; "'d", "would" or "had". */
const CONTRACTED: Readonly<Record<string, readonly string[]>> = {
	"'re": ['are'], "'s": ['is', 'has'], "'ve": ['have'], "'ll": ['will'], "'d": ['would', 'had'], "'m": ['am'], "n't": ['not']
};
/** Contractions whose first part changes: "won't" is "will not", "can't" "can not". */
const IRREGULAR_HEADS: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

/**
 * "we're" as "we" + "'re" when the other side writes "we are": the second part is spelt
 * as written (so the pair is a spelling variant, not the same word) and keyed as "are".
 */
function expanded(word: Token, other: ReadonlySet<string>): Token[] | null {
	// Every contraction ends in an apostrophe and a letter or two: most words are passed without the pattern.
	if (!word.norm.includes("'")) return null;
	const m = /^(.+?)(n't|'re|'s|'ve|'ll|'d|'m)$/.exec(word.norm);
	if (!m || word.kind !== 'word') return null;
	const head = IRREGULAR_HEADS[m[1]] ?? m[1];
	const tail = CONTRACTED[m[2]].find((w) => other.has(w));
	if (!tail || !other.has(head)) return null;
	const cutAt = word.span.start + (word.raw.length - m[2].length);
	const part = (norm: string, key: string, start: number, end: number, first: boolean): Token => ({
		...word, raw: word.raw.slice(start - word.span.start, end - word.span.start), norm, key, stem: stemOf(key),
		span: { start, end }, sentenceStart: first && word.sentenceStart, capital: first && word.capital
	});
	return [part(m[1] === head ? head : m[1], head, word.span.start, cutAt, true), part(m[2], tail, cutAt, word.span.end, false)];
}

/** The word cut at the boundaries of 2..MAX_PARTS consecutive words of `other` that spell it, or null. */
function cut(word: Token, other: Token[], otherLetters: string[], text: string): Token[] | null {
	// "nowhere" is not "now here": a negator is never cut.
	if (word.kind !== 'word' || word.norm.length < 4 || isNegator(word.norm)) return null;
	const letters = squash(word.norm);
	for (let k = 0; k < other.length; k++) {
		const first = otherLetters[k];
		if (!first || first.length >= letters.length || first[0] !== letters[0] || !letters.startsWith(first) || other[k].kind !== 'word') continue;
		const parts = partsFrom(letters, otherLetters, k);
		if (parts) return piecesOf(word, parts, text);
	}
	return null;
}

/** The lengths (in squashed letters) of the words of `other` from k that together spell `letters`. */
function partsFrom(letters: string, otherLetters: string[], k: number): number[] | null {
	const lengths: number[] = [];
	let at = 0;
	for (let j = k; j < otherLetters.length && lengths.length < MAX_PARTS; j++) {
		const piece = otherLetters[j];
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

/** Letters and digits only: what two spellings of a joined word share. Kept per form: every window's words are squashed. */
function squash(norm: string): string {
	let letters = squashed.get(norm);
	if (letters === undefined) {
		if (squashed.size >= MAX_SQUASHED) squashed.clear();
		squashed.set(norm, (letters = norm.replace(/[^\p{L}\p{N}]/gu, '')));
	}
	return letters;
}

const squashed = new Map<string, string>();
const MAX_SQUASHED = 100_000;
