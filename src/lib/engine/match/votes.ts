/**
 * The tally behind findWindows: votes per (document, band of diagonals). A
 * check reads tens of thousands of postings at archive scale, so this is kept
 * cheap: no object or closure per posting, and the document of a posting found
 * by binary search only when it leaves the previous posting's document
 * (postings are in position order).
 */
import { docAt, type WordArrays } from '../corpus/index.ts';


export class DiagonalVotes {
	/** Bucket key -> slot; slots are in the order buckets first got a vote, as a Map of entries kept them. */
	private readonly slotOf = new Map<number, number>();
	readonly keys: number[] = [];
	readonly votes: number[] = [];
	/** Corpus positions [first, last) the bucket's votes reach. */
	readonly first: number[] = [];
	readonly last: number[] = [];

	/**
	 * Bucket keys of one document lie below this stride, one more than its longest needs, so a
	 * bucket's neighbour key is never another document's. Small keys stay small integers,
	 * which a Map hashes much faster than the fractional-looking doubles of a fixed 1e8 stride.
	 */
	private readonly docKeyStride: number;

	/** `claimWords`: how many words the claim has; `bucketWidth`: diagonals per bucket. */
	constructor(
		private readonly words: WordArrays,
		private readonly claimWords: number,
		private readonly bucketWidth: number
	) {
		let longest = 0;
		for (let d = 0; d + 1 < words.docFirst.length; d++) longest = Math.max(longest, words.docFirst[d + 1] - words.docFirst[d]);
		this.docKeyStride = Math.floor((longest + claimWords) / bucketWidth) + 2;
	}

	get size(): number {
		return this.keys.length;
	}

	/** The slot of bucket `key`, or -1 when it has no votes. */
	slot(key: number): number {
		return this.slotOf.get(key) ?? -1;
	}

	/** Each corpus position in positions[from, to) votes `weight` for the diagonal it puts claim word i on. */
	cast(positions: ArrayLike<number>, from: number, to: number, i: number, weight: number): void {
		const { words, claimWords: n, bucketWidth, docKeyStride } = this;
		const docFirst = words.docFirst;
		let doc = 0;
		let docStart = 0;
		let docEnd = -1;
		for (let k = from; k < to; k++) {
			const p = positions[k];
			if (p < docStart || p >= docEnd) {
				doc = docAt(words, p);
				[docStart, docEnd] = [docFirst[doc], docFirst[doc + 1]];
			}
			const diagonal = p - i;
			// Keyed within the document, so votes at the start of one never join votes at the end of the one before.
			const key = doc * docKeyStride + Math.floor(Math.max(0, diagonal - docStart + n) / bucketWidth);
			const first = Math.max(docStart, diagonal);
			const last = p + (n - i);
			const slot = this.slotOf.get(key);
			if (slot === undefined) {
				this.slotOf.set(key, this.keys.length);
				this.keys.push(key);
				this.votes.push(weight);
				this.first.push(first);
				this.last.push(last);
			} else {
				this.votes[slot] += weight;
				if (first < this.first[slot]) this.first[slot] = first;
				if (last > this.last[slot]) this.last[slot] = last;
			}
		}
	}

	/** The most votes any bucket has (0 when none has any). */
	strongest(): number {
		let best = 0;
		for (const v of this.votes) best = Math.max(best, v);
		return best;
	}
}
