/**
 * Segmented postings: documents appended to an index get small postings tables
 * of their own beside the main ones, so adding a source sorts that source's
 * pairs, not the corpus's. Positions are global and a later segment holds later
 * positions, so the places of a pair (or a word) are its places in the main
 * tables followed by its places in each segment: the same ascending list a
 * fresh build gives. Segments are merged when there are too many, and before a
 * snapshot (which stores one table, as a fresh build would): their rows are merged
 * with the main table's, no pair sorted again.
 */
import { buildPairs, buildRareWords, mergedPairs, pairRange, placesOfWords, rareWordLimit, type PairPostings } from './postings.ts';
import type { WordArrays } from './word-arrays.ts';

/** Postings of documents appended after the main tables were built: every position from `first` on. */
export type PostingsSegment = {
	first: number;
	pairs: PairPostings;
	/** The places of every word of the segment, however common: its rarity is the whole corpus's to judge. */
	words: { offsets: Uint32Array; positions: Uint32Array };
};

/** With this many segments, the next add merges them all into one table. */
const MAX_SEGMENTS = 4;
/** ...and so does an add of more than this share of the words already indexed: its segment would be no small table. */
const MAX_SEGMENT_SHARE = 0.25;

const EMPTY = new Uint32Array(0);
/** The word places of a segment merged at once, which nothing reads. */
const NO_WORDS = { offsets: EMPTY, positions: EMPTY };

type Postings = Pick<WordArrays, 'pairs' | 'rareWords' | 'added'>;

/** One table for the whole corpus, as a fresh build makes. */
export function wholePostings(ids: Uint32Array | Uint16Array, docFirst: Uint32Array, frequency: Uint32Array): Postings {
	return { pairs: buildPairs(ids, docFirst, frequency.length, frequency), rareWords: buildRareWords(ids, frequency), added: [] };
}

/**
 * The postings once documents fromDoc.. (docFirst holds every document's first position, and
 * the end) follow those of `earlier`: earlier's tables and one more segment, or one table again.
 */
export function appendedPostings(earlier: WordArrays, ids: Uint32Array | Uint16Array, docFirst: Uint32Array, fromDoc: number, frequency: Uint32Array): Postings {
	const [first, end] = [docFirst[fromDoc], docFirst[docFirst.length - 1]];
	const counts = new Uint32Array(frequency.length);
	for (let p = first; p < end; p++) counts[ids[p]]++;
	const pairs = buildPairs(ids, docFirst.subarray(fromDoc), frequency.length, counts);
	if (earlier.added.length >= MAX_SEGMENTS || end - first > MAX_SEGMENT_SHARE * first) {
		return mergedPostings({ ids, frequency, pairs: earlier.pairs, added: [...earlier.added, { first, pairs, words: NO_WORDS }] });
	}
	const segment: PostingsSegment = { first, pairs, words: placesOfWords(ids, first, end, counts, Infinity) };
	return { pairs: earlier.pairs, rareWords: earlier.rareWords, added: [...earlier.added, segment] };
}

/** The same arrays with one postings table, as a fresh build makes: what a snapshot stores. */
export function compacted(words: WordArrays): WordArrays {
	return words.added.length === 0 ? words : { ...words, ...mergedPostings(words) };
}

/** The segments merged into the main table (no pair sorted again), and the rare words read again at the corpus's limit. */
function mergedPostings({ ids, frequency, pairs, added }: Pick<WordArrays, 'ids' | 'frequency' | 'pairs' | 'added'>): Postings {
	const tables = [pairs, ...added.map((s) => s.pairs)];
	return { pairs: mergedPairs(tables, frequency.length), rareWords: buildRareWords(ids, frequency), added: [] };
}

/** The places of the pair (a, b), ascending: empty when the corpus never has it. */
export function pairPlaces(words: WordArrays, a: number, b: number): Uint32Array {
	const [from, to] = pairRange(words.pairs, a, b);
	const main = words.pairs.positions.subarray(from, to);
	if (words.added.length === 0) return main;
	return joined([main, ...words.added.map((s) => s.pairs.positions.subarray(...pairRange(s.pairs, a, b)))]);
}

/** The places of word `id`, ascending, when it is rare enough in the corpus to place a claim alone; null when it is not. */
export function rareWordPlaces(words: WordArrays, id: number): Uint32Array | null {
	const { rareWords, frequency } = words;
	if (words.added.length === 0) {
		return frequency[id] > rareWords.limit ? null : rareWords.positions.subarray(rareWords.offsets[id], rareWords.offsets[id + 1]);
	}
	if (frequency[id] > rareWordLimit(words.ids.length)) return null;
	const inSegments = words.added.map(({ words: w }) => (id + 1 < w.offsets.length ? w.positions.subarray(w.offsets[id], w.offsets[id + 1]) : EMPTY));
	const inMain = frequency[id] - inSegments.reduce((n, part) => n + part.length, 0);
	// The corpus grew, so its rare-word limit did: a word just above the main table's limit is read from its pairs.
	const main = inMain === 0 ? EMPTY : inMain <= rareWords.limit ? rareWords.positions.subarray(rareWords.offsets[id], rareWords.offsets[id + 1]) : mainPlacesFromPairs(words, id);
	return joined([main, ...inSegments]);
}

/** Word id's places in the main table's documents: where it starts a pair, and where it ends a document. */
function mainPlacesFromPairs(words: WordArrays, id: number): Uint32Array {
	const { byFirst, start, positions } = words.pairs;
	const places: number[] = [];
	for (let row = byFirst[id]; row < byFirst[id + 1]; row++) for (let k = start[row]; k < start[row + 1]; k++) places.push(positions[k]);
	const { docFirst, ids } = words;
	const mainEnd = words.added[0].first;
	for (let d = 0; d + 1 < docFirst.length && docFirst[d + 1] <= mainEnd; d++) {
		if (docFirst[d + 1] > docFirst[d] && ids[docFirst[d + 1] - 1] === id) places.push(docFirst[d + 1] - 1);
	}
	return Uint32Array.from(places).sort();
}

/** The parts one after another; the part itself when it is the only one with places. */
function joined(parts: readonly Uint32Array[]): Uint32Array {
	const filled = parts.filter((part) => part.length > 0);
	if (filled.length <= 1) return filled[0] ?? EMPTY;
	const out = new Uint32Array(filled.reduce((n, part) => n + part.length, 0));
	let at = 0;
	for (const part of filled) out.set(part, at), (at += part.length);
	return out;
}

/** Bytes the segments' arrays hold. */
export function segmentBytes(words: WordArrays): number {
	const arrays = words.added.flatMap((s) => [s.pairs.byFirst, s.pairs.second, s.pairs.start, s.pairs.positions, s.words.offsets, s.words.positions]);
	return arrays.reduce((n, a) => n + a.byteLength, 0);
}
