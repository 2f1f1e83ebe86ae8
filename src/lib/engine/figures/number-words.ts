/**
 * The layer under figures.ts: the words figures are written in, English
 * number words -> values ("fifty billion" is 50e9, "a thousand" 1000, "two
 * hundred and twenty-five" 225, "a dozen" 12), and tokens that keep their
 * offsets, so a number read from "twenty-five" or "1,000" knows where it ends.
 */

/** Whether a table holds the key as its own entry, not as an Object.prototype name like "constructor". */
export const has = (dict: object, key: string | undefined): key is string =>
	key !== undefined && Object.hasOwn(dict, key);

const SMALL: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
	ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
	seventeen: 17, eighteen: 18, nineteen: 19
};
const TENS: Record<string, number> = {
	twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90
};
/** Words that multiply everything read before them in their group. */
export const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/**
 * Scales after a number in digits ("5bn", "50 mln", "2 dozen"). The one-letter
 * ones count only glued ("5m") or after a currency ("$5 m"), where they cannot be metres.
 */
export const DIGIT_SCALES: Record<string, number> = {
	...SCALE_WORDS, hundred: 100, dozen: 12, k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12
};
export const ONE_LETTER_SCALES = new Set(['k', 'm', 'b']);

/** Denominators of shares: "a third", "three quarters", "two fifths". */
export const FRACTION_WORDS: Record<string, number> = {
	half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4,
	fourth: 4, fourths: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10
};

/** Words that are a multiplier on their own: "twice", "doubled", "halved". */
export const MULTIPLIER_WORDS: Record<string, number> = {
	twice: 2, double: 2, doubled: 2, doubles: 2, doubling: 2,
	triple: 3, tripled: 3, triples: 3, tripling: 3, thrice: 3,
	quadruple: 4, quadrupled: 4, halved: 0.5, halve: 0.5
};

export const CURRENCY_SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB' };
export const CURRENCY_CODES: Record<string, string> = { usd: 'USD', eur: 'EUR', gbp: 'GBP', rub: 'RUB', byn: 'BYN' };
export const CURRENCY_WORDS: Record<string, string> = {
	...CURRENCY_CODES, dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
	rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB'
};
/** "Belarusian roubles" are another currency than plain roubles; "US dollars" are plain dollars. */
export const CURRENCY_ADJECTIVES: Record<string, string | null> = {
	us: null, american: null, russian: 'RUB', belarusian: 'BYN'
};

export const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
export const MONTHS = [
	'january', 'february', 'march', 'april', 'may', 'june',
	'july', 'august', 'september', 'october', 'november', 'december'
];

/** "twofold", "tenfold", "hundredfold": the multiplier is the word before "fold". */
export function foldWordValue(word: string): number | null {
	const m = /^([a-z]+)fold$/.exec(word);
	if (!m) return null;
	if (m[1] === 'hundred') return 100;
	const reading = readNumberWords([m[1]]);
	return reading ? reading.value : null;
}

export type NumberWordsReading = {
	value: number;
	/** How many of the given words belong to the number ("a thousand" = 2). */
	used: number;
};

/** What the last word read was; decides which word may follow. */
type State = 'start' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' | 'done';

/**
 * Reads the number that words[0..] spell, or null when they spell none.
 * "a" counts only before hundred/thousand/million/billion/trillion/dozen, so a
 * bare "a" is never a number; whether a bare "one" is a figure is the caller's
 * call, since "one percent" is and "one of them" is not.
 */
export function readNumberWords(words: readonly string[]): NumberWordsReading | null {
	let [total, group, lastScale, used, value] = [0, 0, Infinity, 0, 0];
	let state: State = 'start';
	for (let i = 0; i < words.length && state !== 'done'; i++) {
		const w = words[i];
		const next = nextState(state, w, words[i + 1], group, lastScale);
		if (next === null) break;
		if (w === 'a') group = 1;
		else if (has(SMALL, w)) group += SMALL[w];
		else if (has(TENS, w)) group += TENS[w];
		else if (w === 'hundred') group *= 100;
		else if (w === 'dozen') group *= 12;
		else if (has(SCALE_WORDS, w)) [total, lastScale, group] = [total + group * SCALE_WORDS[w], SCALE_WORDS[w], 0];
		state = next;
		// "a" and "and" only promise more words; the number ends before them until those come.
		if (state !== 'a' && state !== 'and') [used, value] = [i + 1, total + group];
	}
	return used === 0 ? null : { value, used };
}

