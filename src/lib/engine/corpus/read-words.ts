/**
 * Reading a corpus into word arrays. Reading words (scanning characters, naming
 * each word) is most of a build, so a document an earlier index already read
 * (same id, same text) is copied from it: adding one source to an indexed
 * collection reads only that source. When the new documents only follow the
 * earlier ones, their postings are a small segment beside the earlier index's
 * (segments.ts), so the add costs the source, not the collection.
 */
import { indexKey, WordIdReader } from '../text/index.ts';
import type { CorpusDocument } from '../types.ts';
import { idArray } from './postings.ts';
import { appendedPostings, wholePostings } from './segments.ts';
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

	/** Drops the arrays once what they hold is copied. */
	release(): void {
		[this.ids, this.checkpoints, this.n, this.c] = [EMPTY, EMPTY, 0, 0];
	}
}

const EMPTY = new Uint32Array(0);

function grown(array: Uint32Array, least: number): Uint32Array {
	const bigger = new Uint32Array(Math.max(least, array.length * 2));
	bigger.set(array);
	return bigger;
}

/** Word ids by spelling: the raw spellings seen so far, and the vocabulary (by indexKey) they name. */
class WordNamer {
	private readonly reader: WordIdReader;

	/** `chars`: about how many characters will be read. */
	constructor(
		readonly vocabulary: Map<string, number>,
		chars: number
	) {
		this.reader = new WordIdReader((raw) => {
			const key = indexKey(raw);
			let id = this.vocabulary.get(key);
			if (id === undefined) this.vocabulary.set(key, (id = this.vocabulary.size));
			return id;
		}, chars);
	}

	/** Appends the ids and checkpoints of every word of `text`. */
	read(text: string, out: Growing): void {
		// A word is followed by a character that starts none, so a text of n units has at most n / 2 + 1 words.
		out.room(Math.ceil(text.length / 2) + 1, Math.ceil(text.length / 2 / SPAN_STRIDE) + 1);
		this.reader.read(text, out, SPAN_STRIDE);
	}
}

/** `onRead(done)`: called after each document is read (or copied), so a long build can show progress. */
export function readWords(documents: readonly CorpusDocument[], earlier?: EarlierWords, onRead?: (done: number) => void): WordArrays {
	if (earlier && documents.length > earlier.documents.length && startsWith(documents, earlier.documents)) {
		return appendWords(earlier.words, documents, onRead);
	}
	const namer = new WordNamer(new Map(earlier?.words.vocabulary), charsOf(documents));
	const out = new Growing(documents.reduce((n, d) => n + Math.ceil(d.text.length / 4) + 1, 0));
	const docFirst = new Uint32Array(documents.length + 1);
	const checkFirst = new Uint32Array(documents.length + 1);
	const before = new Map(earlier?.documents.map((d, i) => [d.id, i]));
	documents.forEach((doc, d) => {
		[docFirst[d], checkFirst[d]] = [out.n, out.c];
		const e = before.get(doc.id);
		if (earlier && e !== undefined && earlier.documents[e].text === doc.text) copyDocument(earlier.words, e, out);
		else namer.read(doc.text, out);
		onRead?.(d + 1);
	});
	[docFirst[documents.length], checkFirst[documents.length]] = [out.n, out.c];
	return wordArrays(out, docFirst, checkFirst, namer.vocabulary);
}

const charsOf = (documents: readonly CorpusDocument[]) => documents.reduce((n, d) => n + d.text.length, 0);

/** True when the first documents of `documents` are `earlier`'s, in order, with the same texts. */
function startsWith(documents: readonly CorpusDocument[], earlier: readonly CorpusDocument[]): boolean {
	return earlier.every((d, i) => documents[i].id === d.id && documents[i].text === d.text);
}

/**
 * The earlier index followed by the documents after its own: its arrays copied (no word read
 * again, no id renumbered: every earlier word still occurs), the new documents read, and their
 * postings added as a segment (segments.ts).
 */
function appendWords(earlier: WordArrays, documents: readonly CorpusDocument[], onRead?: (done: number) => void): WordArrays {
	const kept = earlier.docFirst.length - 1;
	const total = earlier.ids.length;
	// The new words are read on their own and joined once: the earlier arrays are copied, never grown.
	const out = new Growing(documents.slice(kept).reduce((n, d) => n + Math.ceil(d.text.length / 2) + 1, 0));
	const docFirst = new Uint32Array(documents.length + 1);
	const checkFirst = new Uint32Array(documents.length + 1);
	docFirst.set(earlier.docFirst);
	checkFirst.set(earlier.checkFirst);
	const namer = new WordNamer(new Map(earlier.vocabulary), charsOf(documents.slice(kept)));
	for (let d = 1; d <= kept; d++) onRead?.(d);
	for (let d = kept; d < documents.length; d++) {
		[docFirst[d], checkFirst[d]] = [total + out.n, earlier.checkpoints.length + out.c];
		namer.read(documents[d].text, out);
		onRead?.(d + 1);
	}
	[docFirst[documents.length], checkFirst[documents.length]] = [total + out.n, earlier.checkpoints.length + out.c];
	const size = namer.vocabulary.size;
	const ids = idArray(size, total + out.n);
	ids.set(earlier.ids);
	ids.set(out.ids.subarray(0, out.n), total);
	const checkpoints = new Uint32Array(earlier.checkpoints.length + out.c);
	checkpoints.set(earlier.checkpoints);
	checkpoints.set(out.checkpoints.subarray(0, out.c), earlier.checkpoints.length);
	const frequency = new Uint32Array(size);
	frequency.set(earlier.frequency);
	for (let p = 0; p < out.n; p++) frequency[out.ids[p]]++;
	const words = { ids, docFirst, checkpoints, checkFirst, vocabulary: namer.vocabulary, frequency };
	return { ...words, ...appendedPostings(earlier, ids, docFirst, kept, frequency) };
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
	if (size === counts.length) ids.set(out.ids.subarray(0, n));
	else for (let p = 0; p < n; p++) ids[p] = keep[out.ids[p]];
	const kept = size === counts.length ? vocabulary : new Map<string, number>();
	const frequency = size === counts.length ? counts : new Uint32Array(size);
	if (kept !== vocabulary) for (const [key, id] of vocabulary) if (counts[id] > 0) kept.set(key, keep[id]), (frequency[keep[id]] = counts[id]);
	const checkpoints = out.checkpoints.slice(0, out.c);
	// The working arrays (a word id per 4 characters of room) are copied: let them go before the pair sort's own.
	out.release();
	return { ids, docFirst, checkpoints, checkFirst, vocabulary: kept, frequency, ...wholePostings(ids, docFirst, frequency) };
}

/** New ids for the words that occur, in the order of the old ones. */
function renumbering(counts: Uint32Array): { keep: Uint32Array; size: number } {
	const keep = new Uint32Array(counts.length);
	let size = 0;
	for (let id = 0; id < counts.length; id++) if (counts[id] > 0) keep[id] = size++;
	return { keep, size };
}
