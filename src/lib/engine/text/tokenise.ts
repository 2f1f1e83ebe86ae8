/**
 * Words and their spans. Two readers of one grammar:
 * - `scanWords` is the fast one the index uses over whole corpora;
 * - `tokenise` reads a claim or a candidate window into rich tokens, with
 *   figures grouped into one token each, ellipses and [editorial insertions] marked.
 */
import { findFigures, mayHoldFigure, type Figure } from '../figures/index.ts';
import { normaliseWord, spellingKey, stemOf } from './normalise.ts';
import type { Span } from '../types.ts';

/**
 * One word: letters or digits, with inner apostrophes (don't), hyphens
 * (co-operation, MC-21) and decimal or thousands marks (5.7, 1,000); invisible
 * characters inside a word (a soft hyphen, a zero-width space) do not end it.
 */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]*(?:['’‘`´ʼ][\p{L}\p{M}]+|[-‐‑][\p{L}\p{N}][\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]*|(?<=\d)[.,]\d+)*/gu;

/** Calls `visit` with the span of every word of `text`, in order. */
export function scanWords(text: string, visit: (raw: string, start: number, end: number) => void): void {
	const pattern = new RegExp(WORD.source, 'gu');
	for (let m = pattern.exec(text); m; m = pattern.exec(text)) visit(m[0], m.index, m.index + m[0].length);
}

/** The key a word is indexed under: spelling-folded stem, possessive dropped. */
export function indexKey(raw: string): string {
	let key = indexKeys.get(raw);
	if (key === undefined) {
		if (indexKeys.size >= MAX_CACHED_FORMS) indexKeys.clear();
		indexKeys.set(raw, (key = indexKeyOf(normaliseWord(raw), raw)));
	}
	return key;
}

/**
 * The key of a word whose normal form is `norm`. Another spelling of a form already read ("The"
 * after "the") shares its key, worked out once, and is kept under that form for the next.
 */
function indexKeyOf(norm: string, raw: string): string {
	// A normal form that would normalise further may have a key of its own: nothing is shared then.
	if (norm === raw || normaliseWord(norm) !== norm) return keyOfNormal(norm);
	let key = indexKeys.get(norm);
	if (key === undefined) indexKeys.set(norm, (key = keyOfNormal(norm)));
	return key;
}

const keyOfNormal = (norm: string) => stemOf(spellingKey(norm.replace(/'s$/, '')));

/** Keys of words already read: every check looks its words up in the index again. */
const indexKeys = new Map<string, string>();

export type TokenKind = 'word' | 'figure' | 'ellipsis';

export type Token = {
	kind: TokenKind;
	/** As written in the original text. */
	raw: string;
	/** Typographically normalised (normalise.ts); for a figure, its normalised raw text. */
	norm: string;
	/** Spelling-variant key: equal keys are the same word in another spelling. */
	key: string;
	/** Stem of the key: equal stems are forms of one word. */
	stem: string;
	/** In the original text the token was read from (offset already added). */
	span: Span;
	/** Written with a capital letter: a name, unless it opens a sentence. */
	capital: boolean;
	/** First word of a sentence, so its capital says nothing. */
	sentenceStart: boolean;
	/** Inside [square brackets]: an editorial insertion. */
	bracketed: boolean;
	/** First word of a later stretch of a split quotation: what stands before it is frame, not punctuation to compare. */
	seam?: boolean;
	/** A phrase read as one token (match/resegment.ts): the single words it may stand for, and those it contradicts. */
	phrase?: { synonyms: ReadonlySet<string>; opposites: ReadonlySet<string> };
	/** The word's base forms, filled in where a phrase is matched against it. */
	lemmas?: string[];
	figure: Figure | null;
};

const ELLIPSIS = /\[\s*(?:\.\s*\.\s*\.|…)\s*\]|\.\s*\.\s*\.|…/g;
const OPENERS = /[\s"'“”‘’«»(\[•*-]/;
const SENTENCE_ENDS = /[.!?…:;\n]/;

/** True when only white space, quotes or brackets stand between `at` and a sentence end (or the text's start). */
function opensSentence(text: string, at: number): boolean {
	let i = at - 1;
	while (i >= 0 && OPENERS.test(text[i]) && text[i] !== '\n') i--;
	return i < 0 || SENTENCE_ENDS.test(text[i]);
}

/** Rich tokens of `text`; spans are offset by `base` (the text's place in its document). */
export function tokenise(text: string, base = 0): Token[] {
	const tokens: Token[] = [];
	const figures = mayHoldFigure(text) ? findFigures(text) : [];
	const ellipses = [...text.matchAll(ELLIPSIS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
	const words: { raw: string; start: number; end: number }[] = [];
	scanWords(text, (raw, start, end) => words.push({ raw, start, end }));
	// Most texts hold no bracket: then no word is inside one, and none is looked for.
	const brackets = text.includes('[');
	let f = 0;
	let e = 0;
	for (const w of words) {
		while (e < ellipses.length && ellipses[e].end <= w.start) tokens.push(ellipsisToken(text, ellipses[e++], base));
		while (f < figures.length && figures[f].span.end <= w.start) f++;
		const figure = figures[f];
		const inFigure = figure !== undefined && figure.span.start <= w.start;
		// A figure that begins inside the word before it ("about’May 9") is read as words.
		const startsClean = inFigure && (tokens.at(-1)?.figure === figure || (tokens.at(-1)?.span.end ?? 0) <= figure.span.start + base);
		if (inFigure && startsClean) {
			if (tokens.at(-1)?.figure !== figure) tokens.push(figureToken(text, figure, base, brackets));
			// Letters glued to a number ("100km") stay a word of their own: a changed unit is a change.
			if (w.end > figure.span.end) tokens.push(wordToken(text, text.slice(figure.span.end, w.end), figure.span.end, w.end, base, brackets));
			continue;
		}
		tokens.push(wordToken(text, w.raw, w.start, w.end, base, brackets));
	}
	while (e < ellipses.length) tokens.push(ellipsisToken(text, ellipses[e++], base));
	return tokens;
}

/** Forms of words already read: a check reads the same few thousand words again and again. */
const formsOfRaw = new Map<string, { norm: string; key: string; stem: string }>();
const MAX_CACHED_FORMS = 100_000;

function formsOf(raw: string): { norm: string; key: string; stem: string } {
	let forms = formsOfRaw.get(raw);
	if (!forms) {
		if (formsOfRaw.size >= MAX_CACHED_FORMS) formsOfRaw.clear();
		const norm = normaliseWord(raw);
		const key = spellingKey(norm);
		formsOfRaw.set(raw, (forms = { norm, key, stem: stemOf(key.replace(/'s$/, '')) }));
	}
	return forms;
}

function wordToken(text: string, raw: string, start: number, end: number, base: number, brackets: boolean): Token {
	const { norm, key, stem } = formsOf(raw);
	return {
		kind: 'word',
		raw,
		norm,
		key,
		stem,
		span: { start: start + base, end: end + base },
		capital: startsWithCapital(raw),
		sentenceStart: opensSentence(text, start),
		bracketed: brackets && insideBrackets(text, start),
		figure: null
	};
}

/** /^\p{Lu}/u, without the regular expression for the ASCII letters nearly every word starts with. */
function startsWithCapital(raw: string): boolean {
	const c = raw.charCodeAt(0);
	return c < 0x80 ? c >= 0x41 && c <= 0x5a : /^\p{Lu}/u.test(raw);
}

function figureToken(text: string, figure: Figure, base: number, brackets: boolean): Token {
	const norm = figure.raw.toLowerCase().replace(/\s+/g, '');
	return {
		kind: 'figure',
		raw: figure.raw,
		norm,
		key: norm,
		// Its value, so "87%" and "87 percent" share a stem when words are compared regardless of order.
		stem: `#${figure.kind}:${figure.unit ?? ''}:${figure.value}`,
		span: { start: figure.span.start + base, end: figure.span.end + base },
		capital: false,
		sentenceStart: opensSentence(text, figure.span.start),
		bracketed: brackets && insideBrackets(text, figure.span.start),
		figure
	};
}

function ellipsisToken(text: string, span: Span, base: number): Token {
	const raw = text.slice(span.start, span.end);
	return {
		kind: 'ellipsis',
		raw,
		norm: '…',
		key: '…',
		stem: '…',
		span: { start: span.start + base, end: span.end + base },
		capital: false,
		sentenceStart: false,
		bracketed: raw.startsWith('['),
		figure: null
	};
}

/** True when an unclosed "[" stands before `at` in the text. */
function insideBrackets(text: string, at: number): boolean {
	const open = text.lastIndexOf('[', at);
	return open >= 0 && text.lastIndexOf(']', at) < open;
}
