/**
 * The index over all documents, built once: every word of the corpus as an id
 * in one typed array, with word-pair and rare-word postings (word-arrays.ts).
 * A check looks up only the claim's own words, so its cost grows with the
 * claim, not with the corpus.
 */
import { readWords } from './read-words.ts';
import { compacted } from './segments.ts';
import { namedArrays, wordsFromNamed, type NamedArrays, type WordArrays } from './word-arrays.ts';
export type { WordArrays } from './word-arrays.ts';
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

/**
 * The index of `corpus`. With `earlier` (an index of another choice of documents), every
 * document it holds unchanged (same id, same text) is copied instead of read again; the
 * result is the same index a fresh build gives, in a fraction of the time. `onRead` hears
 * how many documents are read, one by one.
 */
export function buildIndex(corpus: Corpus, earlier?: SourceIndex, onRead?: (documentsDone: number) => void): SourceIndex {
	return indexOf(corpus, readWords(corpus.documents, earlier && { words: earlier.words, documents: earlier.corpus.documents }, onRead));
}

/**
 * The index's arrays, ready to store (structured clone keeps typed arrays; a store
 * may cut each array into chunks) and restore without reading the corpus again.
 * The vocabulary is a list: id = position.
 */
export type IndexSnapshot = { arrays: NamedArrays; rareWordLimit: number; vocabulary: string[]; documentIds: string[] };

export function snapshotIndex(index: SourceIndex): IndexSnapshot {
	const vocabulary: string[] = new Array(index.words.vocabulary.size);
	for (const [key, id] of index.words.vocabulary) vocabulary[id] = key;
	const { corpus } = index;
	// One table, as a fresh build makes: a restored index is then the same whatever the adds before it.
	const words = compacted(index.words);
	return { arrays: namedArrays(words), rareWordLimit: words.rareWords.limit, vocabulary, documentIds: corpus.documents.map((d) => d.id) };
}

/** An index from a snapshot of the same corpus (same documents, same order); throws when they differ. */
export function restoreIndex(corpus: Corpus, snapshot: IndexSnapshot): SourceIndex {
	const ids = corpus.documents.map((d) => d.id);
	if (ids.length !== snapshot.documentIds.length || ids.some((id, i) => id !== snapshot.documentIds[i])) {
		throw new Error('restoreIndex: the snapshot was taken of another corpus');
	}
	return indexOf(corpus, wordsFromNamed(snapshot.arrays, snapshot.rareWordLimit, snapshot.vocabulary));
}

function indexOf(corpus: Corpus, words: WordArrays): SourceIndex {
	const byId = new Map(corpus.documents.map((d) => [d.id, d]));
	// Who is who is learned from every text with regular expressions: left to the first check that asks, not the build.
	let registry: PeopleRegistry | undefined;
	const people = () => (registry ??= new PeopleRegistry(corpus.documents));
	const passageCache = new Map<string, Passage[]>();
	return {
		corpus,
		words,
		get registry() {
			return people();
		},
		document: (id) => byId.get(id),
		passages(id) {
			const doc = byId.get(id);
			if (!doc) return [];
			if (!passageCache.has(id)) passageCache.set(id, attributeDocument(doc, people()));
			return passageCache.get(id)!;
		},
		people: () => people().people()
	};
}
