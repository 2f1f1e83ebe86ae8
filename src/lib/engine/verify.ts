/**
 * One check, stage by stage: claim -> tokens -> candidate windows ->
 * alignment and measures -> judge -> ranking -> result. Nothing else.
 */
import { isRole, maskLinksAndMarkup, parseClaim, piecesOf, promisesWords, uncheckable } from './claim/index.ts';
import type { SourceIndex } from './corpus/index.ts';
import { examine, examineWindows, findWindows, type Candidate } from './match/index.ts';

import { contextOf, tokenise, type Token } from './text/index.ts';
import type { CheckResult, CorpusDocument, Difference, FoundResult, NotFoundReason, NotFoundResult, ParsedClaim, SourceMatch, Span } from './types.ts';
import { compareCandidates, contextDifferences, CUTOFFS, isSpeakerConflict, judge, notFoundReason, reasonFor, verdictStands, type Cutoffs, type Judged } from './verdict/index.ts';

/** Candidate windows aligned per check: enough for repeated paragraphs and near-duplicate copies. */
const CANDIDATES = 6;
/** Characters of a pasted claim that are read: well beyond the words checked (claim/pieces.ts), so parsing stays linear and small. */
export const MAX_CLAIM_CHARS = 12_000;

export function verify(claimText: string, index: SourceIndex, cutoffs: Cutoffs = CUTOFFS): CheckResult {
	const started = now();
	return judgeReading(readClaim(claimText, index), index, cutoffs, started);
}

/** The judge's answer on a claim already read: calibration judges one reading under many cut-offs. */
export function judgeReading(read: ClaimReading, index: SourceIndex, cutoffs: Cutoffs = CUTOFFS, started = now()): CheckResult {
	if ('cannot' in read) return notFound(read.claim, read.cannot.reason, null, started, read.cannot.sentence);
	const judged = read.pieces.map((piece) => judgeAll(piece, read.claim, index, cutoffs).sort(compareCandidates));
	const framed = judged.length === 1 ? resultOf(read.claim, judged[0], index, started, cutoffs) : resultOfPieces(read.claim, judged, index, started, cutoffs);
	const result = read.whole ? withFrameAsSaid(framed, judgeAll(read.whole, read.claim, index, cutoffs).sort(compareCandidates), index, started, cutoffs) : framed;
	return read.claim.unchecked ? withUncheckedTail(result, index, started) : result;
}

/**
 * The claim read and its candidate passages measured, a list per piece: everything before the judge, for verify and for calibration.
 * `whole`: the candidates for the whole claim, frame and all, when its frame says when or where (restatesFrame).
 */
export type ClaimReading =
	| { claim: ParsedClaim; pieces: Candidate[][]; whole?: Candidate[] }
	| { claim: ParsedClaim; cannot: { reason: NotFoundReason; sentence: string } };

export function readClaim(claimText: string, index: SourceIndex): ClaimReading {
	const original = String(claimText ?? '');
	const parsed = parseClaim(original.slice(0, MAX_CLAIM_CHARS), index.registry);
	const { tokens, text, hadAny } = claimTokens(original, parsed.quoteSpans);
	const { pieces, unchecked } = piecesOf(tokens, original);
	const cut = original.length > MAX_CLAIM_CHARS ? { start: tokens.at(-1)?.span.end ?? MAX_CLAIM_CHARS, end: original.length } : null;
	const claim: ParsedClaim = { ...parsed, original, unchecked: unchecked ?? cut };
	const cannot = uncheckable(tokens, hadAny, index.words, index.registry);
	if (cannot) return { claim, cannot };
	const favoured = speakerDocuments(claim, index);
	const windowsOf = (piece: Token[]) => findWindows(pieces.length === 1 ? text : piece.map((t) => t.raw).join(' '), index, CANDIDATES, (doc) => favoured.has(doc));
	const examinePiece = (piece: Token[]) => {
		const words = { tokens: piece, original, speakerAsWritten: claim.speakerAsWritten ?? null, verbatim: promisesWords(claim) };
		return examineWindows(windowsOf(piece), (w) => examine(w, words, index));
	};
	const whole = pieces.length === 1 && restatesFrame(claim) ? examinePiece(claimTokens(original, [{ start: 0, end: original.length }]).tokens) : undefined;
	return { claim, pieces: pieces.map(examinePiece), whole };
}

/** A claim that does not quote, with an occasion in its frame ("..., Lukashenko said at a press conference after the talks"). */
function restatesFrame(claim: ParsedClaim): boolean {
	return !promisesWords(claim) && claim.attributionText !== null && (claim.frame?.occasions.length ?? 0) > 0;
}

