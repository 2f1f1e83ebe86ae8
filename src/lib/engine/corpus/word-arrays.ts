/**
 * The whole corpus as word ids in one typed array, with what the candidate
 * search reads (pair and rare-word postings) and what turns a word position
 * back into text (the start of every few words; the others are read again from
 * there). About 11 bytes a word in all, against about 12 for the UTF-16 text.
 */
import { indexKey, RawWordTable, scanWordSpans, wordSpanAfter } from '../text/index.ts';
import type { CorpusDocument, Span } from '../types.ts';
import { buildPairs, buildRareWords, idArray, type PairPostings, type RareWordPostings } from './postings.ts';

/** The whole corpus as word ids. Position p is the p-th word of the corpus. */
export type WordArrays = {
	/** Word id (indexKey) of each position; 16 bits while the vocabulary fits. */
	ids: Uint32Array | Uint16Array;
	/** First position of each document, plus the total at the end. */
	docFirst: Uint32Array;
	/** Start (UTF-16 offset in its own document) of positions 0, SPAN_STRIDE, 2 × SPAN_STRIDE, … */
	checkpoints: Uint32Array;
	/** Word id by key, and how often each id occurs. */
	vocabulary: Map<string, number>;
	frequency: Uint32Array;
	pairs: PairPostings;
	rareWords: RareWordPostings;
};

/** Every this many words the start is kept: finding another reads at most this many words again. */
export const SPAN_STRIDE = 16;

export function readWords(documents: CorpusDocument[]): WordArrays {
	const vocabulary = new Map<string, number>();
	const estimate = documents.reduce((n, d) => n + Math.ceil(d.text.length / 4) + 1, 0);
	let ids: Uint32Array = new Uint32Array(estimate);
	let checkpoints: Uint32Array = new Uint32Array(Math.ceil(estimate / SPAN_STRIDE) + 1);
	const docFirst = new Uint32Array(documents.length + 1);
	let n = 0;
	const raws = new RawWordTable();
	const idOf = (raw: string) => {
		const key = indexKey(raw);
		let id = vocabulary.get(key);
		if (id === undefined) vocabulary.set(key, (id = vocabulary.size));
		return id;
	};
	documents.forEach((doc, d) => {
		docFirst[d] = n;
		scanWordSpans(doc.text, (start, end, hash) => {
			if (n === ids.length) ids = grow(ids);
			if (n % SPAN_STRIDE === 0) {
				if (n / SPAN_STRIDE >= checkpoints.length) checkpoints = grow(checkpoints);
				checkpoints[n / SPAN_STRIDE] = start;
			}
			ids[n++] = raws.idAt(doc.text, start, end, hash, idOf);
		});
	});
	docFirst[documents.length] = n;
	const sized = idArray(vocabulary.size, n);
	sized.set(ids.subarray(0, n));
	const frequency = new Uint32Array(vocabulary.size);
	for (let p = 0; p < n; p++) frequency[sized[p]]++;
	return {
		ids: sized,
		docFirst,
		checkpoints: checkpoints.slice(0, Math.ceil(n / SPAN_STRIDE)),
		vocabulary,
		frequency,
		pairs: buildPairs(sized, docFirst, vocabulary.size),
		rareWords: buildRareWords(sized, frequency)
	};
}

function grow(array: Uint32Array): Uint32Array {
	const bigger = new Uint32Array(array.length * 2);
	bigger.set(array);
	return bigger;
}

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
	const kept = Math.floor(p / SPAN_STRIDE) * SPAN_STRIDE;
	const [from, skip] = kept >= words.docFirst[doc] ? [words.checkpoints[kept / SPAN_STRIDE], p - kept] : [0, p - words.docFirst[doc]];
	const span = wordSpanAfter(text, from, skip);
	if (!span) throw new Error(`wordSpan: position ${p} is not in this document's text`);
	return span;
}

/** The index's typed arrays by name: what a snapshot stores, one flat record a store can cut into chunks. */
export type NamedArrays = {
	ids: Uint32Array | Uint16Array;
	docFirst: Uint32Array;
	checkpoints: Uint32Array;
	frequency: Uint32Array;
	pairsByFirst: Uint32Array;
	pairsSecond: Uint32Array | Uint16Array;
	pairsStart: Uint32Array;
	pairsPositions: Uint32Array;
	rareOffsets: Uint32Array;
	rarePositions: Uint32Array;
};

export function namedArrays(words: WordArrays): NamedArrays {
	const { ids, docFirst, checkpoints, frequency, pairs, rareWords } = words;
	return {
		ids,
		docFirst,
		checkpoints,
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
		frequency: a.frequency,
		vocabulary: new Map(vocabulary.map((key, id) => [key, id])),
		pairs: { byFirst: a.pairsByFirst, second: a.pairsSecond, start: a.pairsStart, positions: a.pairsPositions },
		rareWords: { limit: rareLimit, offsets: a.rareOffsets, positions: a.rarePositions }
	};
}

/** Bytes the index's typed arrays hold (the vocabulary's strings and map come on top: a few MB at most). */
export function indexBytes(words: WordArrays): number {
	return Object.values(namedArrays(words)).reduce((sum: number, array: Uint32Array | Uint16Array) => sum + array.byteLength, 0);
}
