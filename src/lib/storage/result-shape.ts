/**
 * Reads a CheckResult of unknown shape (stored by this or an earlier version, or
 * imported from a file) field by field, and brings it to the current shape:
 * a result saved before claims were read in stretches gets `quoteSpans` =
 * [quoteSpan], `unchecked` = null and the claim's speaker as `claimedSpeaker`.
 * Only the fields the app knows are kept, so the page never meets anything else.
 */
import type {
	Attribution,
	CheckResult,
	ClaimFrame,
	Difference,
	DifferenceType,
	EvidenceKind,
	FrameDate,
	NotFoundReason,
	ParsedClaim,
	Severity,
	SourceMatch,
	Verdict
} from '#lib/engine/index.ts';
import { fault, isRecord, MAX_SHORT_CHARS, readList, readNullableText, readNumber, readSpan, readText, readWord } from './shape.ts';

/**
 * Longest claim kept, in characters: a whole long article pasted is about 50,000;
 * the engine reads only the first 4,000. Anything longer is a broken or forged entry
 * that would slow every search of History.
 */
export const MAX_CLAIM_CHARS = 100_000;
/** Longest reason: the engine's are one sentence (under 300 characters). */
const MAX_REASON_CHARS = 2000;
/** Longest source passage: what a claim of MAX_CLAIM_CHARS could cover, and some. */
const MAX_PASSAGE_CHARS = 200_000;
/** Most differences, further sources or stretches one result may list; the engine gives tens at most. */
const MAX_ITEMS = 1000;

export const VERDICTS = { exact: true, close: true, reworded: true, altered: true, misattributed: true, not_found: true } satisfies Record<Verdict, true>;
const NOT_FOUND = { 'nothing to check': true, 'too short': true, 'not in corpus': true, 'not the same statement': true, 'too long': true } satisfies Record<NotFoundReason, true>;
const SEVERITIES = { trivial: true, wording: true, meaning: true, frame: true } satisfies Record<Severity, true>;
const DIFFERENCES = {
	number: true, negation: true, entity: true, word: true, omission: true, insertion: true,
	spelling: true, punctuation: true, ellipsis: true, speaker: true, context: true
} satisfies Record<DifferenceType, true>;
const EVIDENCE = {
	'transcript label': true, attribution: true, 'reported speech': true, headline: true,
	'default speaker': true, 'quoted by another': true, narration: true
} satisfies Record<EvidenceKind, true>;

export function readResult(value: unknown): CheckResult {
	if (!isRecord(value)) fault('has no result');
	const verdict = readWord(value.verdict, VERDICTS, 'verdict');
	const claim = readClaim(value.claim);
	const base = {
		claim,
		claimedSpeaker: value.claimedSpeaker === undefined ? claim.claimedSpeaker : readNullableText(value.claimedSpeaker, "claimed speaker's name"),
		differences: readList(value.differences, MAX_ITEMS, 'differences').map((d) => readDifference(d, claim.original.length)),
		reason: readText(value.reason, MAX_REASON_CHARS, 'reason'),
		alsoIn: readList(value.alsoIn, MAX_ITEMS, 'further sources').map(readMatch),
		elapsedMs: readNumber(value.elapsedMs, 0, Number.MAX_VALUE, 'time the check took')
	};
	const score = readNumber(value.score, 0, 1, 'score between 0 and 1');
	if (verdict === 'not_found') {
		if (value.source !== null) fault('is “not found” yet names a source');
		const nearest = value.nearest === null || value.nearest === undefined ? null : readMatch(value.nearest);
		return { ...base, verdict, score, source: null, notFound: readWord(value.notFound, NOT_FOUND, 'reason for “not found”'), nearest };
	}
	return { ...base, verdict, score, source: readMatch(value.source), notFound: null, nearest: null };
}

