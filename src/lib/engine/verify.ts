/**
 * One check, stage by stage: claim -> tokens -> candidate windows ->
 * alignment and measures -> judge -> ranking -> result. Nothing else.
 */
import { isRole, maskLinksAndMarkup, parseClaim, uncheckable } from './claim/index.ts';
import type { SourceIndex } from './corpus/index.ts';
import { examine, examineWindows, findWindows, type Candidate } from './match/index.ts';

import { contextOf, tokenise, type Token } from './text/index.ts';
import type { CheckResult, CorpusDocument, Difference, NotFoundReason, NotFoundResult, ParsedClaim, SourceMatch, Span } from './types.ts';
import { compareCandidates, contextDifferences, CUTOFFS, isSpeakerConflict, judge, notFoundReason, reasonFor, type Cutoffs, type Judged } from './verdict/index.ts';

/** Candidate windows aligned per check: enough for repeated paragraphs and near-duplicate copies. */
const CANDIDATES = 6;
/** Characters of a pasted claim that are read; a longer paste is checked on its beginning. */
export const MAX_CLAIM_CHARS = 4000;
/** Words of a claim that are aligned: a quote is rarely longer, and alignment grows with its square. */
export const MAX_CLAIM_WORDS = 250;

export function verify(claimText: string, index: SourceIndex, cutoffs: Cutoffs = CUTOFFS): CheckResult {
	const started = now();
	const read = readClaim(claimText, index);
	if ('cannot' in read) return notFound(read.claim, read.cannot.reason, null, started, read.cannot.sentence);
	const judged = judgeAll(read.candidates, read.claim, index, cutoffs).sort(compareCandidates);
	return resultOf(read.claim, judged, index, started, cutoffs);
}

/** The claim read and its candidate passages measured: everything before the judge, for verify and for calibration. */
export type ClaimReading = { claim: ParsedClaim; candidates: Candidate[] } | { claim: ParsedClaim; cannot: { reason: NotFoundReason; sentence: string } };

export function readClaim(claimText: string, index: SourceIndex): ClaimReading {
	const original = String(claimText ?? '');
	const claim: ParsedClaim = { ...parseClaim(original.slice(0, MAX_CLAIM_CHARS), index.registry), original };
	const { tokens, text, hadAny } = claimTokens(original, claim.quoteSpans);
	const cannot = uncheckable(tokens, hadAny, index.words);
	if (cannot) return { claim, cannot };
	const favoured = speakerDocuments(claim, index);
	const words = { tokens, original, speakerAsWritten: claim.speakerAsWritten ?? null };
	const windows = findWindows(text, index, CANDIDATES, (doc) => favoured.has(doc));
	return { claim, candidates: examineWindows(windows, (w) => examine(w, words, index)) };
}

/** Each candidate with the judge's verdict on it and whether its speaker is the one the claim names. */
export function judgeAll(candidates: Candidate[], claim: ParsedClaim, index: SourceIndex, cutoffs: Cutoffs): Judged[] {
	return candidates.map((c) => {
		const named = claimedIn(claim, index.document(c.match.doc)!, index);
		const conflict = isSpeakerConflict(named, c.match.attribution, (a, b) => index.registry.samePerson(a, b));
		const speakerAgrees = Boolean(named && c.match.attribution.speaker && !conflict);
		return { ...c, verdict: judge(c.measures, c.differences, conflict, cutoffs), speakerAgrees };
	});
}

