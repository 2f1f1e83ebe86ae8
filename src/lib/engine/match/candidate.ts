/**
 * One candidate passage: a window of the corpus read closely against the claim
 * (tokens, alignment, moved clauses, differences, speaker) into neutral
 * measures, and the order in which windows are read.
 */
import type { SourceIndex } from '../corpus/index.ts';
import { weigher, wordSpan } from '../corpus/index.ts';
import { speakerOf } from '../speakers/index.ts';
import { contextOf, isNegator, lemmasOf, sentenceSpan, STOP_WORDS, tokenise, type Token } from '../text/index.ts';
import type { Difference, SourceMatch, Span } from '../types.ts';
import { align, type AlignOp, type Alignment } from './align.ts';
import { pairKinds, type PairKinds } from './pair-kinds.ts';
import type { Window } from './candidates.ts';
import { readAlignment } from './differences.ts';
import { accountedOf, coverageOf, longestRunOf, overlapOf, type Measures } from './measures.ts';
import { resegment } from './resegment.ts';

/** Leftover runs aligned again per passage, so junk with many short runs stays cheap. */
const MAX_MOVED_RUNS = 8;
/** Characters read beyond a window on each side, so a figure's qualifier ("about", "almost") is not cut off. */
const WINDOW_MARGIN = 40;
/** A run of this many leftover claim words is aligned again elsewhere in the passage: a clause moved. */
const MOVED_RUN = 3;
/** ...and counts as moved when it aligns this well there (0..1). */
const MOVED_MIN = 0.6;

/** A passage read against the claim: what differs, how much it accounts for, and who speaks in it. No verdict. */
export type Candidate = { window: Window; differences: Difference[]; measures: Measures; match: SourceMatch };

/** The claim as the matching stages read it: its tokens, its text as pasted, and the speaker it names. */
export type ClaimWords = {
	tokens: Token[];
	original: string;
	speakerAsWritten: string | null;
	/** The claim puts these words in quotation marks: it promises the very words, not only the statement. */
	verbatim: boolean;
};

/**
 * `window` read against the claim. A window whose text (and the sentences it stands in) is word for
 * word one already read for this claim, as near-duplicate copies of an address mostly are, is not
 * read again: the earlier reading is moved to its place, and only its speaker is found anew.
 */
export function examine(window: Window, claim: ClaimWords, index: SourceIndex): Candidate {
	const region = regionOf(window, index);
	const earlier = readFor(claim, index);
	const same = earlier.find((r) => sameText(r, region, claim, index));
	if (same) return moved(same, window, region.from - same.from, claim, index);
	const reading = readWindow(window, claim, index, region);
	earlier.push(reading);
	return reading.candidate;
}

/** Characters compared beyond the text a window is read in: a sentence end looks ahead, punctuation is read after a word. */
const SAME_TEXT_MARGIN = 64;

/** The characters of document `doc` a window is read in, [from, to), with its first word at `first`. */
type Region = { doc: number; first: number; from: number; to: number };

function regionOf(window: Window, index: SourceIndex): Region {
	const { text } = index.corpus.documents[window.doc];
	const first = wordSpan(index.words, text, window.first).start;
	const from = Math.max(0, first - WINDOW_MARGIN);
	const to = Math.min(text.length, wordSpan(index.words, text, window.last - 1).end + WINDOW_MARGIN);
	return { doc: window.doc, first, from, to };
}

/** Whether the window of `region` reads as the one `r` read: the same text, the same around it. */
function sameText(r: Reading, region: Region, claim: ClaimWords, index: SourceIndex): boolean {
	const text = (x: Region) => index.corpus.documents[x.doc].text;
	if (r.to - r.from !== region.to - region.from || r.first - r.from !== region.first - region.from) return false;
	if (text(r).slice(r.from, r.to) !== text(region).slice(region.from, region.to)) return false;
	r.key ??= aroundKey(r, claim, index);
	return r.key !== null && r.key === aroundKey(region, claim, index);
}

/**
 * What the reading of a region looks at around it, as one string with offsets relative to the
 * region: the sentences it stands in, or one more on each side for a claim with a figure (its
 * differences read the sentences around). Null when that text ends in white space before the
 * document does: a sentence end's look-ahead may then read past it.
 */
function aroundKey({ doc, from, to }: Region, claim: ClaimWords, index: SourceIndex): string | null {
	const { text } = index.corpus.documents[doc];
	const around = claim.tokens.some((t) => t.kind === 'figure') ? contextOf(text, { start: from, end: to }) : sentenceSpan(text, { start: from, end: to });
	const start = Math.max(0, Math.min(around.start, from) - SAME_TEXT_MARGIN);
	const end = Math.min(text.length, Math.max(around.end, to) + SAME_TEXT_MARGIN);
	if (end < text.length && /\s/.test(text[end - 1])) return null;
	return `${from - start} ${end - from} ${start === 0} ${end === text.length}|${text.slice(start, end)}`;
}

