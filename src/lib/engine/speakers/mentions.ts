/**
 * The small grammar of attribution: sentences, speech verbs, and the places a
 * text refers to a person (a name, a role, a pronoun).
 */
import type { PeopleRegistry } from './people.ts';
import type { Span } from '../types.ts';
import { LEADING_NON_NAME, SPEECH_VERB_PATTERN } from '../text/index.ts';

/** Speech verbs in lower case only: "the United States" says nothing. */
const SPEECH_VERB = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERB_PATTERN})(?![\\p{L}])`, 'u');

export type Mention = {
	span: Span;
	/** The canonical person, or null for someone the corpus does not know ("experts"). */
	person: string | null;
	/** Introduced by "by" or "according to": the agent of a passive or a source. */
	byAgent: boolean;
};

const NAME = /\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)*/gu;
/** A role, unless a name follows it: in "President Truman" the word is a title. */
const ROLE = /\b(?:(?:the|his|her|our)\s+)?(?:(\p{Lu}\p{Ll}+)\s+)?(?:[Pp]resident|[Ll]eader|[Hh]ead of [Ss]tate|counterpart)(?:\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?\p{Lu}\p{Ll}+)?\b(?!\s+\p{Lu})/gu;
const PRONOUN = /\b(?:he|she|him|her)\b/gi;

/** Every reference to a person in `span`, in order of position. */
export function findMentions(text: string, span: Span, registry: PeopleRegistry, defaultSpeaker: string | null, salient: string | null): Mention[] {
	const slice = text.slice(span.start, span.end);
	const found: Mention[] = [];
	const at = (index: number, length: number): Span => ({ start: span.start + index, end: span.start + index + length });
	const isAgent = (index: number) => /\b(?:by|according to)\s+(?:the\s+)?$/i.test(slice.slice(Math.max(0, index - 20), index));
	for (const m of slice.matchAll(ROLE)) {
		const person = registry.resolve(m[0], defaultSpeaker);
		if (person) found.push({ span: at(m.index, m[0].length), person, byAgent: isAgent(m.index) });
	}
	for (const m of slice.matchAll(NAME)) {
		const lead = LEADING_NON_NAME.exec(m[0])?.[0].length ?? 0;
		const [index, name] = [m.index + lead, m[0].slice(lead)];
		if (!name || found.some((f) => overlaps(f.span, at(index, name.length)))) continue;
		const person = registry.resolve(name);
		if (person) found.push({ span: at(index, name.length), person, byAgent: isAgent(index) });
	}
	if (salient) {
		for (const m of slice.matchAll(PRONOUN)) found.push({ span: at(m.index, m[0].length), person: salient, byAgent: isAgent(m.index) });
	}
	return found.sort((a, b) => a.span.start - b.span.start);
}

/** The first speech verb in `span`, or null. */
export function findSpeechVerb(text: string, span: Span): Span | null {
	const m = SPEECH_VERB.exec(text.slice(span.start, span.end));
	return m ? { start: span.start + m.index, end: span.start + m.index + m[0].length } : null;
}

function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}
