/**
 * Reading a corpus into word arrays. Reading words (scanning characters, naming
 * each word) is most of a build, so a document an earlier index already read
 * (same id, same text) is copied from it: adding one source to an indexed
 * collection reads only that source. The postings are then sorted again over
 * the whole corpus, which takes a fraction of the reading.
 */
import { indexKey, RawWordTable, scanWordSpans } from '../text/index.ts';
import type { CorpusDocument } from '../types.ts';
import { buildPairs, buildRareWords, idArray } from './postings.ts';
import { SPAN_STRIDE, type WordArrays } from './word-arrays.ts';

/** An index already built, whose documents' words may be copied instead of read again. */
export type EarlierWords = { words: WordArrays; documents: readonly CorpusDocument[] };

/** Growable typed arrays of word ids and checkpoints. */
class Growing {
	ids: Uint32Array;
	checkpoints: Uint32Array;
	n = 0;
	c = 0;

	constructor(words: number) {
		this.ids = new Uint32Array(words);
		this.checkpoints = new Uint32Array(Math.ceil(words / SPAN_STRIDE) + 1);
	}

	room(words: number, checkpoints: number): void {
		if (this.n + words > this.ids.length) this.ids = grown(this.ids, this.n + words);
		if (this.c + checkpoints > this.checkpoints.length) this.checkpoints = grown(this.checkpoints, this.c + checkpoints);
	}
}

function grown(array: Uint32Array, least: number): Uint32Array {
	const bigger = new Uint32Array(Math.max(least, array.length * 2));
	bigger.set(array);
	return bigger;
}

/** `onRead(done)`: called after each document is read (or copied), so a long build can show progress. */
export function readWords(documents: readonly CorpusDocument[], earlier?: EarlierWords, onRead?: (done: number) => void): WordArrays {
	const vocabulary = new Map<string, number>(earlier?.words.vocabulary);
	const out = new Growing(documents.reduce((n, d) => n + Math.ceil(d.text.length / 4) + 1, 0));
	const docFirst = new Uint32Array(documents.length + 1);
	const checkFirst = new Uint32Array(documents.length + 1);
	const before = new Map(earlier?.documents.map((d, i) => [d.id, i]));
	const raws = new RawWordTable();
	const idOf = (raw: string) => {
		const key = indexKey(raw);
		let id = vocabulary.get(key);
		if (id === undefined) vocabulary.set(key, (id = vocabulary.size));
		return id;
	};
	documents.forEach((doc, d) => {
		[docFirst[d], checkFirst[d]] = [out.n, out.c];
		const e = before.get(doc.id);
		if (earlier && e !== undefined && earlier.documents[e].text === doc.text) copyDocument(earlier.words, e, out);
		else {
			scanWordSpans(doc.text, (start, end, hash) => {
				out.room(1, 1);
				if ((out.n - docFirst[d]) % SPAN_STRIDE === 0) out.checkpoints[out.c++] = start;
				out.ids[out.n++] = raws.idAt(doc.text, start, end, hash, idOf);
			});
		}
		onRead?.(d + 1);
	});
	[docFirst[documents.length], checkFirst[documents.length]] = [out.n, out.c];
	return wordArrays(out, docFirst, checkFirst, vocabulary);
}

/** Document e of an earlier index, appended: its ids (that index's vocabulary is this one's start) and checkpoints. */
function copyDocument(words: WordArrays, e: number, out: Growing): void {
	const [from, to] = [words.docFirst[e], words.docFirst[e + 1]];
	const [cFrom, cTo] = [words.checkFirst[e], words.checkFirst[e + 1]];
	out.room(to - from, cTo - cFrom);
	out.ids.set(words.ids.subarray(from, to), out.n);
	out.checkpoints.set(words.checkpoints.subarray(cFrom, cTo), out.c);
	out.n += to - from;
	out.c += cTo - cFrom;
}

function wordArrays(out: Growing, docFirst: Uint32Array, checkFirst: Uint32Array, vocabulary: Map<string, number>): WordArrays {
	const n = out.n;
	const counts = new Uint32Array(vocabulary.size);
	for (let p = 0; p < n; p++) counts[out.ids[p]]++;
	// Words only documents no longer here used are dropped, so the vocabulary is what a fresh build finds.
	const { keep, size } = renumbering(counts);
	const ids = idArray(size, n);
	for (let p = 0; p < n; p++) ids[p] = keep[out.ids[p]];
	const kept = new Map<string, number>();
	const frequency = new Uint32Array(size);
	for (const [key, id] of vocabulary) if (counts[id] > 0) kept.set(key, keep[id]), (frequency[keep[id]] = counts[id]);
	return {
		ids,
		docFirst,
		checkpoints: out.checkpoints.slice(0, out.c),
		checkFirst,
		vocabulary: kept,
		frequency,
		pairs: buildPairs(ids, docFirst, size),
		rareWords: buildRareWords(ids, frequency)
	};
}

/** New ids for the words that occur, in the order of the old ones. */
function renumbering(counts: Uint32Array): { keep: Uint32Array; size: number } {
	const keep = new Uint32Array(counts.length);
	let size = 0;
	for (let id = 0; id < counts.length; id++) if (counts[id] > 0) keep[id] = size++;
	return { keep, size };
}