/** A window read: its candidate, its region, and the source words paired (they say who speaks); `key` once asked (aroundKey). */
type Reading = Region & { candidate: Candidate; paired: Span[]; key?: string | null };

/** Windows read for one claim (one ClaimWords, made per piece checked). */
const readings = new WeakMap<ClaimWords, { index: SourceIndex; read: Reading[] }>();

function readFor(claim: ClaimWords, index: SourceIndex): Reading[] {
	let kept = readings.get(claim);
	if (!kept || kept.index !== index) readings.set(claim, (kept = { index, read: [] }));
	return kept.read;
}

/** A reading of the same text elsewhere, `delta` characters on, given to `window`: spans moved, its own speaker. */
function moved(same: Reading, window: Window, delta: number, claim: ClaimWords, index: SourceIndex): Candidate {
	const doc = index.corpus.documents[window.doc];
	const shift = (s: Span): Span => ({ start: s.start + delta, end: s.end + delta });
	const { differences, measures, match } = same.candidate;
	const span = shift(match.span);
	return {
		window,
		differences: differences.map((d) => ({ ...d, sourceSpan: d.sourceSpan && shift(d.sourceSpan) })),
		measures,
		match: {
			...match,
			doc: doc.id,
			span,
			text: doc.text.slice(span.start, span.end),
			context: span,
			attribution: speakerOf(index.passages(doc.id), same.paired.map(shift), claim.speakerAsWritten, index.registry)
		}
	};
}

function readWindow(window: Window, claim: ClaimWords, index: SourceIndex, region: Region): Reading {
	const { first, from, to } = region;
	const { words, corpus } = index;
	const doc = corpus.documents[window.doc];
	const read = tokenise(doc.text.slice(from, to), from).filter((t) => t.span.start >= first - WINDOW_MARGIN);
	const { claim: a, source: b } = resegment(claim.tokens, read, claim.original, doc.text);
	const weight = weigher(words);
	const isKnown = (t: Token) => words.vocabulary.has(t.stem);
	const kinds = pairKinds(a, b, isKnown);
	const alignment = withoutStrayEdges(withMovedClauses(align(a, b, weight, isKnown, kinds), a, b, weight, isKnown, kinds), a, b, doc.text);
	const reading = readAlignment(alignment.ops, a, b, { claim: claim.original, source: doc.text, verbatim: claim.verbatim });
	const span = reading.sourceSpan ?? { start: from, end: from };
	const sentence = sentenceSpan(doc.text, span);
	const sentenceTokens = b.filter((t) => t.span.start >= sentence.start && t.span.end <= sentence.end);
	const measures: Measures = {
		...coverageOf(alignment.ops, a, b, weight, reading.firstJ, reading.lastJ),
		...accountedOf(alignment.ops, a, reading.differences, weight, (t) => t.kind !== 'word' || t.capital || isKnown(t) || lemmasOf(t.norm).length > 0, sentenceTokens, b),
		longestRun: longestRunOf(alignment.ops, a, b),
		overlap: overlapOf(a, sentenceTokens, weight)
	};
	const paired = alignment.ops.flatMap((o) => (o.op === 'pair' && o.kind !== 'mismatch' ? [b[o.j].span] : []));
	const match: SourceMatch = {
		doc: doc.id,
		span,
		text: doc.text.slice(span.start, span.end),
		// Widened to sentences only for the passages shown (verify.ts).
		context: span,
		attribution: speakerOf(index.passages(doc.id), paired, claim.speakerAsWritten, index.registry),
		similarity: round(measures.similarity)
	};
	return { ...region, candidate: { window, differences: reading.differences, measures, match }, paired };
}

/** A window with this share of the best one's votes may hold the same words again (a repeated paragraph). */
const REPEAT_VOTE_SHARE = 0.6;
/** A first window this similar to the claim (0..1) is its source: weaker-voted ones are not aligned. */
const SURE_SIMILARITY = 0.85;

/**
 * Aligns the windows, best-voted first, and stops once the first holds the claim (verbatim
 * or nearly): weaker windows cannot be a better source, and only a window voted nearly as
 * well can be a further place the same words stand.
 */
export function examineWindows(windows: Window[], examineOne: (w: Window) => Candidate): Candidate[] {
	const out: Candidate[] = [];
	for (const w of windows) {
		const first = out[0];
		const sure = first && (first.differences.length === 0 || first.measures.similarity >= SURE_SIMILARITY);
		if (sure && w.votes < REPEAT_VOTE_SHARE * first.window.votes) break;
		out.push(examineOne(w));
	}
	return out;
}