function nextState(state: State, w: string, after: string | undefined, group: number, lastScale: number): State | null {
	const open = state === 'start' || state === 'hundred' || state === 'scale' || state === 'and';
	if (w === 'a') {
		const counted = after === 'hundred' || after === 'dozen' || has(SCALE_WORDS, after);
		return state === 'start' && counted ? 'a' : null;
	}
	if (w === 'zero') return state === 'start' ? 'done' : null;
	if (has(SMALL, w)) {
		if (open) return SMALL[w] < 10 ? 'unit' : 'teen';
		return state === 'tens' && SMALL[w] < 10 ? 'unit' : null;
	}
	if (has(TENS, w)) return open ? 'tens' : null;
	if (w === 'hundred') return (state === 'a' || state === 'unit' || state === 'teen') && group < 100 ? 'hundred' : null;
	if (w === 'dozen') return state === 'a' || (state === 'unit' && group < 10) ? 'done' : null;
	if (has(SCALE_WORDS, w)) {
		const counted = state === 'a' || state === 'unit' || state === 'teen' || state === 'tens' || state === 'hundred';
		return counted && SCALE_WORDS[w] < lastScale ? 'scale' : null;
	}
	if (w === 'and') {
		const follows = (has(SMALL, after) || has(TENS, after)) && after !== 'zero';
		return (state === 'hundred' || state === 'scale') && follows ? 'and' : null;
	}
	return null;
}

// Numbers in text, as tokens with their offsets.

/** `glued`: no white space between this token and the one before ("$" "50" "bn" in "$50bn"). */
export type Token = { text: string; lower: string; start: number; end: number; kind: TokenKind; glued: boolean };
export type TokenKind = 'numdate' | 'time' | 'num' | 'word' | 'sym';
/** In the order of TokenKind: 28.06.2023 or 2025-03-13; 12:45:00 (never a figure); 1,000.5; a word; anything else. */
const TOKEN = new RegExp(
	[/(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})(?!\d)/, /(\d{1,2}:\d{2}(?::\d{2})?)(?!\d)/,
		/((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?!\d)/, /(\p{L}+)/u, /(\S)/].map((r) => r.source).join('|'),
	'gu'
);
const TOKEN_KINDS: TokenKind[] = ['numdate', 'time', 'num', 'word', 'sym'];

export function tokenise(text: string): Token[] {
	const tokens: Token[] = [];
	for (const m of text.matchAll(TOKEN)) {
		const kind = TOKEN_KINDS[m.slice(1).findIndex((group) => group !== undefined)];
		const glued = tokens.length > 0 && tokens[tokens.length - 1].end === m.index;
		tokens.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, kind, glued });
	}
	return tokens;
}

/** Whether t[i] starts a word of its own, not the tail of a code such as "MC21" or "MiG-25". */
export function spaced(t: Token[], i: number): boolean {
	const prev = t[i - 1];
	if (!t[i].glued || !prev) return true;
	if (prev.kind === 'word' || prev.kind === 'num') return false;
	return !(prev.text === '-' && prev.glued && t[i - 2]?.kind === 'word');
}


/** Whether the token before t[i] ends there, rather than running on as "9bn" or "2025x" do. */
export const endsAt = (t: Token[], i: number) => !(t[i]?.glued && (t[i].kind === 'word' || t[i].kind === 'num'));
export const isWord = (t: Token[], i: number, ...words: string[]) => t[i]?.kind === 'word' && words.includes(t[i].lower);
export const glued = (t: Token[], i: number, text: string) => t[i]?.text === text && t[i].glued;
export const integerAt = (t: Token[], i: number) =>
	t[i]?.kind === 'num' && /^\d+$/.test(t[i].text) ? Number(t[i].text) : null;

