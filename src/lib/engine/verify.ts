/**
 * One check, stage by stage: claim -> tokens -> candidate windows ->
 * alignment -> reading -> speaker -> verdict.
 */
import { closeness, examine, examineWindows, type Candidate } from './match/candidate.ts';
import { findWindows } from './match/candidates.ts';
import { isRole, parseClaim } from './claim/index.ts';
import { maskLinksAndMarkup, uncheckable } from './claim/index.ts';
import { contextOf } from './text/index.ts';
import type { SourceIndex } from './corpus/index.ts';
import { tokenise, type Token } from './text/index.ts';
import type { CheckResult, CorpusDocument, NotFoundReason, ParsedClaim, SourceMatch, Span } from './types.ts';
import { decide, isSpeakerConflict, NEAREST_MIN, notFoundReason, reasonFor, REWORDED_MIN } from './verdict/judge.ts';

/** Candidate windows aligned per check: enough for repeated paragraphs and near-duplicate copies. */
const CANDIDATES = 6;
/** Characters of a pasted claim that are read; a longer paste is checked on its beginning. */
export const MAX_CLAIM_CHARS = 4000;
/** Words of a claim that are aligned: a quote is rarely longer, and alignment grows with its square. */
export const MAX_CLAIM_WORDS = 250;

export function verify(claimText: string, index: SourceIndex): CheckResult {
	const started = now();
	const original = String(claimText ?? '');
	const parsed = parseClaim(original.slice(0, MAX_CLAIM_CHARS), index.registry);
	const claim: ParsedClaim = { ...parsed, original };
	const { tokens, text: masked, hadAny } = claimTokens(original, claim.quoteSpans);
	const cannot = uncheckable(tokens, hadAny, index.words);
	if (cannot) return notFound(claim, cannot.reason, null, started, cannot.sentence);
	const favoured = speakerDocuments(claim, index);
	const candidates = examineWindows(findWindows(masked, index, CANDIDATES, (doc) => favoured.has(doc)), (w) => examine(w, tokens, original, claim, index));
	candidates.sort((x, y) => rank(y, claim, index) - rank(x, claim, index));
	const best = candidates[0];
	if (!best || best.similarity < REWORDED_MIN) return notFound(claim, 'not in corpus', best && best.similarity >= NEAREST_MIN ? withContext(best.match, index) : null, started);
	const doc = index.document(best.match.doc)!;
	const named = claimedIn(claim, doc, index);
	const conflict = isSpeakerConflict(named, best.match.attribution, (a, b) => index.registry.samePerson(a, b));
	// "Bush" names whichever Bush the source gives the words to; "the head of state", the report's leader.
	if (named && !conflict && best.match.attribution.speaker) claim.claimedSpeaker = best.match.attribution.speaker;
	const differences = [...best.reading.differences];
	const verdict = decide(best.similarity, differences, conflict, best.paraphrase);
	if (verdict === 'not_found') return notFound(claim, 'not in corpus', withContext(best.match, index), started);
	if (conflict) differences.push(speakerDifference(claim, best.match));
	return {
		claim,
		claimedSpeaker: claim.claimedSpeaker,
		verdict,
		score: round(best.similarity),
		source: withContext(best.match, index),
		differences,
		reason: reasonFor(verdict, differences, claim.claimedSpeaker, best.match.attribution, doc.publisher ?? 'the publisher'),
		notFound: null,
		nearest: null,
		alsoIn: candidates.slice(1).filter((c) => c.similarity >= REWORDED_MIN && !sameText(c, best)).map((c) => withContext(c.match, index)),
		elapsedMs: now() - started
	};
}

/**
 * Best first: an accepted passage before others, then the best aligned; among equals
 * (within 0.02), one whose speaker agrees, then the earliest document.
 */
function rank(c: Candidate, claim: ParsedClaim, index: SourceIndex): number {
	const agrees = claim.speakerAsWritten && c.match.attribution.speaker && index.registry.samePerson(claim.speakerAsWritten, c.match.attribution.speaker);
	return (c.similarity >= REWORDED_MIN ? 1e4 : 0) + closeness(c.reading) * 1e3 + Math.round(c.aligned * 50) * 10 + (agrees ? 2 : 0) - c.window.doc / 1e6 - c.window.first / 1e12;
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

function notFound(claim: ParsedClaim, reason: NotFoundReason, nearest: SourceMatch | null, started: number, sentence = notFoundReason(reason)): CheckResult {
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

function speakerDifference(claim: ParsedClaim, match: SourceMatch) {
	return {
		type: 'speaker' as const,
		severity: 'wording' as const,
		claim: claim.claimedSpeaker ?? '',
		source: match.attribution.speaker ?? 'narration',
		claimSpan: null,
		sourceSpan: match.attribution.cueSpan
	};
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

function sameText(x: Candidate, y: Candidate): boolean {
	return x.match.doc === y.match.doc && x.match.span.start < y.match.span.end && y.match.span.start < x.match.span.end;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());
