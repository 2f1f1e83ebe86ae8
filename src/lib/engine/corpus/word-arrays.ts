/**
 * The whole corpus as word ids in one typed array, with what the candidate
 * search reads (pair and rare-word postings) and what turns a word position
 * back into text (the start of every few words; the others are read again from
 * there). About 11 bytes a word in all, against about 12 for the UTF-16 text.
 */
import { wordSpanAfter } from '../text/index.ts';
import type { Span } from '../types.ts';
import type { PairPostings, RareWordPostings } from './postings.ts';
import { segmentBytes, type PostingsSegment } from './segments.ts';

/** The whole corpus as word ids. Position p is the p-th word of the corpus. */
export type WordArrays = {
	/** Word id (indexKey) of each position; 16 bits while the vocabulary fits. */
	ids: Uint32Array | Uint16Array;
	/** First position of each document, plus the total at the end. */
	docFirst: Uint32Array;
	/** Start (UTF-16 offset) of each document's words 0, SPAN_STRIDE, 2 × SPAN_STRIDE, …; document d's are from checkFirst[d]. */
	checkpoints: Uint32Array;
	checkFirst: Uint32Array;
	/** Word id by key, and how often each id occurs. */
	vocabulary: Map<string, number>;
	frequency: Uint32Array;
	/** The main postings tables: of every document when `added` is empty, else of those before added[0].first. */
	pairs: PairPostings;
	rareWords: RareWordPostings;
	/** Postings of documents appended since (segments.ts), oldest first; read them with pairPlaces and rareWordPlaces. */
	added: readonly PostingsSegment[];
};

/** Every this many words the start is kept: finding another reads at most this many words again. */
export const SPAN_STRIDE = 16;

/** The document (index into corpus.documents) position p is in. */
export function docAt(words: WordArrays, p: number): number {
	const first = words.docFirst;
	let lo = 0;
	let hi = first.length - 1;
	// The last document starting at or before p (empty documents start where the next one does).
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (first[mid] <= p) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** The UTF-16 span of position p inside its own document's text. */
export function wordSpan(words: WordArrays, text: string, p: number): Span {
	const doc = docAt(words, p);
	const local = p - words.docFirst[doc];
	const kept = Math.floor(local / SPAN_STRIDE);
	const span = wordSpanAfter(text, words.checkpoints[words.checkFirst[doc] + kept], local - kept * SPAN_STRIDE);
	if (!span) throw new Error(`wordSpan: position ${p} is not in this document's text`);
	return span;
}

/** The index's typed arrays by name: what a snapshot stores, one flat record a store can cut into chunks. */
export type NamedArrays = {
	ids: Uint32Array | Uint16Array;
	docFirst: Uint32Array;
	checkpoints: Uint32Array;
	checkFirst: Uint32Array;
	frequency: Uint32Array;
	pairsByFirst: Uint32Array;
	pairsSecond: Uint32Array | Uint16Array;
	pairsStart: Uint32Array;
	pairsPositions: Uint32Array;
	rareOffsets: Uint32Array;
	rarePositions: Uint32Array;
};

/** The arrays of an index with one postings table (segments.ts: compacted). */
export function namedArrays(words: WordArrays): NamedArrays {
	if (words.added.length > 0) throw new Error('namedArrays: merge the segments first (compacted)');
	const { ids, docFirst, checkpoints, checkFirst, frequency, pairs, rareWords } = words;
	return {
		ids,
		docFirst,
		checkpoints,
		checkFirst,
		frequency,
		pairsByFirst: pairs.byFirst,
		pairsSecond: pairs.second,
		pairsStart: pairs.start,
		pairsPositions: pairs.positions,
		rareOffsets: rareWords.offsets,
		rarePositions: rareWords.positions
	};
}

/** The word arrays again from their named arrays, the rare-word limit they were built with and the vocabulary (id = place). */
export function wordsFromNamed(a: NamedArrays, rareLimit: number, vocabulary: readonly string[]): WordArrays {
	return {
		ids: a.ids,
		docFirst: a.docFirst,
		checkpoints: a.checkpoints,
		checkFirst: a.checkFirst,
		frequency: a.frequency,
		vocabulary: new Map(vocabulary.map((key, id) => [key, id])),
		pairs: { byFirst: a.pairsByFirst, second: a.pairsSecond, start: a.pairsStart, positions: a.pairsPositions },
		rareWords: { limit: rareLimit, offsets: a.rareOffsets, positions: a.rarePositions },
		added: []
	};
}

/** Bytes the index's typed arrays hold (the vocabulary's strings and map come on top: a few MB at most). */
export function indexBytes(words: WordArrays): number {
	const main = namedArrays({ ...words, added: [] });
	return Object.values(main).reduce((sum: number, array: Uint32Array | Uint16Array) => sum + array.byteLength, segmentBytes(words));
}
