/**
 * Splits a pasted claim into the words to check, the speaker it names, and
 * paste debris. Only an attribution OUTSIDE the quoted words names a speaker:
 * `"Mr Lukashenka, I am delighted to see you."` names nobody.
 */
import { SPEECH_VERB_PATTERN as SPEECH_VERBS } from '../text/index.ts';
import type { PeopleRegistry } from '../speakers/index.ts';
import type { ParsedClaim, Span } from '../types.ts';

/** Words that may stand before a name in an attribution and are not part of it. */
const NAME_WORD = `(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|of|the|de|da|von|van|der|bin|al)`;
/** A speaker as written: a name with titles ("President Vladimir Putin"), a role ("the Russian president"), or a pronoun. */
const SPEAKER = `(?:(?:the|his|her)\\s+)?(?:${NAME_WORD}\\s+){0,7}?(?:[\\p{Lu}][\\p{L}\\p{M}.'’-]*|president|leader|head of state|premier|minister|chancellor)|he|she|they`;
const VERB = `(?:also\\s+|then\\s+|later\\s+|once\\s+)?(?:${SPEECH_VERBS})(?:\\s+(?:that|reporters|journalists|the\\s+\\w+|[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*)*)(?=\\s+that\\b|\\s*[,:]|\\s*$))?(?:\\s+that)?`;

