/**
 * Figures in English text ("almost $5bn", "5.7 percent", "a third", "May 9")
 * and their comparison as values. "$1.2m" and "1,200,000 dollars" must compare
 * equal, so both are read to a value first; the raw text stays for display.
 */
import type { Span } from '../types.ts';
import {
	CURRENCY_ADJECTIVES, CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DIGIT_SCALES, FRACTION_WORDS, MONTHS,
	MULTIPLIER_WORDS, ONE_LETTER_SCALES, ORDINAL_SUFFIXES, SCALE_WORDS, endsAt, foldWordValue, glued, has, integerAt,
	isWord, numberAt, readNumberWords, spaced, tokenise, type Token
} from './number-words.ts';

export type FigureKind = 'amount' | 'percent' | 'count' | 'year' | 'date' | 'fraction' | 'multiplier' | 'ordinal';
/** Which way a qualifier bends the value: 'approx' (about, some), 'below' (almost, up to), 'above' (over, at least). */
export type QualifierDirection = 'approx' | 'below' | 'above';
export type Figure = {
	/**
	 * 50e9 for "$50bn"; 5.7 for "5.7 percent"; 1/3 for "a third"; 2 for "twofold"; 2025 for "in 2025";
	 * a date is year * YEAR_PLACE + month * 100 + day: 20250313 for "13 March 2025", 509 for "May 9".
	 */
	value: number;
	kind: FigureKind;
	/** 'USD' | 'EUR' | 'GBP' | 'RUB' | 'BYN' for amounts, '%' for percentages, else null. */
	unit: string | null;
	/** The qualifier as written, lower-cased ("almost", "more than"), or null. */
	qualifier: string | null;
	direction: QualifierDirection | null;
	/** Exactly text.slice(span.start, span.end). */
	raw: string;
	/** Covers the qualifier too, when there is one. */
	span: Span;
};

/** Relative difference under which two values are one (0 = identical); absorbs float noise such as 0.1 * 3. */
export const VALUE_TOLERANCE = 1e-12;
/** A bare four-digit integer in [YEAR_MIN, YEAR_MAX] reads as a year: the years a quote can mention. */
export const YEAR_MIN = 1000;
export const YEAR_MAX = 2100;
/** The same years as a regular-expression source, for the claim's frame and source notes (figures.test.ts holds them equal). */
export const YEAR_PATTERN = '(?:1[0-9]{3}|20[0-9]{2}|2100)';
/** Day numbers beyond this are no day of a month ("May 45" is no date). */
export const LAST_DAY_OF_MONTH = 31;
/** Place of the year in a date's value, so that equal dates are equal numbers; a value below it has no year. */
export const YEAR_PLACE = 10_000;

const QUALIFIER_PHRASES: Record<QualifierDirection, string[]> = {
	approx: ['about', 'around', 'approximately', 'roughly', 'some'],
	below: ['almost', 'nearly', 'close to', 'under', 'less than', 'fewer than', 'below', 'up to', 'as many as',
		'as much as', 'at most', 'just under', 'no more than'],
	above: ['over', 'more than', 'above', 'exceeding', 'at least', 'just over', 'upwards of', 'in excess of',
		'no less than', 'well over']
};
/** Longest first, so "just over" wins over "over". */
const QUALIFIERS = Object.entries(QUALIFIER_PHRASES)
	.flatMap(([direction, list]) => list.map((p) => ({ words: p.split(' '), direction: direction as QualifierDirection })))
	.sort((a, b) => b.words.length - a.words.length);
/** Words a qualifier can start with: most tokens start none, and skip the list. */
const QUALIFIER_STARTS = new Set(QUALIFIERS.map((q) => q.words[0]));
/** Words in -s after a year-like number that leave it a year ("2000 was"), unlike "1000 components". */
const NOT_PLURAL_NOUNS = new Set(['is', 'was', 'has', 'as', 'its', 'this', 'thus', 'us', 'his', 'always']);

/** A figure without its qualifier; `end` is the index of the first token after it. */
type Core = { value: number; kind: FigureKind; unit: string | null; end: number };
const core = (value: number, kind: FigureKind, end: number, unit: string | null = null): Core => ({ value, kind, unit, end });

/** Every figure in the text, in order, non-overlapping. */
export function findFigures(text: string): Figure[] {
	const t = tokenise(text);
	const figures: Figure[] = [];
	for (let i = 0; i < t.length; ) {
		const found = figureAt(t, i);
		if (!found) {
			i++;
			continue;
		}
		const { value, kind, unit, end } = found.core;
		const span = { start: t[i].start, end: t[end - 1].end };
		const { qualifier, direction } = found;
		figures.push({ value, kind, unit, qualifier, direction, raw: text.slice(span.start, span.end), span });
		i = end;
	}
	return figures;
}

/** One figure from a short string, or null when it holds none. */
export function parseFigure(raw: string): Figure | null {
	return findFigures(raw)[0] ?? null;
}

