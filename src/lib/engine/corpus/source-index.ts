/**
 * The index over all documents, built once: every word of the corpus as an id
 * in one typed array, with word-bigram and word postings in CSR layout
 * (offsets + positions). A check looks up only the claim's own words, so its
 * cost grows with the claim, not with the corpus.
 */
import { indexKey } from '../text/index.ts';
import { RawWordTable, scanWordSpans } from '../text/index.ts';
import { attributeDocument, PeopleRegistry } from '../speakers/index.ts';
import type { Corpus, CorpusDocument, Passage } from '../types.ts';

export type SourceIndex = {
	corpus: Corpus;
	document(id: string): CorpusDocument | undefined;
	/** The passages of a document with their speakers; they tile the text. */
	passages(docId: string): Passage[];
	/** Canonical names of everyone the corpus gives words to. */
	people(): string[];
	/** Internal: the arrays the candidate search reads. */
	readonly words: WordArrays;
	readonly registry: PeopleRegistry;
};

/** The whole corpus as word ids. Position p is the p-th word of the corpus. */
export type WordArrays = {
	/** Word id (indexKey) of each position. */
	ids: Uint32Array;
	/** Original UTF-16 span of each position, inside its own document. */
	starts: Uint32Array;
	ends: Uint32Array;
	/** Document number of each position (index into corpus.documents). */
	docOf: Uint32Array;
	/** First position of each document, plus the total at the end. */
	docFirst: Uint32Array;
	/** Word id by key, and how often each id occurs. */
	vocabulary: Map<string, number>;
	frequency: Uint32Array;
	bigrams: Postings;
	unigrams: Postings;
};

/** CSR postings: the positions of bucket b are positions[offsets[b] .. offsets[b + 1]). */
export type Postings = { offsets: Uint32Array; positions: Uint32Array; mask: number };

export function buildIndex(corpus: Corpus): SourceIndex {
	return indexOf(corpus, readWords(corpus.documents));
}

/**
 * The index's arrays, ready to store (structured clone keeps typed arrays) and
 * restore without reading the corpus again. The vocabulary is a list: id = position.
 */
export type IndexSnapshot = Omit<WordArrays, 'vocabulary'> & { vocabulary: string[]; documentIds: string[] };

export function snapshotIndex(index: SourceIndex): IndexSnapshot {
	const vocabulary: string[] = new Array(index.words.vocabulary.size);
	for (const [key, id] of index.words.vocabulary) vocabulary[id] = key;
	return { ...index.words, vocabulary, documentIds: index.corpus.documents.map((d) => d.id) };
}

/** An index from a snapshot of the same corpus (same documents, same order); throws when they differ. */
export function restoreIndex(corpus: Corpus, snapshot: IndexSnapshot): SourceIndex {
	const ids = corpus.documents.map((d) => d.id);
	if (ids.length !== snapshot.documentIds.length || ids.some((id, i) => id !== snapshot.documentIds[i])) {
		throw new Error('restoreIndex: the snapshot was taken of another corpus');
	}
	const { documentIds, vocabulary, ...arrays } = snapshot;
	void documentIds;
	return indexOf(corpus, { ...arrays, vocabulary: new Map(vocabulary.map((key, id) => [key, id])) });
}

function indexOf(corpus: Corpus, words: WordArrays): SourceIndex {
	const byId = new Map(corpus.documents.map((d) => [d.id, d]));
	const registry = new PeopleRegistry(corpus.documents);
	const passageCache = new Map<string, Passage[]>();
	return {
		corpus,
		words,
		registry,
		document: (id) => byId.get(id),
		passages(id) {
			const doc = byId.get(id);
			if (!doc) return [];
			if (!passageCache.has(id)) passageCache.set(id, attributeDocument(doc, registry));
			return passageCache.get(id)!;
		},
		people: () => registry.people()
	};
}

/** Two word ids as one bucket number (a multiplicative hash; collisions are checked at lookup). */
export function bigramBucket(a: number, b: number, mask: number): number {
	return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77)) >>> 0 & mask;
}

function readWords(documents: CorpusDocument[]): WordArrays {
	const vocabulary = new Map<string, number>();
	const estimate = documents.reduce((n, d) => n + Math.ceil(d.text.length / 4) + 1, 0);
	let ids: Uint32Array = new Uint32Array(estimate);
	let starts: Uint32Array = new Uint32Array(estimate);
	let ends: Uint32Array = new Uint32Array(estimate);
	let docOf: Uint32Array = new Uint32Array(estimate);
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
			if (n === ids.length) [ids, starts, ends, docOf] = [ids, starts, ends, docOf].map((a) => grow(a));
			ids[n] = raws.idAt(doc.text, start, end, hash, idOf);
			starts[n] = start;
			ends[n] = end;
			docOf[n++] = d;
		});
	});
	docFirst[documents.length] = n;
	ids = ids.slice(0, n);
	const frequency = new Uint32Array(vocabulary.size);
	for (let p = 0; p < n; p++) frequency[ids[p]]++;
	return {
		ids,
		starts: starts.slice(0, n),
		ends: ends.slice(0, n),
		docOf: docOf.slice(0, n),
		docFirst,
		vocabulary,
		frequency,
		bigrams: buildBigrams(ids, docOf.subarray(0, n)),
		unigrams: buildUnigrams(ids, vocabulary.size)
	};
}

function grow(array: Uint32Array): Uint32Array {
	const bigger = new Uint32Array(array.length * 2);
	bigger.set(array);
	return bigger;
}

/** Postings of every adjacent pair of words within one document, keyed by bigramBucket. */
function buildBigrams(ids: Uint32Array, docOf: Uint32Array): Postings {
	const buckets = 1 << Math.max(10, Math.ceil(Math.log2(ids.length + 1)));
	const mask = buckets - 1;
	const bucketOf = new Uint32Array(Math.max(0, ids.length - 1));
	const offsets = new Uint32Array(buckets + 1);
	for (let p = 0; p + 1 < ids.length; p++) {
		if (docOf[p] !== docOf[p + 1]) continue;
		const b = bigramBucket(ids[p], ids[p + 1], mask);
		bucketOf[p] = b + 1;
		offsets[b + 1]++;
	}
	return fillPostings(offsets, bucketOf, mask);
}

function buildUnigrams(ids: Uint32Array, vocabularySize: number): Postings {
	const offsets = new Uint32Array(vocabularySize + 1);
	const bucketOf = new Uint32Array(ids.length);
	for (let p = 0; p < ids.length; p++) {
		bucketOf[p] = ids[p] + 1;
		offsets[ids[p] + 1]++;
	}
	return fillPostings(offsets, bucketOf, 0xffffffff);
}

/** Counting sort: `counts[b + 1]` holds bucket b's size; `bucketOf[p]` is b + 1 (0 = no bucket). */
function fillPostings(counts: Uint32Array, bucketOf: Uint32Array, mask: number): Postings {
	for (let b = 1; b < counts.length; b++) counts[b] += counts[b - 1];
	const positions = new Uint32Array(counts[counts.length - 1]);
	const cursor = counts.slice(0, counts.length - 1);
	for (let p = 0; p < bucketOf.length; p++) {
		const b = bucketOf[p];
		if (b) positions[cursor[b - 1]++] = p;
	}
	return { offsets: counts, positions, mask };
}
