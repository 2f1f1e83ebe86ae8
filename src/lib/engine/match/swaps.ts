/**
 * A word or a short phrase put for an unrelated one inside words the claim keeps verbatim: a
 * change of what was said, not another translation or a paraphrase, which reword more than
 * that ("an axis of peace, arming to threaten" for "an axis of evil, arming to threaten";
 * "math and science" for "reading and writing"). differences.ts finds where such words stand;
 * judgeSwaps decides, once every difference is known, what they are.
 */
import type { AlignOp } from './align.ts';
import { isContent } from './measures.ts';
import { mayBeSlip } from './typos.ts';
import type { Token } from '../text/index.ts';
import type { Difference } from '../types.ts';

/** Words the claim keeps verbatim (the same word or a spelling of it) at least, for its swaps to stand inside a verbatim stretch. */
const FLANK_WORDS = 6;
/** ...in reported speech, which promises only the statement: a swap there must sit in a longer verbatim stretch. */
const REPORTED_FLANK_WORDS = 8;
/** Claim words put for others at most, in at most this many places: more is a rewording. */
const MAX_SWAPPED_WORDS = 3;
const MAX_SWAPS = 2;

type PairOp = Extract<AlignOp, { op: 'pair' }>;

/** Words put for others (a wording until judgeSwaps decides), how many on each side, and whether verbatim words stand on both sides of them or on one only. */
export type Swap = { replaced: Difference; inside: boolean; claimWords: number; sourceWords: number };

/** For each pair of the same word, how many such pairs side by side end (`ending`) or start (`starting`) with it. */
export function verbatimRuns(ops: AlignOp[]): { ending: Map<AlignOp, number>; starting: Map<AlignOp, number> } {
	const verbatim = ops.filter((o): o is PairOp => o.op === 'pair' && (o.kind === 'same' || o.kind === 'spelling'));
	const ending = new Map<AlignOp, number>();
	const starting = new Map<AlignOp, number>();
	const adjacent = (x: PairOp, y: PairOp) => y.i === x.i + 1 && y.j === x.j + 1;
	verbatim.forEach((o, k) => ending.set(o, k > 0 && adjacent(verbatim[k - 1], o) ? ending.get(verbatim[k - 1])! + 1 : 1));
	for (let k = verbatim.length - 1; k >= 0; k--) {
		const o = verbatim[k];
		starting.set(o, k + 1 < verbatim.length && adjacent(o, verbatim[k + 1]) ? starting.get(verbatim[k + 1])! + 1 : 1);
	}
	return { ending, starting };
}

/**
 * Content words for other content words, a few at most: none a misspelling ("wite" for "write")
 * nor another form of the same root ("greatest" for "great") of a word it stands for, which change no meaning.
 */
export function isSwap(cs: Token[], ss: Token[]): boolean {
	if (cs.length > MAX_SWAPPED_WORDS || ss.length > MAX_SWAPPED_WORDS) return false;
	const [ours, theirs] = [cs.filter(isContentWord), ss.filter(isContentWord)];
	if (!ours.length || !theirs.length) return false;
	return ours.every((x) => theirs.every((y) => !mayBeSlip(x.norm, y.norm) && !sameRoot(x.norm, y.norm)));
}

/**
 * Swaps in a claim that rewords nothing else change what it says: a quotation promises the very
 * words, and reported speech that keeps every other word of a long stretch says the source's
 * statement with other facts in it. Words reworded elsewhere make the claim a paraphrase, whose swaps are wordings.
 */
export function judgeSwaps(swaps: Swap[], differences: Difference[], verbatim: boolean, verbatimWords: number): void {
	if (!fewInVerbatimWords(swaps, verbatim, verbatimWords)) return;
	const replaced = swaps.map((s) => s.replaced);
	if (differences.some((d) => !replaced.includes(d) && d.severity === 'wording')) return;
	for (const d of replaced) d.severity = 'meaning';
}

/**
 * A few words in a place or two, among enough verbatim ones. Reported speech rewords phrases
 * ("built on" for "founded upon"), so there only a word for a word is a swap; so it is at the
 * edge of a quotation, where a longer stretch may only cut the sentence elsewhere.
 */
function fewInVerbatimWords(swaps: Swap[], verbatim: boolean, verbatimWords: number): boolean {
	if (!swaps.length || swaps.length > MAX_SWAPS || verbatimWords < (verbatim ? FLANK_WORDS : REPORTED_FLANK_WORDS)) return false;
	if (swaps.reduce((n, s) => n + s.claimWords, 0) > MAX_SWAPPED_WORDS) return false;
	const wordForWord = (s: Swap) => s.claimWords === 1 && s.sourceWords === 1;
	return swaps.every((s) => wordForWord(s) || (verbatim && s.inside));
}

/** Letters, and share of the shorter word, that two forms of one root begin with at least ("greatest"/"great", "nation"/"national"). */
const ROOT_LETTERS = 4;
const ROOT_SHARE = 0.6;

/** Another form of the same word, which the stemmer did not meet: a rewording, not another word. */
function sameRoot(x: string, y: string): boolean {
	let n = 0;
	while (n < x.length && n < y.length && x[n] === y[n]) n++;
	return n >= ROOT_LETTERS && n >= ROOT_SHARE * Math.min(x.length, y.length);
}

function isContentWord(t: Token): boolean {
	return t.kind === 'word' && isContent(t);
}