function resultOf(claim: ParsedClaim, judged: Judged[], index: SourceIndex, started: number, cutoffs: Cutoffs): CheckResult {
	const best = judged[0];
	if (!best || best.verdict === 'not_found') {
		const near = best && best.measures.similarity >= cutoffs.nearestSimilarity ? withContext(best.match, index) : null;
		return notFound(claim, near && best.measures.longestRun >= cutoffs.minSharedRun ? 'not the same statement' : 'not in corpus', near, started);
	}
	const doc = index.document(best.match.doc)!;
	const named = claimedIn(claim, doc, index);
	// "Bush" names whichever Bush the source gives the words to; "the head of state", the report's leader.
	const claimedSpeaker = named && best.speakerAgrees ? best.match.attribution.speaker : claim.claimedSpeaker;
	const differences: Difference[] = [...best.differences, ...contextDifferences(claim, doc)];
	if (best.verdict === 'misattributed') differences.push(speakerDifference(claimedSpeaker, best.match));
	return {
		claim,
		claimedSpeaker,
		verdict: best.verdict,
		score: round(best.measures.similarity),
		source: withContext(best.match, index),
		differences,
		reason: reasonFor(best.verdict, differences, claimedSpeaker, best.match.attribution, doc.publisher ?? 'the publisher'),
		notFound: null,
		nearest: null,
		alsoIn: judged.slice(1).filter((c) => c.verdict !== 'not_found' && !overlaps(c, best)).map((c) => withContext(c.match, index)),
		elapsedMs: now() - started
	};
}

const speakerDocumentsMemo = new WeakMap<SourceIndex, Map<string, Set<number>>>();

/** Documents whose manifest lists the speaker the claim names (memoised per index and name). */
function speakerDocuments(claim: ParsedClaim, index: SourceIndex): Set<number> {
	const named = claim.speakerAsWritten;
	if (!named) return new Set();
	if (!speakerDocumentsMemo.has(index)) speakerDocumentsMemo.set(index, new Map());
	const memo = speakerDocumentsMemo.get(index)!;
	let docs = memo.get(named);
	if (!docs) {
		docs = new Set();
		index.corpus.documents.forEach((d, k) => {
			if (d.speakers.some((s) => index.registry.samePerson(named, s))) docs!.add(k);
		});
		memo.set(named, docs);
	}
	return docs;
}

/** The words of the stretches checked, as one token list, and their text for the candidate search. */
function claimTokens(original: string, stretches: Span[]): { tokens: Token[]; text: string; hadAny: boolean } {
	let hadAny = false;
	const tokens: Token[] = [];
	const texts: string[] = [];
	stretches.forEach((span, k) => {
		const { masked, hadAny: had } = maskLinksAndMarkup(original.slice(span.start, span.end));
		hadAny ||= had;
		const own = tokenise(masked, span.start);
		if (k > 0 && own[0]) own[0].seam = true;
		tokens.push(...own);
		texts.push(masked);
	});
	return { tokens: tokens.slice(0, MAX_CLAIM_WORDS), text: texts.join(' '), hadAny };
}

function notFound(claim: ParsedClaim, reason: NotFoundReason, nearest: SourceMatch | null, started: number, sentence = notFoundReason(reason)): NotFoundResult {
	return {
		claim,
		claimedSpeaker: claim.claimedSpeaker,
		verdict: 'not_found',
		score: 0,
		source: null,
		differences: [],
		reason: sentence,
		notFound: reason,
		nearest,
		alsoIn: [],
		elapsedMs: now() - started
	};
}

function speakerDifference(claimed: string | null, match: SourceMatch): Difference {
	return { type: 'speaker', severity: 'frame', claim: claimed ?? '', source: match.attribution.speaker ?? 'narration', claimSpan: null, sourceSpan: match.attribution.cueSpan };
}

/**
 * The speaker the claim names, as the source document would resolve it: a role
 * ("the head of state") means the document's own leader, and a role the document
 * cannot resolve names nobody it can contradict.
 */
function claimedIn(claim: ParsedClaim, doc: CorpusDocument, index: SourceIndex): string | null {
	const named = claim.speakerAsWritten ?? null;
	if (!named || !isRole(named)) return named;
	const leader = doc.speakers[0] ? index.registry.canonical(doc.speakers[0]) : null;
	return index.registry.resolve(named, leader);
}

/** The match with the sentences around it, for display. */
function withContext(match: SourceMatch, index: SourceIndex): SourceMatch {
	return { ...match, context: contextOf(index.document(match.doc)!.text, match.span) };
}

function overlaps(x: Candidate, y: Candidate): boolean {
	return x.match.doc === y.match.doc && x.match.span.start < y.match.span.end && y.match.span.start < x.match.span.end;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