function readClaim(value: unknown): ParsedClaim {
	if (!isRecord(value)) fault('has no claim in its result');
	const original = readText(value.original, MAX_CLAIM_CHARS, 'claim in its result');
	const quoteSpan = readSpan(value.quoteSpan, original.length, 'claim span');
	const claim: ParsedClaim = {
		original,
		quoteSpan,
		quoteSpans: value.quoteSpans === undefined ? [quoteSpan] : readList(value.quoteSpans, MAX_ITEMS, 'claim spans').map((s) => readSpan(s, original.length, 'claim span')),
		unchecked: value.unchecked === undefined || value.unchecked === null ? null : readSpan(value.unchecked, original.length, 'unchecked span'),
		attributionText: readNullableText(value.attributionText, 'attribution'),
		claimedSpeaker: readNullableText(value.claimedSpeaker, "claimed speaker's name")
	};
	if (value.speakerAsWritten !== undefined) claim.speakerAsWritten = readNullableText(value.speakerAsWritten, 'speaker as written');
	if (value.frame !== undefined) claim.frame = readFrame(value.frame, original.length);
	return claim;
}

function readFrame(value: unknown, length: number): ClaimFrame {
	if (!isRecord(value)) fault("has no claim's frame");
	const phrase = (p: unknown) => {
		if (!isRecord(p)) fault('has no phrase of the frame');
		return { text: readText(p.text, MAX_SHORT_CHARS, 'phrase of the frame'), span: readSpan(p.span, length, 'frame span') };
	};
	return {
		speaker: value.speaker === null ? null : phrase(value.speaker),
		dates: readList(value.dates, MAX_ITEMS, 'dates').map((d) => readFrameDate(d, length)),
		occasions: readList(value.occasions, MAX_ITEMS, 'occasions').map(phrase)
	};
}

function readFrameDate(value: unknown, length: number): FrameDate {
	if (!isRecord(value)) fault('has no date of the frame');
	const part = (n: unknown, max: number) => (n === null ? null : readNumber(n, 1, max, 'month or day of a date'));
	return {
		text: readText(value.text, MAX_SHORT_CHARS, 'date of the frame'),
		span: readSpan(value.span, length, 'date span'),
		year: readNumber(value.year, -9999, 9999, 'year of a date'),
		month: part(value.month, 12),
		day: part(value.day, 31)
	};
}

function readDifference(value: unknown, claimLength: number): Difference {
	if (!isRecord(value)) fault('has a difference that is not one');
	return {
		type: readWord(value.type, DIFFERENCES, 'kind of difference'),
		severity: readWord(value.severity, SEVERITIES, 'weight of a difference'),
		claim: readText(value.claim, MAX_CLAIM_CHARS, "difference's claim words"),
		source: readText(value.source, MAX_PASSAGE_CHARS, "difference's source words"),
		claimSpan: value.claimSpan === null ? null : readSpan(value.claimSpan, claimLength, 'difference span'),
		sourceSpan: value.sourceSpan === null ? null : readSpan(value.sourceSpan, null, 'difference span')
	};
}

/** A passage: its text is the document's words at its span, so the two must be the same length. */
function readMatch(value: unknown): SourceMatch {
	if (!isRecord(value)) fault('has no source passage');
	const span = readSpan(value.span, null, 'source span');
	const text = readText(value.text, MAX_PASSAGE_CHARS, 'source passage');
	if (text.length !== span.end - span.start) fault('has a source passage whose span does not fit its text');
	const context = readSpan(value.context, null, 'context span');
	if (context.start > span.start || context.end < span.end) fault('has a source passage outside its context');
	const doc = readText(value.doc, MAX_SHORT_CHARS, 'source document');
	if (doc === '') fault('has no source document');
	return { doc, span, text, context, attribution: readAttribution(value.attribution), similarity: readNumber(value.similarity, 0, 1, 'similarity between 0 and 1') };
}

function readAttribution(value: unknown): Attribution {
	if (!isRecord(value)) fault('has no speaker for its passage');
	return {
		speaker: readNullableText(value.speaker, "speaker's name"),
		evidence: readWord(value.evidence, EVIDENCE, 'kind of speaker evidence'),
		cue: readText(value.cue, MAX_SHORT_CHARS, 'speaker cue'),
		cueSpan: value.cueSpan === null ? null : readSpan(value.cueSpan, null, 'cue span')
	};
}