function figureAt(t: Token[], i: number) {
	if (QUALIFIER_STARTS.has(t[i].lower)) for (const { words, direction } of QUALIFIERS) {
		if (!words.every((w, k) => t[i + k]?.lower === w && (k === 0 || !t[i + k].glued))) continue;
		const found = coreAt(t, i + words.length);
		if (found) return { core: found, qualifier: words.join(' '), direction };
	}
	const found = coreAt(t, i);
	return found && { core: found, qualifier: null, direction: null };
}

function coreAt(t: Token[], i: number): Core | null {
	if (!t[i] || !spaced(t, i)) return null;
	if (has(MULTIPLIER_WORDS, t[i].lower)) return core(MULTIPLIER_WORDS[t[i].lower], 'multiplier', i + 1);
	const fold = t[i].kind === 'word' ? foldWordValue(t[i].lower) : null;
	if (fold !== null) return core(fold, 'multiplier', i + 1);
	return dateAt(t, i) ?? fractionAt(t, i) ?? quantityAt(t, i);
}

/** Four digits in the year range, whatever follows ("1990" in "1990s"). */
const yearDigitsAt = (t: Token[], i: number) => {
	const y = integerAt(t, i);
	return y !== null && t[i].text.length === 4 && y >= YEAR_MIN && y <= YEAR_MAX ? y : null;
};
const yearAt = (t: Token[], i: number) => (endsAt(t, i + 1) ? yearDigitsAt(t, i) : null);
/** A year that follows a date's other parts after white space ("May 9, 2025", "March 2025"). */
const dateYearAt = (t: Token[], i: number) => (t[i] && !t[i].glued ? yearAt(t, i) : null);
/** Capitalised month names ("March", "Mar", "Sept") only, so that "may" and "march" as verbs stay words. */
const monthAt = (t: Token[], i: number) => {
	const w = t[i];
	if (w?.kind !== 'word' || !/^[A-Z]/.test(w.text) || w.text.length < 3) return null;
	const m = MONTHS.findIndex((name) => name === w.lower || name.slice(0, 3) === w.lower);
	return m >= 0 ? m + 1 : w.lower === 'sept' ? 9 : null;
};
const dayAt = (t: Token[], i: number) => {
	const d = integerAt(t, i);
	return d !== null && d >= 1 && d <= LAST_DAY_OF_MONTH && t[i].text.length <= 2 ? d : null;
};

/** "May 9", "9 May", "the 9th of May", "March 13, 2025", "March 2025", "28.06.2023", "2025-03-13". */
function dateAt(t: Token[], i: number): Core | null {
	if (t[i].kind === 'numdate') {
		const [a, b, c] = t[i].text.split(/[.-]/).map(Number);
		return t[i].text.includes('-') ? dateCore(a, b, c, i + 1) : dateCore(c, b, a, i + 1);
	}
	const month = monthAt(t, i);
	if (month !== null) {
		const j = glued(t, i + 1, '.') ? i + 2 : i + 1;
		const day = t[j] && !t[j].glued ? dayAt(t, j) : null;
		if (day !== null && endsAt(t, afterDay(t, j))) return withYear(t, month, day, afterDay(t, j));
		const year = dateYearAt(t, i + 1);
		return year === null ? null : dateCore(year, month, 0, i + 2);
	}
	const day = dayAt(t, i);
	if (day === null) return null;
	const j = isWord(t, afterDay(t, i), 'of') ? afterDay(t, i) + 1 : afterDay(t, i);
	const m = t[j]?.glued ? null : monthAt(t, j);
	return m === null ? null : withYear(t, m, day, j + 1);
}

// Module-level, not closures in dateAt: it is asked at every token of every window read.
const dateCore = (year: number | null, month: number, day: number, end: number) =>
	month >= 1 && month <= 12 && day <= LAST_DAY_OF_MONTH ? core((year ?? 0) * YEAR_PLACE + month * 100 + day, 'date', end) : null;
/** A date's day and month with the year after them, if one follows ("May 9, 2025"). */
const withYear = (t: Token[], month: number, day: number, j: number) => {
	const k = t[j]?.text === ',' ? j + 1 : j;
	const year = dateYearAt(t, k);
	return year === null ? dateCore(null, month, day, j) : dateCore(year, month, day, k + 1);
};
/** The token after a day number and its ordinal suffix ("9th"). */
const afterDay = (t: Token[], d: number) => (t[d + 1]?.glued && ORDINAL_SUFFIXES.has(t[d + 1].lower) ? d + 2 : d + 1);