/** A number in digits or words; `scaled` once a scale word is part of it, `bareOne` for a lone "one". */
export type NumberAt = { value: number; end: number; digits: boolean; scaled: boolean; bareOne: boolean };

export function numberAt(t: Token[], i: number): NumberAt | null {
	const first = t[i];
	if (first?.kind === 'num') {
		if (!spaced(t, i)) return null;
		const value = Number(first.text.replace(/,/g, ''));
		return andAHalf(t, withVulgarFraction(t, { value, end: i + 1, digits: true, scaled: false, bareOne: false }));
	}
	if (first?.kind !== 'word') return null;
	// The words of one number: "twenty five", "twenty-five", "two hundred and ten".
	const words: string[] = [];
	const ends: number[] = [];
	for (let j = i; t[j]?.kind === 'word'; ) {
		words.push(t[j].lower);
		ends.push(j + 1);
		// readNumberWords stops at the first word no number has: the words after it are never read (andAHalf reads on).
		if (!NUMBER_VOCABULARY.has(t[j].lower)) break;
		if (glued(t, j + 1, '-') && t[j + 2]?.glued && t[j + 2].kind === 'word') j += 2;
		else if (t[j + 1] && !t[j + 1].glued) j += 1;
		else break;
	}
	const reading = readNumberWords(words);
	if (!reading) return null;
	const used = words.slice(0, reading.used);
	const scaled = used.some((w) => has(SCALE_WORDS, w) || w === 'hundred' || w === 'dozen');
	const bareOne = used.length === 1 && used[0] === 'one';
	return andAHalf(t, { value: reading.value, end: ends[reading.used - 1], digits: false, scaled, bareOne });
}

/** Every word readNumberWords can read (nextState answers null to any other). */
const NUMBER_VOCABULARY: ReadonlySet<string> = new Set(['a', 'zero', 'hundred', 'dozen', 'and', ...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(SCALE_WORDS)]);

/** Denominators a fraction written in digits has in prose: "1 1/2", "2 3/4". */
const DIGIT_DENOMINATORS = new Set([2, 3, 4, 8]);

/** "1 1/2 million" is one and a half million, not 1, 1 and 2 million: the fraction belongs to the number. */
function withVulgarFraction(t: Token[], n: NumberAt): NumberAt {
	const j = n.end;
	const [num, slash, den] = [integerAt(t, j), t[j + 1], integerAt(t, j + 2)];
	const written = num !== null && !t[j].glued && slash?.text === '/' && slash.glued && den !== null && t[j + 2].glued;
	if (!written || !DIGIT_DENOMINATORS.has(den) || num >= den || !endsAt(t, j + 3)) return n;
	return { ...n, value: n.value + num / den, end: j + 3 };
}

/** "two and a half", "1 and a half": the half belongs to the number, and a scale may still follow ("... million"). */
function andAHalf(t: Token[], n: NumberAt): NumberAt {
	const j = n.end;
	const half = !n.scaled && isWord(t, j, 'and') && isWord(t, j + 1, 'a') && isWord(t, j + 2, 'half') && endsAt(t, j + 3);
	return half ? { ...n, value: n.value + 0.5, end: j + 3, bareOne: false } : n;
}

/**
 * Whether a text may hold a figure at all, so the figure reader can be skipped:
 * a digit, or any word of the tables above (one list, so the test cannot drift from them).
 */
export function mayHoldFigure(text: string): boolean {
	return /\d/.test(text) || FIGURE_WORD.test(text);
}

const FIGURE_WORD = new RegExp(
	`\\b(?:${[
		...Object.keys(SMALL), ...Object.keys(TENS), ...Object.keys(DIGIT_SCALES).filter((w) => w.length > 2), ...Object.keys(FRACTION_WORDS),
		...Object.keys(MULTIPLIER_WORDS), ...MONTHS, 'sept', 'sep', '\\w+fold'
	].join('|')})\\b`,
	'i'
);
