/**
 * Two readings of the words around a quotation that the corpus's people do not settle:
 * a speaker the manifests do not list ("Yogi Berra once said"), and a lead-in whose speech
 * verb stands inside the quotation's own sentence ("Lincoln ... spoke of a "...").
 */
import { findSpeechVerb, type Mention } from './mentions.ts';
import { LEADING_NON_NAME } from '../text/index.ts';
import type { Span } from '../types.ts';

/** Words between a speech verb and the quotation it introduces inside one sentence: "spoke of a". */
const EMBEDDED_QUOTE_WORDS = 4;
/** Characters between a name and its speech verb: "Yogi Berra once said", "Lao-tzu, said". */
const NAME_VERB_GAP = 12;

function wordsIn(s: string): number {
	return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * A person the corpus does not know, named as the subject of a speech verb: "Yogi Berra
 * once said", "a philosopher, Lao-tzu, said". Two capitalised words or a hyphened name,
 * so that "Congress said" or "Scripture says" name nobody.
 */
export function unknownSpeaker(text: string, span: Span, verb: Span): Mention | null {
	const before = text.slice(span.start, verb.start);
	const m = /(\p{Lu}[\p{L}\p{M}'’]+(?:-\p{L}[\p{L}\p{M}'’]+|\s+\p{Lu}[\p{L}\p{M}'’]+){1,3})[\s,]*(?:\p{Ll}+ly\s+|once\s+|also\s+)?$/u.exec(before);
	if (!m || before.length - m.index - m[1].length > NAME_VERB_GAP) return null;
	const name = m[1].replace(LEADING_NON_NAME, '');
	if (!/[-\s]/.test(name)) return null;
	const start = span.start + m.index + (m[1].length - name.length);
	return { span: { start, end: start + name.length }, person: name, byAgent: false };
}


/** True when the lead-in's speech verb stands a few words before the quotation (`spoke of a "..."`). */
export function introducesEmbedded(text: string, leadIn: Span): boolean {
	const verb = findSpeechVerb(text, leadIn);
	return verb !== null && wordsIn(text.slice(verb.end, leadIn.end)) <= EMBEDDED_QUOTE_WORDS;
}
