/**
 * Typographic normalisation of single words and of the punctuation between
 * them. Words are normalised one at a time and keep their spans in the
 * original text (see tokenise.ts), so nothing here needs an offset map.
 */
import { stemmer } from 'stemmer';
import { IRREGULAR_BASE } from './lexicon.ts';

const APOSTROPHES = /[’‘‛`´ʼ′]/g;
/**
 * Characters a web page leaves inside words that no one sees: soft hyphen, zero-width
 * space, non-joiner and joiner, word joiner, byte-order mark. Words are read across them
 * (tokenise.ts, word-scanner.ts) and they are dropped here, so "manu\u00ADfacture" is "manufacture".
 */
export const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HYPHENS = /[-‐‑‒–—]/g;
const DIACRITICS = /\p{M}+/gu;
const THOUSANDS_SEPARATOR = /(\d),(?=\d{3}(?!\d))/g;
/** ASCII that normaliseWord changes only in case: no comma (a thousands separator), no "`" (an apostrophe). */
const PLAIN_ASCII = /^[A-Za-z0-9'.-]*$/;

/**
 * The form two words must share to be typographically equal:
 * NFKC, lower case, no diacritics, one apostrophe, one hyphen.
 * e.g. "Co‑operation" -> "co-operation", "It’s" -> "it's", "1,000" -> "1000".
 */
export function normaliseWord(raw: string): string {
	// Most words are plain ASCII, which every step below leaves as it is but the lower case.
	if (PLAIN_ASCII.test(raw)) return raw.toLowerCase();
	// Apostrophes first: NFKC turns "´" into a space and an accent.
	return raw
		.replace(INVISIBLE, '')
		.replace(APOSTROPHES, "'")
		.normalize('NFKC')
		.toLowerCase()
		.normalize('NFD')
		.replace(DIACRITICS, '')
		.replace(HYPHENS, '-')
		.replace(THOUSANDS_SEPARATOR, '$1');
}

/** British -> American endings, applied to both sides so that either spelling meets the other. */
const SPELLING_RULES: readonly [RegExp, string][] = [
	[/is(ation|ations|e|es|ed|ing|er|ers)$/, 'iz$1'],
	[/ys(e|es|ed|ing)$/, 'yz$1'],
	[/^(?!.*(?:hour|flour)s?$)([a-z]{2,})our(s|ed|ing|able|ite|ites|ful|fully|hood|hoods|al|ally|less|ism|ist|ists|er|ers)?$/, '$1or$2'],
	[/([a-z]{2,})tre(s)?$/, '$1ter$2'],
	[/([a-z]{2,}[bg])re(s)?$/, '$1er$2'],
	[/^(.*[aeiou][^aeiou]+[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
	[/ogue(s)?$/, 'og$1'],
	[/ence$/, 'ense'],
	[/amme(s)?$/, 'am$1'],
	[/^(fulfil|enrol|instal|distil)(s|ment)?$/, '$1l$2']
];

/**
 * A word's spelling-variant key: two words with one key are the same word in
 * another spelling (modernisation/modernization, travelled/traveled, co-operation/cooperation).
 */
export function spellingKey(norm: string): string {
	const word = norm.replace(/-/g, '');
	if (word.length < 5) return word;
	for (const [pattern, replacement] of SPELLING_RULES) {
		if (pattern.test(word)) return word.replace(pattern, replacement);
	}
	return word;
}

/** The stem used to find candidate passages and to recognise inflected forms (grows/growing). */
export function stemOf(key: string): string {
	return /^[a-z]+$/.test(key) ? stemmer(IRREGULAR_BASE.get(key) ?? key) : key;
}

/**
 * A proper name's consonant skeleton, so that transliterations meet:
 * Lukashenko/Lukashenka -> "lkshnk", Aleksandr/Alexander/Alyaksandr -> "alksndr",
 * Belarussia/Belarus -> "blrs". Only compared between capitalised words.
 */
export function nameSkeleton(norm: string): string {
	const word = norm.replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/[^a-z]/g, '');
	if (!word) return norm;
	const rest = word.slice(1).replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');
	const first = word[0];
	return first + (rest.startsWith(first) ? rest.slice(1) : rest);
}

const QUOTES = /[“”„‟«»"〝〞＂]/g;
const SPACED_DASH = /\s[-‐‑‒–—]+\s|[‒–—]+/g;
const ELLIPSIS = /…|\.\s*\.\s*\./g;

/**
 * Punctuation between two words, normalised for comparison: quotes, dashes and
 * ellipses unified, white space removed. e.g. " – " and " - " both give "-".
 */
export function normalisePunctuation(raw: string): string {
	return raw
		.normalize('NFKC')
		.replace(QUOTES, '"')
		.replace(APOSTROPHES, "'")
		.replace(ELLIPSIS, '…')
		.replace(SPACED_DASH, '-')
		.replace(/\s+/g, '');
}

/**
 * Cyrillic letters in Latin, as English-language reports write Russian and Belarusian
 * names (Лукашенко -> Lukashenko, Путин -> Putin), so a name pasted in either script
 * meets the people of the corpus. Only for matching names; texts are never changed.
 */
const CYRILLIC: Readonly<Record<string, string>> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
	о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
	ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ў: 'u', ї: 'yi', є: 'ye', ґ: 'g'
};
const CYRILLIC_LETTER = /[\u0400-\u04FF]/;

/** The word in Latin letters when it is written in Cyrillic, keeping an initial capital; else the word itself. */
export function transliterate(word: string): string {
	if (!CYRILLIC_LETTER.test(word)) return word;
	let out = '';
	for (const ch of word) {
		const lower = ch.toLowerCase();
		const latin = CYRILLIC[lower] ?? ch;
		out += ch !== lower && latin ? latin[0].toUpperCase() + latin.slice(1) : latin;
	}
	return out;
}
