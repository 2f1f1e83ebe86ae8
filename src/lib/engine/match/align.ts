/**
 * Word-level alignment of a claim to a candidate passage: semi-global (every
 * claim word is aligned or left over; the passage may start and end anywhere),
 * tolerant of spelling variants, inflection, typos, replaced words and gaps.
 * An ellipsis in the claim skips any stretch of the source for free.
 */
import type { Token } from '../text/index.ts';
import { KINDS, MISMATCH, pairKinds, type PairKind, type PairKinds } from './pair-kinds.ts';

export type AlignOp =
	| { op: 'pair'; i: number; j: number; kind: PairKind }
	| { op: 'claim'; i: number } // a claim word with no counterpart
	| { op: 'source'; j: number } // a source word the claim leaves out
	| { op: 'skip'; i: number; from: number; to: number }; // the claim's ellipsis i stands for source words [from, to)

/** Credit a pairing earns, as a share of the claim word's weight (1 = the same word). */
export const PAIR_CREDIT: Record<PairKind, number> = {
	same: 1,
	spelling: 0.95,
	name: 0.9,
	typo: 0.8,
	figure: 0.9,
	synonym: 0.85,
	antonym: 0.7,
	unit: 0.7,
	modal: 0.7,
	inflection: 0.75,
	mismatch: 0
};

/** A claim word left over costs this share of its weight; a source word left out, this share of its own. */
const CLAIM_GAP = 0.8;
const SOURCE_GAP = 0.45;
/** A replaced word costs this share of the heavier word's weight: cheaper than a gap on each side. */
const MISMATCH_COST = 0.6;

/** PAIR_CREDIT by kind index (KINDS), read in the aligner's inner loop. */
const CREDIT_OF_KIND = Float64Array.from(KINDS, (kind) => PAIR_CREDIT[kind]);

export type WordWeight = (t: Token) => number;

export type Alignment = { ops: AlignOp[]; score: number };

/**
 * Aligns claim tokens `a` to source tokens `b`. `isKnownWord` tells a typo
 * (a word the corpus never uses) from a real word put in another's place.
 * `kinds` may be given when already known: rows of a larger claim's
 * `pairKinds` against the same `b`, so a clause aligned again costs no new comparisons.
 */
export function align(a: Token[], b: Token[], weight: WordWeight, isKnownWord: (t: Token) => boolean, kinds: PairKinds = pairKinds(a, b, isKnownWord)): Alignment {
	const n = a.length;
	const m = b.length;
	const width = m + 1;
	const H = new Float64Array((n + 1) * width);
	const from = new Int8Array((n + 1) * width); // 0 start, 1 pair, 2 claim gap, 3 source gap, 4 ellipsis skip
	const skipFrom = new Int32Array((n + 1) * width);
	const wa = a.map(weight);
	const wb = b.map(weight);
	for (let i = 1; i <= n; i++) {
		const row = i * width;
		const up = (i - 1) * width;
		const claimWeight = wa[i - 1];
		const claimGap = a[i - 1].bracketed ? 0.05 : claimWeight * CLAIM_GAP;
		H[row] = H[up] - claimGap;
		from[row] = 2;
		if (a[i - 1].kind === 'ellipsis') {
			skipRow(H, from, skipFrom, b, row, up, m);
			continue;
		}
		const kindRow = (i - 1) * m - 1;
		for (let j = 1; j <= m; j++) {
			const kind = kinds[kindRow + j];
			const gain = kind === MISMATCH ? -MISMATCH_COST * Math.max(claimWeight, wb[j - 1]) : CREDIT_OF_KIND[kind] * claimWeight;
			let best = H[up + j - 1] + gain;
			let how = 1;
			const viaClaimGap = H[up + j] - claimGap;
			if (viaClaimGap > best) {
				best = viaClaimGap;
				how = 2;
			}
			const sourceGap = b[j - 1].kind === 'ellipsis' ? 0.05 : wb[j - 1] * SOURCE_GAP;
			const viaSourceGap = H[row + j - 1] - sourceGap;
			if (viaSourceGap > best) {
				best = viaSourceGap;
				how = 3;
			}
			H[row + j] = best;
			from[row + j] = how;
		}
	}
	let endJ = 0;
	for (let j = 1; j <= m; j++) if (H[n * width + j] > H[n * width + endJ]) endJ = j;
	return { ops: traceBack(n, endJ, width, from, skipFrom, kinds, m), score: H[n * width + endJ] };
}

/** Row `row` of a claim ellipsis: it stands for any stretch of the source, from the best cell of the row above. */
function skipRow(H: Float64Array, from: Int8Array, skipFrom: Int32Array, b: Token[], row: number, up: number, m: number): void {
	let bestPrev = H[up];
	let bestPrevAt = 0;
	for (let j = 1; j <= m; j++) {
		if (H[up + j] > bestPrev) {
			bestPrev = H[up + j];
			bestPrevAt = j;
		}
		const same = b[j - 1].kind === 'ellipsis';
		const best = same ? Math.max(bestPrev, H[up + j - 1] + 0.1) : bestPrev;
		H[row + j] = best;
		from[row + j] = same && best !== bestPrev ? 1 : 4;
		skipFrom[row + j] = bestPrevAt;
	}
}

function traceBack(n: number, endJ: number, width: number, from: Int8Array, skipFrom: Int32Array, kinds: Uint8Array, m: number): AlignOp[] {
	const ops: AlignOp[] = [];
	let [i, j] = [n, endJ];
	while (i > 0) {
		const how = from[i * width + j];
		if (how === 1) {
			ops.push({ op: 'pair', i: i - 1, j: j - 1, kind: KINDS[kinds[(i - 1) * m + j - 1]] });
			i--, j--;
		} else if (how === 2 || (how === 0 && j === 0)) {
			ops.push({ op: 'claim', i: --i });
		} else if (how === 3) {
			ops.push({ op: 'source', j: --j });
		} else {
			const start = skipFrom[i * width + j];
			ops.push({ op: 'skip', i: i - 1, from: start, to: j });
			i--, (j = start);
		}
	}
	// Source words before the first aligned one are outside the passage, not left out of it.
	ops.reverse();
	const firstPair = ops.findIndex((o) => o.op === 'pair');
	return ops.filter((op, k) => op.op !== 'source' || (firstPair >= 0 && k > firstPair));
}
