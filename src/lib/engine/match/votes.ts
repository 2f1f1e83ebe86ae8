/**
 * The tally behind findWindows: votes per (document, band of diagonals). A
 * check reads tens of thousands of postings at archive scale, so this is kept
 * cheap: no object or closure per posting, and the document of a posting found
 * by binary search only when it leaves the previous posting's document
 * (postings are in position order).
 */
import { docAt, type WordArrays } from '../corpus/index.ts';

/** Table size a tally starts with (a power of two); it doubles whenever it is half full. */
const INITIAL_TABLE = 1024;

export class DiagonalVotes {
	/**
	 * Bucket key -> slot + 1 (0: empty), open addressing with linear probing; slots are in the order
	 * buckets first got a vote. A Map did the same at twice the cost: this is the hottest loop of a check.
	 */
	private table = new Int32Array(INITIAL_TABLE);
	private mask = INITIAL_TABLE - 1;
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

	/** The document (index into corpus.documents) of the bucket in `slot`: its key says it. */
	docOf(slot: number): number {
		return Math.floor(this.keys[slot] / this.docKeyStride);
	}

	/** The slot of bucket `key`, or -1 when it has no votes. */
	slot(key: number): number {
		return this.table[this.probe(key)] - 1;
	}

	/** Where bucket `key` is in the table, or the empty place it would take. */
	private probe(key: number): number {
		const { table, mask, keys } = this;
		let h = hashOf(key) & mask;
		while (table[h] !== 0 && keys[table[h] - 1] !== key) h = (h + 1) & mask;
		return h;
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
			const h = this.probe(key);
			const slot = this.table[h] - 1;
			if (slot < 0) {
				this.table[h] = this.keys.push(key);
				this.votes.push(weight);
				this.first.push(first);
				this.last.push(last);
				if (2 * this.keys.length > this.table.length) this.grow();
			} else this.add(slot, weight, first, last);
		}
	}

	/**
	 * The votes pair (a, b) at claim words i, i + 1 would cast into the buckets that already have
	 * some, found by reading the corpus along each bucket's diagonals instead of the pair's places
	 * (a pair of common words has hundreds of thousands). No bucket is opened.
	 */
	castWhereVoted(a: number, b: number, i: number, weight: number): void {
		const { words, claimWords: n, bucketWidth, docKeyStride } = this;
		const { ids, docFirst } = words;
		const buckets = this.keys.length;
		for (let slot = 0; slot < buckets; slot++) {
			const doc = this.docOf(slot);
			const [docStart, docEnd] = [docFirst[doc], docFirst[doc + 1]];
			// Bucket q holds diagonals docStart - n + q·width up to the next bucket's; bucket 0 every one below too.
			const q = this.keys[slot] - doc * docKeyStride;
			const from = q === 0 ? docStart : Math.max(docStart, docStart - n + q * bucketWidth + i);
			// A pair's first word is never a document's last.
			const to = Math.min(docEnd - 1, docStart - n + (q + 1) * bucketWidth + i);
			for (let p = from; p < to; p++) if (ids[p] === a && ids[p + 1] === b) this.add(slot, weight, Math.max(docStart, p - i), p + (n - i));
		}
	}

	private add(slot: number, weight: number, first: number, last: number): void {
		this.votes[slot] += weight;
		if (first < this.first[slot]) this.first[slot] = first;
		if (last > this.last[slot]) this.last[slot] = last;
	}

	/** Twice the table, every bucket placed again in slot order. */
	private grow(): void {
		const table = new Int32Array(this.table.length * 2);
		const mask = table.length - 1;
		for (let slot = 0; slot < this.keys.length; slot++) {
			let h = hashOf(this.keys[slot]) & mask;
			while (table[h] !== 0) h = (h + 1) & mask;
			table[h] = slot + 1;
		}
		[this.table, this.mask] = [table, mask];
	}

	/** The most votes any bucket has (0 when none has any). */
	strongest(): number {
		let best = 0;
		for (const v of this.votes) best = Math.max(best, v);
		return best;
	}
}

/** Spreads bucket keys (neighbours are often consecutive integers) over a table's slots. */
function hashOf(key: number): number {
	// Keys past 2^32 only fold onto their low bits: they collide more, never mix up, since slots compare whole keys.
	let h = key | 0;
	h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
	return h ^ (h >>> 16);
}
