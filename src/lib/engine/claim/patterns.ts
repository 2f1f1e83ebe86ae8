/**
 * Attribution patterns for a claim that does not quote: `Putin said that trade grew`,
 * `According to Putin, ...`, `... — Lukashenko`. A fallback: when a claim quotes,
 * its frame is read structurally (frame.ts) instead.
 */
import type { PeopleRegistry } from '../speakers/index.ts';
import { BARE_CLAUSE_VERBS, ROLE_NOUNS, SPEECH_VERB_PATTERN as SPEECH_VERBS, STOP_WORDS } from '../text/index.ts';
import { YEAR_PATTERN } from '../figures/index.ts';
import type { Span } from '../types.ts';
import { PASTE_LABELS } from './debris.ts';

const YEAR = new RegExp(`\\b${YEAR_PATTERN}\\b`);

/** Words that may stand before a name in an attribution and are not part of it. */
const NAME_WORD = `(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|of|the|de|da|von|van|der|bin|al)`;
/** A speaker as written: a name with titles ("President Vladimir Putin"), a role ("the Russian president"), or a pronoun. */
const SPEAKER = `(?:(?:the|his|her)\\s+)?(?:${NAME_WORD}\\s+){0,7}?(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|president|leader|head of state|premier|minister|chancellor)|he|she|they`;
/**
 * When or where, between the verb and "that": "said in 2003 that", "told Congress in his 1941
 * address that", "said last year that". Frame, so the year is compared with the source's date
 * instead of being read as a figure of the quote.
 */
const WHEN_WHERE = `(?:in|on|at|during|last|this|earlier|before|after)\\b`;
/** A character of a when-or-where phrase: no clause punctuation or quotation mark, but the comma of a date ("January 23, 1996"). */
const FRAME_CHAR = `(?:[^,;:"“”]|,(?=\\s*\\d))`;
const ADJUNCT = `(?:\\s+${WHEN_WHERE}${FRAME_CHAR}{1,60}?(?=\\s+that\\b))`;
/** The same at the very end: "..., Clinton said in 1996." */
const LAST_ADJUNCT = `(?:\\s+${WHEN_WHERE}${FRAME_CHAR}{1,60})`;
const VERB = `(?:also\\s+|then\\s+|later\\s+|once\\s+)?(?:${SPEECH_VERBS})(?:\\s+(?:that|reporters|journalists|the\\s+\\w+|[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)*)(?=${ADJUNCT}|\\s+that\\b|\\s*[,:]|\\s*$))?${ADJUNCT}?(?:\\s+that)?`;


