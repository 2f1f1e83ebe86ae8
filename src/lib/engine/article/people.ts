/**
 * Who an article has speak, found before its statements are read: the registry then knows
 * people the corpus does not ("Kremlin spokesman Dmitry Peskov said"), so a later "Peskov
 * added" or "he said" resolves to them as it does to a corpus's own people.
 */
import { findMentions, findSpeechVerb, unknownSpeaker, type PeopleRegistry } from '../speakers/index.ts';
import { sentencesOf } from '../text/index.ts';
import type { Span } from '../types.ts';

/** "..., said Dmitry Peskov": a name of two or three capitalised words right after the speech verb. */
const NAME_AFTER_VERB = /^\s*,?\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2})/u;
/** Characters between a known person and the speech verb they are the subject of ("Putin, speaking in Minsk, said"). */
const SUBJECT_REACH = 60;

/** Names of the people the article gives words to, in order of their first attribution; canonical when the registry knows them. */
export function articleSpeakers(text: string, registry: PeopleRegistry): string[] {
	const names: string[] = [];
	for (const m of text.matchAll(/[^\n]+/g)) {
		for (const sentence of sentencesOf(text, { start: m.index, end: m.index + m[0].length })) {
			const name = speakerOfSentence(text, sentence, registry);
			if (name && !names.some((n) => registry.samePerson(n, name))) names.push(name);
		}
	}
	return names;
}

function speakerOfSentence(text: string, sentence: Span, registry: PeopleRegistry): string | null {
	const verb = findSpeechVerb(text, sentence);
	if (!verb) return null;
	const known = findMentions(text, sentence, registry, null, null).filter((m) => m.person);
	const subject = [...known].reverse().find((m) => m.span.end <= verb.start && verb.start - m.span.end < SUBJECT_REACH) ?? known.find((m) => m.span.start >= verb.end && m.span.start - verb.end < 4);
	if (subject?.person) return subject.person;
	const unknown = unknownSpeaker(text, sentence, verb)?.person;
	if (unknown) return unknown;
	return NAME_AFTER_VERB.exec(text.slice(verb.end, sentence.end))?.[1] ?? null;
}