/** Aligns leftover runs of claim words again, so a clause put in another order still counts (as a wording change). */
function withMovedClauses(alignment: Alignment, a: Token[], b: Token[], weight: (t: Token) => number, isKnown: (t: Token) => boolean, kinds: PairKinds): Alignment {
	const ops = [...alignment.ops];
	let runs = 0;
	for (let k = 0; k < ops.length && runs < MAX_MOVED_RUNS; k++) {
		let end = k;
		while (end < ops.length && ops[end].op === 'claim') end++;
		if (end - k < MOVED_RUN) continue;
		const run = ops.slice(k, end).map((o) => a[(o as { i: number }).i]);
		if (run.every((t) => STOP_WORDS.has(t.norm))) continue;
		runs++;
		// A run of claim ops holds consecutive claim words, so its pair kinds are rows of the whole claim's.
		const offset = (ops[k] as { i: number }).i;
		const again = align(run, b, weight, isKnown, kinds.subarray(offset * b.length, (offset + run.length) * b.length));
		const runWeight = run.reduce((s, t) => s + weight(t), 0);
		if (again.score / runWeight < MOVED_MIN) continue;
		const moved = again.ops.filter((o) => o.op !== 'source').map((o) => ('i' in o ? { ...o, i: o.i + offset } : o));
		ops.splice(k, end - k, ...moved);
		k += moved.length;
	}
	return { ops, score: alignment.score };
}

/**
 * Function words paired at the edge of a match, across a sentence end from its first or
 * last content word ("... not loudly or openly. It is the specific feature"), are not part
 * of it: they are left unpaired, so a "not" of the sentence before is no negation of this one.
 */
function withoutStrayEdges(alignment: Alignment, a: Token[], b: Token[], text: string): Alignment {
	const ops = [...alignment.ops];
	const pairs = ops.flatMap((o, k) => (o.op === 'pair' && o.kind !== 'mismatch' ? [k] : []));
	const contentPairs = pairs.filter((k) => !STOP_WORDS.has(a[(ops[k] as { i: number }).i].norm) && !isNegator(a[(ops[k] as { i: number }).i].norm));
	if (!contentPairs.length) return alignment;
	const j = (k: number) => (ops[k] as { j: number }).j;
	// Across a sentence end, and past source words the claim leaves out: "added. One example" stays whole.
	const strays = (k1: number, k2: number) =>
		/[.!?]\s/.test(text.slice(b[j(k1)].span.end, b[j(k2)].span.start)) && hasSourceOp(ops, k1, k2);
	const [first, last] = [contentPairs[0], contentPairs.at(-1)!];
	for (let k = 0; k < ops.length; k++) {
		const op = ops[k];
		if (op.op !== 'pair' || !(k < first ? strays(k, first) : k > last && strays(last, k))) continue;
		ops[k] = { op: 'claim', i: op.i };
	}
	unpairStrayBlocks(ops, b, text);
	const firstPair = ops.findIndex((o) => o.op === 'pair');
	const beforeAnyPair = (k: number) => firstPair < 0 || k < firstPair;
	return { ops: ops.filter((o, k) => !(o.op === 'source' && (k < first || k > last) && beforeAnyPair(k))), score: alignment.score };
}

/** Whether a source word left out stands among ops[from, to). */
function hasSourceOp(ops: AlignOp[], from: number, to: number): boolean {
	for (let k = from; k < to; k++) if (ops[k].op === 'source') return true;
	return false;
}

/** Source words skipped between a match and a word or two paired beyond them that mark those as chance. */
const STRAY_GAP = 5;
/** Pairs that few, cut off at the edge by such a gap, are chance, not part of the match. */
const STRAY_BLOCK = 2;

/**
 * "... when our experts join us, and mutual problems ... issue": a word or two paired past the
 * end of a match (or before its start), beyond source words the claim leaves out or in the
 * source's next sentence, stand there by chance; they are left unpaired, so the words around
 * them count as the claim's own additions.
 */
function unpairStrayBlocks(ops: AlignOp[], b: Token[], text: string): void {
	const j = (k: number) => (ops[k] as { j: number }).j;
	// Across a sentence end of the source, a word or two paired belong to another statement.
	const crossesSentence = (k1: number, k2: number) => /[.!?]["”’]?\s/.test(text.slice(b[Math.min(j(k1), j(k2))].span.end, b[Math.max(j(k1), j(k2))].span.start));
	for (const fromEnd of [true, false]) {
		const order = fromEnd ? [...ops.keys()].reverse() : [...ops.keys()];
		const block: number[] = [];
		let [gap, between] = [0, 0];
		for (const k of order) {
			const op = ops[k];
			if (op.op === 'pair' && op.kind !== 'mismatch') {
				if (block.length && (gap >= STRAY_GAP || (between > 0 && crossesSentence(k, block.at(-1)!)))) {
					for (const b of block) ops[b] = { op: 'claim', i: (ops[b] as { i: number }).i };
					break;
				}
				block.push(k);
				[gap, between] = [0, 0];
				if (block.length > STRAY_BLOCK) break;
			} else if (block.length) {
				if (op.op === 'source') gap++;
				between++;
			}
		}
	}
}

const round = (x: number) => Math.round(x * 1000) / 1000;