/**
 * A claim that does not quote may retell a report's sentence whole, its attribution too
 * ("..., Lukashenko said at a press conference before the talks" for "... after the talks").
 * The frame is not checked as words, but a fact the source's own sentence states otherwise is
 * changed: when the whole claim is altered against the passage its words stand in, and every
 * change is in the frame, the claim is altered (SPEC: a word replaced by its opposite).
 */
function withFrameAsSaid(framed: CheckResult, whole: Judged[], index: SourceIndex, started: number, cutoffs: Cutoffs): CheckResult {
	const best = whole[0];
	if (!framed.source || !best || best.verdict !== 'altered' || !verdictStands(framed.verdict)) return framed;
	const samePassage = best.match.doc === framed.source.doc && best.match.span.start < framed.source.span.end && framed.source.span.start < best.match.span.end;
	// The source's sentence holds the claim's attribution itself: the claim retells it, not cites it.
	const speaker = framed.claim.frame?.speaker?.text.toLowerCase() ?? '';
	const saysWhoSpoke = speaker !== '' && best.match.text.toLowerCase().replace(/\s+/g, ' ').includes(speaker.replace(/\s+/g, ' '));
	const quote = framed.claim.quoteSpan;
	const inFrame = (d: Difference) => d.severity !== 'meaning' || (d.claimSpan !== null && (d.claimSpan.end <= quote.start || d.claimSpan.start >= quote.end));
	return samePassage && saysWhoSpoke && best.differences.every(inFrame) ? resultOf(framed.claim, whole, index, started, cutoffs) : framed;
}

/** Each candidate with the judge's verdict on it and whether its speaker is the one the claim names. */
function judgeAll(candidates: Candidate[], claim: ParsedClaim, index: SourceIndex, cutoffs: Cutoffs): Judged[] {
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

/**
 * A long claim checked in pieces stands only if every piece does: one piece not found makes
 * the whole not found (its nearest passage shown); otherwise the weakest verdict by SPEC's
 * precedence, with every piece's differences, and the pieces' span when one document holds them in order.
 */
function resultOfPieces(claim: ParsedClaim, pieces: Judged[][], index: SourceIndex, started: number, cutoffs: Cutoffs): CheckResult {
	const results = pieces.map((judged) => resultOf(claim, judged, index, started, cutoffs));
	const missing = results.find((r) => r.verdict === 'not_found');
	if (missing) {
		const near = results.find((r) => r.source)?.source ?? missing.nearest;
		return notFound(claim, near ? 'not the same statement' : 'not in corpus', near, started);
	}
	const found = results as FoundResult[];
	const verdict = PRECEDENCE.find((v) => found.some((r) => r.verdict === v))!;
	const [first, last] = [found[0], found.at(-1)!];
	const oneSpan = found.every((r, k) => r.source.doc === first.source.doc && (k === 0 || r.source.span.start >= found[k - 1].source.span.end));
	const span = oneSpan ? { start: first.source.span.start, end: last.source.span.end } : first.source.span;
	const text = index.document(first.source.doc)!.text;
	const source = withContext({ ...first.source, span, text: text.slice(span.start, span.end) }, index);
	const worst = found.find((r) => r.verdict === verdict)!;
	return { ...worst, verdict, source, differences: found.flatMap((r) => r.differences), score: Math.min(...found.map((r) => r.score)), elapsedMs: now() - started };
}

/** From weakest to strongest: a combined verdict is the first of these any piece has. */
const PRECEDENCE = ['altered', 'misattributed', 'reworded', 'close', 'exact'] as const;

/**
 * Words past the limit were not checked, so no verdict may say the claim stands: what would
 * stand becomes not found ("too long"), with the passage the checked words stand in. A change
 * or another speaker found in the checked words stays what it is, and the reason says what was checked.
 */
function withUncheckedTail(result: CheckResult, index: SourceIndex, started: number): CheckResult {
	const checkedWords = result.claim.original.slice(0, result.claim.unchecked!.start).split(/\s+/).filter(Boolean).length;
	const note = ` Only the first ${checkedWords.toLocaleString('en')} words were checked; the rest of the paste was not.`;
	if (result.verdict === 'altered' || result.verdict === 'misattributed' || result.verdict === 'not_found') return { ...result, reason: result.reason + note };
	return notFound(result.claim, 'too long', result.source, started, notFoundReason('too long') + note);
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

/** The words of the stretches checked, as one token list, and their text for the candidate search (of a one-piece claim). */
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
	return { tokens, text: texts.join(' '), hadAny };
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
