/**
 * The claim's frame, read structurally: whatever stands outside the quoted
 * words is the frame, whatever its shape. From it come who said the words
 * (a person the corpus knows, a role, or a name-like phrase in an attribution),
 * when (a year or a date) and on what occasion.
 * e.g. `Wilson told Congress in December 1917: "..."` -> Wilson, December 1917, "Congress".
 */
import { findFigures, YEAR_PLACE } from '../figures/index.ts';
import type { PeopleRegistry } from '../speakers/index.ts';
import { LEADING_NON_NAME, OCCASION_WORDS, ROLE_NOUNS, SPEECH_VERB_PATTERN } from '../text/index.ts';
import type { ClaimFrame, FrameDate, Span } from '../types.ts';
import { isRole } from './patterns.ts';

/** A run of capitalised words, with initials ("G. W.", "M.") and name particles between them: a name as written. */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|da|van|von|der|bin|al|of the|of)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
/** A role: "the Russian president", "the head of state", "President" alone. */
/** A word with its first letter in either case: "[Pp]resident". Case-insensitive matching would let \\p{Lu} match any letter. */
const eitherCase = (word: string) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`;
const ROLE = new RegExp(`\\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Oo]ur)\\s+)?(?:\\p{Lu}\\p{Ll}+\\s+)?(?:${ROLE_NOUNS.map(eitherCase).join('|')})\\b(?!\\s+\\p{Lu})`, 'gu');
/** Speech verbs in lower case only: "the United States" says nothing. */
const SPEECH_VERB = new RegExp(`(?<!\\p{L})(?:${SPEECH_VERB_PATTERN})(?!\\p{L})`, 'u');
const PRONOUN_SPEAKS = new RegExp(`(?<!\\p{L})(?:[Hh]e|[Ss]he)\\s+(?:\\w+ly\\s+|also\\s+|then\\s+)?(?:${SPEECH_VERB_PATTERN})(?!\\p{L})`, 'u');
const OCCASION = new RegExp(`(?<!\\p{L})(?:${OCCASION_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?!\\p{L})`, 'giu');
/** A verb of saying and "that" with three words or more after it: "said that the nation needed ...". */
const REPORTED_CLAUSE = new RegExp(`(?<!\\p{L})(?:${SPEECH_VERB_PATTERN}|adding)(?:[\\s,]+\\S+){0,3}?[\\s,]+that(?:\\s+[^\\s"“”]+){3,}`, 'u');
/** "and said ...", "adding ...": a second statement joined to the quote, with three words or more, not a when or where. */
const JOINED_CLAUSE = new RegExp(`(?<!\\p{L})(?:and|but|then|adding|while)\\s+(?:also\\s+)?(?:${SPEECH_VERB_PATTERN})\\s+(?!(?:in|on|at|during|to|before|after|last|this)\\b)(?:[^\\s"“”]+\\s+){2,}[^\\s"“”]+`, 'u');
/** A speech verb right before a name: "said Putin". */
const SPEECH_VERB_BEFORE = new RegExp(`(?:${SPEECH_VERB_PATTERN})\\s*,?\\s*$`, 'u');
/** The same, for a yes-or-no test (a global pattern's test() moves on from its last match). */
const HAS_OCCASION = new RegExp(OCCASION.source, 'iu');
/** A preposition of place right before a bare surname makes it a place: "in Washington", "to Lincoln". */
const PLACE_BEFORE = /(?:^|\s)(?:in|at|from|to|near|of|across)\s+$/i;
/** A run that is one of these alone names nobody. */
const NOT_A_NAME = /^(?:The|This|That|It|We|I|You|Our|In|On|At|And|But|As|From|Then|When|After|Before|During|Highlights?|Quote|Speech|Address|State|Annual|Message|First|Last|Final|Fifth|President|Mr|Mrs|Ms|Dr)\.?$/;
/** Characters after a name within which a speech verb makes it the subject: "Yogi Berra once said". */
const VERB_REACH = 24;
/** Most words an unknown name has: "Yogi Berra", "Dmitry Peskov", "Lao-tzu". */
const MAX_NAME_WORDS = 4;

/** A person the frame may name, and how strongly the frame says that person spoke. */
type SpeakerMention = { text: string; span: Span; known: boolean; speaks: boolean };

/**
 * Reads the frame from the stretches of the paste outside the quoted words.
 * `dashed` marks stretches that follow a dash after the quote ("— Yogi Berra"),
 * `labelled` one that precedes the quote with a colon ("Yogi Berra: ...").
 */
export function readFrame(text: string, pieces: FramePiece[], registry: PeopleRegistry): ClaimFrame {
	const mentions = pieces.flatMap((p) => speakerMentions(text, p, registry));
	const speaker = chooseSpeaker(mentions);
	return {
		speaker: speaker && { text: speaker.text, span: speaker.span },
		dates: pieces.flatMap((p) => datesIn(text, p.span)),
		occasions: pieces.flatMap((p) => occasionsIn(text, p.span))
	};
}

/** A stretch of the frame; `position` says where it stands against the quoted words. */
export type FramePiece = { span: Span; position: 'before' | 'between' | 'after' };

/** True when a stretch outside the quotes is frame: it names a speaker, a date or an occasion, or only introduces the quote. */
export function isFrameLike(text: string, piece: FramePiece, registry: PeopleRegistry): boolean {
	const s = text.slice(piece.span.start, piece.span.end);
	if (!/[\p{L}\p{N}]/u.test(s)) return true;
	// "In my first annual message I recommended "..."": words in the first person are the speaker's own, not a frame.
	if (FIRST_PERSON.test(s)) return false;
	if (piece.position === 'after' && /^\s*[—–―-]/.test(s)) return true;
	if (piece.position !== 'after' && /[:,]\s*$/.test(s)) return true;
	// "... and said the nation should abolish NASA": words the claim reports besides its quote are claimed too.
	if (REPORTED_CLAUSE.test(s) || JOINED_CLAUSE.test(s)) return false;
	if (SPEECH_VERB.test(s) || speakerMentions(text, piece, registry).some((m) => m.known)) return true;
	// A date or an occasion alone frames a quote only in a few words ("In 1935", "Fifth Annual Address, 1793"):
	// a sentence that merely holds a year ("During the session of the year 1790 it was expedient ...") is the claim.
	const short = s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= (piece.position === 'after' ? MAX_NOTE_WORDS : MAX_LEAD_WORDS);
	return short && (HAS_OCCASION.test(s) || datesIn(text, piece.span).length > 0);
}

/** First-person words, in the case prose writes them ("US" is the country). */
const FIRST_PERSON = /(?<!\p{L})(?:I|[Mm]y|[Mm]e|[Mm]ine|[Ww]e|[Oo]ur|[Oo]urs|us|[Oo]urselves)(?!\p{L})/u;

/** Most words of a frame before the quote that only dates it or names the occasion: "On January 31, 2006, in the State of the Union". */
const MAX_LEAD_WORDS = 10;
/** Most words of a source note after the quote: "Fifth Annual Address to Congress | Friday, December 13, 1793". */
const MAX_NOTE_WORDS = 14;

function speakerMentions(text: string, piece: FramePiece, registry: PeopleRegistry): SpeakerMention[] {
	const { start, end } = piece.span;
	const s = text.slice(start, end);
	const found: SpeakerMention[] = [];
	const add = (index: number, raw: string, known: boolean) => {
		const span = { start: start + index, end: start + index + raw.length };
		if (found.some((f) => f.span.start < span.end && span.start < f.span.end)) return;
		const after = s.slice(index + raw.length, index + raw.length + VERB_REACH);
		const before = s.slice(Math.max(0, index - VERB_REACH), index);
		const speaks = SPEECH_VERB.test(after.replace(/^['’]s\b/, '')) || SPEECH_VERB_BEFORE.test(before);
		found.push({ text: raw, span, known, speaks });
	};
	// A role names the person the source gives it to ("the Belarusian leader said"), known or not to the registry.
	for (const m of s.matchAll(ROLE)) if (registry.resolve(m[0]) || isRole(m[0])) add(m.index, m[0], true);
	for (const m of s.matchAll(NAME_RUN)) {
		const lead = LEADING_NON_NAME.exec(m[0])?.[0].length ?? 0;
		const raw = trimName(m[0].slice(lead));
		const index = m.index + lead;
		if (!raw || NOT_A_NAME.test(raw)) continue;
		const bare = !/\s/.test(raw);
		if (bare && PLACE_BEFORE.test(s.slice(0, index))) continue;
		if (registry.candidates(raw).length) add(index, raw, true);
		else if (isUnknownSpeaker(raw, s, index, piece)) add(index, raw, false);
	}
	if (PRONOUN_SPEAKS.test(s)) {
		const m = PRONOUN_SPEAKS.exec(s)!;
		found.push({ text: '', span: { start: start + m.index, end: start + m.index + m[0].length }, known: false, speaks: true });
	}
	return found.sort((a, b) => a.span.start - b.span.start);
}

/** "Mr Lukashenko's" -> "Mr Lukashenko"; a run ending in a full stop of the sentence loses it. */
function trimName(raw: string): string {
	return raw.replace(/['’]s$/, '').replace(/(?<!\b\p{Lu})\.$/u, '').trim();
}

/**
 * A name the corpus does not know names the speaker only where an attribution puts it:
 * after a dash that follows the quote ("— Yogi Berra"), as a label before a colon
 * ("Yogi Berra: ..."), or as the subject of a speech verb ("Yogi Berra once said").
 */
function isUnknownSpeaker(raw: string, s: string, index: number, piece: FramePiece): boolean {
	const words = raw.split(/\s+/);
	// "State of the Union", "Annual Message": an occasion, not a person.
	if (words.length > MAX_NAME_WORDS || words.some((w) => /\d/.test(w)) || /\sof\s/.test(raw) || HAS_OCCASION.test(raw)) return false;
	const before = s.slice(0, index);
	const after = s.slice(index + raw.length);
	if (piece.position === 'after' && /^\s*[—–―-]+\s*$/.test(before)) return /^\s*(?:[,(].*)?$/s.test(after);
	if (piece.position === 'before' && !before.trim() && /^\s*:\s*$/.test(after)) return true;
	return SPEECH_VERB.test(after.slice(0, VERB_REACH)) && /^\s*(?:\w+ly\s+|once\s+|also\s+)?(?:\p{Ll}+)/u.test(after);
}

/** Known people first; among them one who speaks; then the first named. A pronoun names nobody. */
function chooseSpeaker(mentions: SpeakerMention[]): SpeakerMention | null {
	const named = mentions.filter((m) => m.text);
	const pick = named.find((m) => m.known && m.speaks) ?? named.find((m) => m.known) ?? named.find((m) => m.speaks) ?? named[0];
	return pick ?? null;
}

function datesIn(text: string, span: Span): FrameDate[] {
	const slice = text.slice(span.start, span.end);
	return findFigures(slice).flatMap((f) => {
		if (f.kind !== 'year' && !(f.kind === 'date' && f.value >= YEAR_PLACE)) return [];
		const year = f.kind === 'year' ? f.value : Math.floor(f.value / YEAR_PLACE);
		const month = f.kind === 'date' ? Math.floor((f.value % YEAR_PLACE) / 100) || null : null;
		const day = f.kind === 'date' ? f.value % 100 || null : null;
		return [{ text: f.raw, span: { start: span.start + f.span.start, end: span.start + f.span.end }, year, month, day }];
	});
}

function occasionsIn(text: string, span: Span): { text: string; span: Span }[] {
	const slice = text.slice(span.start, span.end);
	return [...slice.matchAll(OCCASION)].map((m) => ({ text: m[0], span: { start: span.start + m.index, end: span.start + m.index + m[0].length } }));
}