/** "a third", "two thirds", "one-fifth", "half", "a third part", "half a million". */
function fractionAt(t: Token[], i: number): Core | null {
	const lead = t[i].lower === 'a' || t[i].lower === 'one' ? 1 : (readNumberWords([t[i].lower])?.value ?? null);
	const hyphened = glued(t, i + 1, '-') && t[i + 2]?.glued;
	const j = lead === null ? i : hyphened ? i + 2 : t[i + 1] && !t[i + 1].glued ? i + 1 : t.length;
	const den = t[j]?.kind === 'word' && has(FRACTION_WORDS, t[j].lower) ? FRACTION_WORDS[t[j].lower] : null;
	if (den === null || (lead === null && t[j].lower !== 'half')) return null;
	const plural = t[j].lower.endsWith('s');
	if (lead !== null && (lead === 1) === plural) return null;
	const value = (lead ?? 1) / den;
	const k = isWord(t, j + 1, 'a') && has(SCALE_WORDS, t[j + 2]?.lower) ? j + 2 : j + 1;
	if (t[k]?.kind === 'word' && has(SCALE_WORDS, t[k].lower)) return core(value * SCALE_WORDS[t[k].lower], 'count', k + 1);
	if (isWord(t, j + 1, 'part', 'share')) return core(value, 'fraction', j + 2);
	// "a third country", "a fifth term": the ordinal, not a share.
	const ordinalLike = !plural && den !== 2 && den !== 4;
	if (ordinalLike && t[j + 1]?.kind === 'word' && !isWord(t, j + 1, 'of')) return null;
	return core(value, 'fraction', j + 1);
}

/** Digits or number words, with a currency, scale, percent, ordinal suffix or "-fold" around them. */
function quantityAt(t: Token[], i: number): Core | null {
	let j = isWord(t, i, 'us') && glued(t, i + 1, '$') ? i + 1 : i;
	let unit: string | null = null;
	if (has(CURRENCY_SYMBOLS, t[j].text)) unit = CURRENCY_SYMBOLS[t[j++].text];
	else if (has(CURRENCY_CODES, t[j].lower) && t[j].text === t[j].text.toUpperCase()) unit = CURRENCY_CODES[t[j++].lower];
	const n = numberAt(t, j);
	if (!n) return null;
	let { value, scaled } = n;
	j = n.end;
	const next = t[j];
	const scale = next?.kind === 'word' && has(DIGIT_SCALES, next.lower) ? DIGIT_SCALES[next.lower] : null;
	if (n.digits && next?.kind === 'word' && next.glued) {
		if (!unit && ORDINAL_SUFFIXES.has(next.lower)) return core(value, 'ordinal', j + 1);
		if (!unit && next.lower === 's' && yearDigitsAt(t, j - 1) !== null) return core(value, 'year', j + 1);
		if (!unit && next.lower === 'x') return core(value, 'multiplier', j + 1);
		// "5,000km", "10am": a count in some measure; codes like "MC21" start with letters or end in capitals.
		if (scale === null) return !unit && /^[a-z]{1,3}$/.test(next.text) ? core(value, 'count', j) : null;
	}
	if (!scaled && scale !== null && (unit || next.glued || !ONE_LETTER_SCALES.has(next.lower))) {
		value *= scale;
		[j, scaled] = [j + 1, true];
	}
	if (unit) return endsAt(t, j) ? core(value, 'amount', j, unit) : null;
	if (isWord(t, j, 'times', 'fold')) return core(value, 'multiplier', j + 1);
	if (glued(t, j, '-') && isWord(t, j + 1, 'fold') && t[j + 1].glued) return core(value, 'multiplier', j + 2);
	const percentEnd = t[j]?.text === '%' || isWord(t, j, 'percent', 'pct') ? j + 1
		: (isWord(t, j, 'per') && isWord(t, j + 1, 'cent')) || (isWord(t, j, 'percentage') && isWord(t, j + 1, 'point', 'points'))
			? j + 2 : null;
	if (percentEnd !== null) return core(value, 'percent', percentEnd, '%');
	const named = currencyWordsAt(t, j);
	if (named) return core(value, 'amount', named.end, named.unit);
	// "one of them", "the only one": a bare "one" is a pronoun, not a figure.
	if (n.bareOne && !scaled) return null;
	const yearLike = !scaled && j === i + 1 && yearAt(t, i) !== null && !pluralNounAt(t, j);
	return core(value, yearLike ? 'year' : 'count', j);
}

/** "dollars", "USD", "US dollars", "Belarusian roubles" after a number. */
function currencyWordsAt(t: Token[], j: number): { unit: string; end: number } | null {
	const adjective = has(CURRENCY_ADJECTIVES, t[j]?.lower) && has(CURRENCY_WORDS, t[j + 1]?.lower);
	const k = adjective ? j + 1 : j;
	if (t[k]?.kind !== 'word' || !has(CURRENCY_WORDS, t[k].lower)) return null;
	const base = CURRENCY_WORDS[t[k].lower];
	return { unit: (adjective && base === 'RUB' && CURRENCY_ADJECTIVES[t[j].lower]) || base, end: k + 1 };
}

/** "2000 people", "1000 components": a count of things, not a year. */
function pluralNounAt(t: Token[], i: number): boolean {
	const w = t[i];
	if (w?.kind !== 'word' || !/^[a-z]/.test(w.text)) return false;
	return w.lower === 'people' || (w.lower.endsWith('s') && !w.lower.endsWith('ss') && !NOT_PLURAL_NOUNS.has(w.lower));
}
