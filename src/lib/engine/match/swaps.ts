/**
 * One word put for another inside a verbatim stretch of a quotation: a change of the quote, not
 * another translation or a paraphrase, which reword more than one word ("an axis of peace,
 * arming to threaten" for "an axis of evil, arming to threaten"). differences.ts finds where
 * such a word stands; judgeSwaps decides, once every difference is known, what it is.
 */
import type { AlignOp } from './align.ts';
import { isContent } from './measures.ts';
import { mayBeSlip } from './typos.ts';
import type { Token } from '../text/index.ts';
import type { Difference } from '../types.ts';

/**
 * Words paired as the same word (or a spelling of it) around a replaced one, at least one on each
 * side (a word at the edge may only cut the sentence differently), for it to stand inside a verbatim stretch.
 */
export const FLANK_WORDS = 6;

type PairOp = Extract<AlignOp, { op: 'pair' }>;

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
 * One content word for one other: not a misspelling of it ("wite" for "write") nor another form
 * of its root ("greatest" for "great"), which change no meaning.
 */
export function isSwap(cs: Token[], ss: Token[]): boolean {
	if (cs.length !== 1 || ss.length !== 1 || !isContentWord(cs[0]) || !isContentWord(ss[0])) return false;
	const [x, y] = [cs[0].norm, ss[0].norm];
	return !mayBeSlip(x, y) && !sameRoot(x, y);
}

/**
 * In a quotation, the one swap of a claim that rewords nothing else is a change of meaning.
 * Reported speech promises only the statement, so there a swap stays a wording.
 */
export function judgeSwaps(swaps: Difference[], differences: Difference[], verbatim: boolean): void {
	if (!verbatim || swaps.length !== 1) return;
	const rewordedElsewhere = differences.some((d) => d !== swaps[0] && d.severity === 'wording');
	if (!rewordedElsewhere) swaps[0].severity = 'meaning';
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