const LABEL_FIRST = new RegExp(`^(${SPEAKER})\\s*:\\s+`, 'u');
const VERB_FIRST = new RegExp(`^(${SPEAKER})\\s+${VERB}\\s*[,:]?\\s*`, 'u');
const ACCORDING_FIRST = new RegExp(`^according to (${SPEAKER})\\s*,\\s*`, 'iu');
const POSSESSIVE_FIRST = new RegExp(`^(${SPEAKER})['’]s words\\s*:?\\s*`, 'u');
const VERB_LAST = new RegExp(`[,.]?["”’]?\\s*,?\\s*(${SPEAKER})\\s+${VERB}(?:(?:\\s+[\\p{L}\\p{M}'’-]+){0,3}|(?:\\s+[\\p{L}\\p{M}'’-]+)?${LAST_ADJUNCT})\\s*[.!]?$`, 'u');
const INVERTED_LAST = new RegExp(`[,]?["”’]?\\s*,?\\s*(?:${SPEECH_VERBS})\\s+(${SPEAKER})\\s*[.!]?$`, 'u');
const ACCORDING_LAST = new RegExp(`\\s*,?\\s*according to (${SPEAKER})\\s*[.!]?$`, 'iu');
const DASH_LAST = /\s*["”’]?\s*[—–―]\s*([^—–―]{2,120})$|\s+-{1,2}\s*([^-]{2,120})$/u;
/** What follows a name in "— as stated by X at talks with Y" is not part of the name. */
const AFTER_NAME = /\s+(?:at|with|in|during|on|to|before|after|speaking|when|while|for)\b.*$/su;
const BEFORE_NAME = /^(?:as\s+)?(?:stated|said|noted|told|quoted|according)\s+(?:by|to)\s+/iu;


export type Taken = { attribution: { text: string; name: string }; rest: Span } | null;

export function takeLeading(text: string, span: Span, registry: PeopleRegistry): Taken {
	const s = text.slice(span.start, span.end);
	for (const pattern of [LABEL_FIRST, VERB_FIRST, ACCORDING_FIRST, POSSESSIVE_FIRST]) {
		const m = pattern.exec(s);
		if (!m || !namesSomeone(m[1], registry)) continue;
		if (pattern === LABEL_FIRST && !/["“”]/.test(s) && /[.!?]$/.test(m[1])) continue;
		if (pattern === VERB_FIRST && !introducesWords(m[0])) continue;
		if (pattern === VERB_FIRST && !registry.resolve(m[1]) && !isRole(m[1]) && NOUN_LIKE_VERB.test(m[0].slice(m[1].length))) continue;
		return { attribution: { text: m[0].trim(), name: m[1] }, rest: { start: span.start + m[0].length, end: span.end } };
	}
	return null;
}

export function takeTrailing(text: string, span: Span, registry: PeopleRegistry): Taken {
	const s = text.slice(span.start, span.end);
	for (const pattern of [VERB_LAST, INVERTED_LAST, ACCORDING_LAST, DASH_LAST]) {
		const m = pattern.exec(s);
		if (!m || m.index === 0) continue;
		const name = pattern === DASH_LAST ? (m[1] ?? m[2]).split(',')[0].replace(BEFORE_NAME, '').replace(AFTER_NAME, '').trim() : m[1];
		const tail = m[1] ?? m[2] ?? '';
		const placeAndDate = pattern === DASH_LAST && !registry.resolve(name) && YEAR.test(tail) && !/,/.test(tail.split(YEAR)[0].replace(/,\s*$/, ''));
		if (!namesSomeone(name, registry) || placeAndDate) {
			if (pattern === DASH_LAST && isSourceNote(tail)) return { attribution: { text: '', name: '' }, rest: { start: span.start, end: span.start + m.index } };
			continue;
		}
		return { attribution: { text: m[0].replace(/^[\s,.”"’]+/, '').trim(), name }, rest: { start: span.start, end: span.start + m.index } };
	}
	return null;
}

/**
 * "Putin said trade grew" reports words; "Johnson declared war on poverty" reports an act:
 * only verbs of saying take a bare clause, others need "that", a colon or a comma.
 */

/** "Various American claims against Haiti": after a name the corpus does not know, these are nouns as often as verbs. */
const NOUN_LIKE_VERB = /^\s*(?:also\s+)?(?:claims|states|notes|remarks|reports|highlights|recalls|shares|answers|points|stresses|concludes)\b/i;

function introducesWords(attribution: string): boolean {
	return attribution.toLowerCase().split(/[^\p{L}]+/u).some((w) => BARE_CLAUSE_VERBS.has(w)) || /(?:\bthat|[,:])\s*$/.test(attribution);
}

/** A person, a role the corpus knows, a pronoun, or a capitalised name of at most five words that is not a function word. */
export function namesSomeone(name: string, registry: PeopleRegistry): boolean {
	if (isPronoun(name) || isRole(name)) return true;
	if (new RegExp(`^(?:${PASTE_LABELS})$`, 'i').test(name.trim())) return false;
	if (registry.resolve(name)) return true;
	const words = name.trim().split(/\s+/);
	// A name the corpus does not know never begins with a function word: "To say the least, ...",
	// "In short, ...", "As said before, ..." open a sentence, they name nobody.
	return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w)) && !STOP_WORDS.has(words[0].toLowerCase());
}

/** Most words a source note after a dash has: "— State of the Union, 1996", "— interview with the BBC". */
const MAX_SOURCE_NOTE_WORDS = 10;

/**
 * "— State of the Union, 1996", "— Moscow, 2025", "— interview with the BBC": where the words come
 * from, not who said them. "– Belarus will join the European Union" is not: it has words in lower case.
 */
function isSourceNote(text: string): boolean {
	const words = text.trim().split(/\s+/);
	if (words.length > MAX_SOURCE_NOTE_WORDS) return false;
	if (YEAR.test(text)) return true;
	if (/^(?:speech|address|interview|remarks|press conference|report|statement)\b/i.test(text.trim())) return true;
	return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|on|and|in|at|for|to|a)$/.test(w));
}

/** A role without a name ("the head of state", "the Belarusian leader"): it names someone the source document decides. */
export function isRole(name: string): boolean {
	return ROLE.test(name.trim());
}

const ROLE = new RegExp(`^(?:the|his|her)\\s+(?:[\\p{Lu}][\\p{L}]+\\s+)?(?:${ROLE_NOUNS.join('|')})$`, 'iu');

export function isPronoun(name: string): boolean {
	return /^(?:he|she|they)$/i.test(name.trim());
}

/** A name the corpus does not know, as written, without titles. */
export function asWritten(name: string): string | null {
	const cleaned = name.replace(/^(?:the|his|her)\s+/i, '').replace(/^(?:Mr|Mrs|Ms|Dr|President|Prime Minister)\.?\s+/, '').trim();
	return cleaned || null;
}

