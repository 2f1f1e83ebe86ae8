/**
 * One candidate passage: a window of the corpus read closely against the claim
 * (tokens, alignment, moved clauses, differences, speaker), and the order in
 * which windows are read.
 */
import { align, type AlignOp, type Alignment } from './align.ts';
import type { Window } from './candidates.ts';
import { overlapOf, readAlignment, type Reading } from './differences.ts';
import { STOP_WORDS } from '../text/index.ts';
import { speakerOf } from '../speakers/index.ts';
import { sentenceSpan } from '../text/index.ts';
import type { SourceIndex } from '../corpus/index.ts';
import { tokenise, type Token } from '../text/index.ts';
import type { ParsedClaim, SourceMatch } from '../types.ts';
import { ALTERED_MIN, isSameStatement, REWORDED_MIN, sharesAPhrase, similarityOf } from '../verdict/judge.ts';
import { weigher } from '../corpus/index.ts';

/** Leftover runs aligned again per passage, so junk with many short runs stays cheap. */
const MAX_MOVED_RUNS = 8;
/** Characters read beyond a window on each side, so a figure's qualifier ("about", "almost") is not cut off. */
const WINDOW_MARGIN = 40;
/** A run of this many leftover claim words is aligned again elsewhere in the passage: a clause moved. */
const MOVED_RUN = 3;
/** ...and counts as moved when it aligns this well there (0..1). */
const MOVED_MIN = 0.6;

/** `paraphrase`: accepted by the word-overlap test rather than by alignment (verdict.ts). */
export type Candidate = { window: Window; reading: Reading; similarity: number; aligned: number; paraphrase: boolean; match: SourceMatch };

export function examine(window: Window, claimTokens: Token[], claimText: string, claim: ParsedClaim, index: SourceIndex): Candidate {
	const { words, corpus } = index;
	const doc = corpus.documents[window.doc];
	const from = Math.max(0, words.starts[window.first] - WINDOW_MARGIN);
	const to = Math.min(doc.text.length, words.ends[window.last - 1] + WINDOW_MARGIN);
	const source = tokenise(doc.text.slice(from, to), from).filter((t) => t.span.start >= words.starts[window.first] - WINDOW_MARGIN);
	const weight = weigher(words);
	const isKnown = (t: Token) => words.vocabulary.has(t.stem);
	const alignment = withMovedClauses(align(claimTokens, source, weight, isKnown), claimTokens, source, weight, isKnown);
	const reading = readAlignment(alignment.ops, claimTokens, source, { claim: claimText, source: doc.text }, weight);
	const span = reading.sourceSpan ?? { start: from, end: from };
	const aligned = similarityOf(reading.coverage, reading.compactness);
	const paraphrase = () => {
		const around = sentenceSpan(doc.text, span);
		return overlapOf(claimTokens, source.filter((t) => t.span.start >= around.start && t.span.end <= around.end), weight);
	};
	const paired = alignment.ops.flatMap((o) => (o.op === 'pair' && o.kind !== 'mismatch' ? [source[o.j].span] : []));
	const match: SourceMatch = {
		doc: doc.id,
		span,
		text: doc.text.slice(span.start, span.end),
		// Widened to sentences only for the passages shown (withContext).
		context: span,
		attribution: speakerOf(index.passages(doc.id), paired, claim.speakerAsWritten ?? null, index.registry),
		similarity: round(aligned)
	};
	const isParaphrase = aligned < ALTERED_MIN && isSameStatement(aligned, paraphrase());
	const similarity = isParaphrase ? Math.max(aligned, REWORDED_MIN) : aligned;
	// Below the acceptance line unless they share a phrase: kept only as the nearest passage.
	const accepted = sharesAPhrase(longestRun(alignment.ops, claimTokens, source), reading.coverage) ? similarity : Math.min(similarity, REWORDED_MIN - 0.01);
	return { window, reading, similarity: accepted, aligned, paraphrase: isParaphrase, match };
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
		const sure = first && (closeness(first.reading) === 2 || first.aligned >= SURE_SIMILARITY);
		if (sure && w.votes < REPEAT_VOTE_SHARE * first.window.votes) break;
		out.push(examineOne(w));
	}
	return out;
}

/** Aligns leftover runs of claim words again, so a clause put in another order still counts (as a wording change). */
function withMovedClauses(alignment: Alignment, a: Token[], b: Token[], weight: (t: Token) => number, isKnown: (t: Token) => boolean): Alignment {
	const ops = [...alignment.ops];
	let runs = 0;
	for (let k = 0; k < ops.length && runs < MAX_MOVED_RUNS; k++) {
		let end = k;
		while (end < ops.length && ops[end].op === 'claim') end++;
		if (end - k < MOVED_RUN) continue;
		const run = ops.slice(k, end).map((o) => a[(o as { i: number }).i]);
		if (run.every((t) => STOP_WORDS.has(t.norm))) continue;
		runs++;
		const again = align(run, b, weight, isKnown);
		const runWeight = run.reduce((s, t) => s + weight(t), 0);
		if (again.score / runWeight < MOVED_MIN) continue;
		const offset = (ops[k] as { i: number }).i;
		const moved = again.ops.filter((o) => o.op !== 'source').map((o) => ('i' in o ? { ...o, i: o.i + offset } : o));
		ops.splice(k, end - k, ...moved);
		k += moved.length;
	}
	return { ops, score: alignment.score };
}

/**
 * The longest run of claim words aligned, in order and side by side, to source words,
 * among runs that hold a content word. A determiner put for another
 * ("its" for "the") joins a run without counting in it.
 */
function longestRun(ops: AlignOp[], a: Token[], b: Token[]): number {
	let [best, run, content, lastI, lastJ] = [0, 0, 0, -2, -2];
	// Function words the source has between two aligned words ("grew" / "has grown by") do not break a run.
	const nextInSource = (j: number) => j === lastJ + 1 || (j - lastJ <= 3 && b.slice(lastJ + 1, j).every((t) => STOP_WORDS.has(t.norm)));
	for (const op of ops) {
		if (op.op !== 'pair') continue;
		const adjacent = op.i === lastI + 1 && lastJ >= 0 && nextInSource(op.j);
		if (op.kind === 'mismatch') {
			if (!(adjacent && DETERMINERS.test(a[op.i].norm) && DETERMINERS.test(b[op.j].norm))) [run, content] = [0, 0];
			[lastI, lastJ] = [op.i, op.j];
			continue;
		}
		if (!adjacent) [run, content] = [0, 0];
		run++;
		if (!STOP_WORDS.has(a[op.i].norm)) content++;
		if (content >= 1) best = Math.max(best, run);
		[lastI, lastJ] = [op.i, op.j];
	}
	return best;
}

const DETERMINERS = /^(?:the|a|an|its|their|our|his|her|this|that|these|those|my|your)$/;

/** Exact (2) before close (1) before the rest (0), as SPEC ranks several sources. */
export function closeness(reading: Reading): number {
	if (reading.differences.length === 0) return 2;
	return reading.differences.every((d) => d.severity === 'trivial') ? 1 : 0;
}


const round = (x: number) => Math.round(x * 1000) / 1000;