const PASTE_LABELS = `quote|quotes|claim|fact[- ]?check|check|verify|text|statement|note|editor['’]?s note|update|updated|breaking|breaking news|watch|video|read|read more|source|context|summary|headline|transcript|excerpt|translation|tweet|post|original|q|a`;
const LEADING_DEBRIS = new RegExp(`^(?:\\s|[•·*▪►>\\-–—]|\\d{1,3}[.)]\\s|(?:${PASTE_LABELS})\\s*:)+`, 'iu');
const TRAILING_DEBRIS = /(?:\s+(?:https?:\/\/|www\.)\S+|\s+#[\p{L}\p{N}_]+|\s*\((?:[^()]*\b(?:1[0-9]{3}|20[0-9]{2})\b[^()]*|source[^()]*|via [^()]*)\)|\s*\[\d+\])+\s*$/iu;

const LABEL_FIRST = new RegExp(`^(${SPEAKER})\\s*:\\s+`, 'u');
const VERB_FIRST = new RegExp(`^(${SPEAKER})\\s+${VERB}\\s*[,:]?\\s*`, 'u');
const ACCORDING_FIRST = new RegExp(`^according to (${SPEAKER})\\s*,\\s*`, 'iu');
const POSSESSIVE_FIRST = new RegExp(`^(${SPEAKER})['’]s words\\s*:?\\s*`, 'u');
const VERB_LAST = new RegExp(`[,.]?["”’]?\\s*,?\\s*(${SPEAKER})\\s+${VERB}(?:\\s+[\\p{L}\\p{M}'’-]+){0,3}\\s*[.!]?$`, 'u');
const INVERTED_LAST = new RegExp(`[,]?["”’]?\\s*,?\\s*(?:said|says|added|noted|stressed)\\s+(${SPEAKER})\\s*[.!]?$`, 'u');
const ACCORDING_LAST = new RegExp(`\\s*,?\\s*according to (${SPEAKER})\\s*[.!]?$`, 'iu');
const DASH_LAST = /\s*["”’]?\s*[—–―]\s*([^—–―]{2,120})$|\s+-{1,2}\s*([^-]{2,120})$/u;
/** What follows a name in "— as stated by X at talks with Y" is not part of the name. */
const AFTER_NAME = /\s+(?:at|with|in|during|on|to|before|after|speaking|when|while|for)\b.*$/su;
const BEFORE_NAME = /^(?:as\s+)?(?:stated|said|noted|told|quoted|according)\s+(?:by|to)\s+/iu;


export function parseClaim(original: string, registry: PeopleRegistry): ParsedClaim {
	let span = stripDebris(original, { start: 0, end: original.length });
	let attribution: { text: string; name: string } | null = null;
	for (const take of [takeLeading, takeTrailing]) {
		const found = take(original, span, registry);
		if (found && !attribution) {
			attribution = found.attribution;
			span = stripDebris(original, found.rest);
		}
	}
	span = stripQuoteMarks(original, span);
	const named = attribution && attribution.name && !isPronoun(attribution.name) ? attribution.name.trim() : null;
	const claimedSpeaker = named && (registry.resolve(named) ?? asWritten(named));
	return { original, quoteSpan: span, quoteSpans: [span], unchecked: null, attributionText: attribution?.text || null, claimedSpeaker, speakerAsWritten: named };
}

type Taken = { attribution: { text: string; name: string }; rest: Span } | null;

function takeLeading(text: string, span: Span, registry: PeopleRegistry): Taken {
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

function takeTrailing(text: string, span: Span, registry: PeopleRegistry): Taken {
	const s = text.slice(span.start, span.end);
	for (const pattern of [VERB_LAST, INVERTED_LAST, ACCORDING_LAST, DASH_LAST]) {
		const m = pattern.exec(s);
		if (!m || m.index === 0) continue;
		const name = pattern === DASH_LAST ? (m[1] ?? m[2]).split(',')[0].replace(BEFORE_NAME, '').replace(AFTER_NAME, '').trim() : m[1];
		const tail = m[1] ?? m[2] ?? '';
		const placeAndDate = pattern === DASH_LAST && !registry.resolve(name) && /\b(?:1[0-9]{3}|20[0-9]{2})\b/.test(tail) && !/,/.test(tail.split(/\b(?:1[0-9]{3}|20[0-9]{2})\b/)[0].replace(/,\s*$/, ''));
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
const BARE_CLAUSE_VERBS = /\b(?:said|says|say|told|tells|claimed|claims|stated|states|added|adds|noted|notes|stressed|insisted|argued|warned|explained|emphasi[sz]ed|believes|thinks|admitted|acknowledged|suggested|asserted|maintained|remarked|observed|wrote|writes)\b/i;

/** "Various American claims against Haiti": after a name the corpus does not know, these are nouns as often as verbs. */
const NOUN_LIKE_VERB = /^\s*(?:also\s+)?(?:claims|states|notes|remarks|reports|highlights|recalls|shares|answers|points|stresses|concludes)\b/i;

function introducesWords(attribution: string): boolean {
	return BARE_CLAUSE_VERBS.test(attribution) || /(?:\bthat|[,:])\s*$/.test(attribution);
}

/** A person, a role the corpus knows, a pronoun, or a capitalised name of at most five words. */
function namesSomeone(name: string, registry: PeopleRegistry): boolean {
	if (isPronoun(name) || isRole(name)) return true;
	if (new RegExp(`^(?:${PASTE_LABELS})$`, 'i').test(name.trim())) return false;
	if (registry.resolve(name)) return true;
	const words = name.trim().split(/\s+/);
	return words.length <= 5 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^(?:The|This|That|It|We|I|You|Our|In|And|But)$/.test(words[0]);
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
	if (/\b(?:1[0-9]{3}|20[0-9]{2})\b/.test(text)) return true;
	if (/^(?:speech|address|interview|remarks|press conference|report|statement)\b/i.test(text.trim())) return true;
	return words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|on|and|in|at|for|to|a)$/.test(w));
}

/** A role without a name ("the head of state", "the Belarusian leader"): it names someone the source document decides. */
export function isRole(name: string): boolean {
	return /^(?:the|his|her)\s+(?:[\p{Lu}][\p{L}]+\s+)?(?:president|leader|head of state|prime minister|premier|chancellor|minister|guest|host)$/iu.test(name.trim());
}

function isPronoun(name: string): boolean {
	return /^(?:he|she|they)$/i.test(name.trim());
}

/** A name the corpus does not know, as written, without titles. */
function asWritten(name: string): string | null {
	const cleaned = name.replace(/^(?:the|his|her)\s+/i, '').replace(/^(?:Mr|Mrs|Ms|Dr|President|Prime Minister)\.?\s+/, '').trim();
	return cleaned || null;
}

function stripDebris(text: string, span: Span): Span {
	let { start, end } = span;
	const lead = LEADING_DEBRIS.exec(text.slice(start, end));
	if (lead) start += lead[0].length;
	const trail = TRAILING_DEBRIS.exec(text.slice(start, end));
	if (trail) end = start + trail.index;
	while (end > start && /\s/.test(text[end - 1])) end--;
	while (start < end && /\s/.test(text[start])) start++;
	return { start, end };
}

/** Drops the claim's own enclosing quotation marks (an attribution taken off may have carried one of the pair). */
function stripQuoteMarks(text: string, span: Span): Span {
	const s = text.slice(span.start, span.end);
	const lead = /^["“”„«»‘'\s]+/u.exec(s)?.[0].length ?? 0;
	const trail = /["“”„«»’'\s]+$/u.exec(s.slice(lead))?.[0].length ?? 0;
	return { start: span.start + lead, end: span.end - trail };
}
