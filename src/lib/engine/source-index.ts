import type { Corpus, CorpusDocument, Passage } from './types.ts';

/** STUB: replaced by the real index. */
export type SourceIndex = {
	corpus: Corpus;
	document(id: string): CorpusDocument | undefined;
	/** The passages of a document with their speakers; they tile the text. */
	passages(docId: string): Passage[];
	/** Canonical names of everyone the corpus gives words to. */
	people(): string[];
};

export function buildIndex(corpus: Corpus): SourceIndex {
	const byId = new Map(corpus.documents.map((d) => [d.id, d]));
	return {
		corpus,
		document: (id) => byId.get(id),
		passages: (id) => {
			const d = byId.get(id);
			return d ? [{ span: { start: 0, end: d.text.length }, attribution: { speaker: null, evidence: 'narration', cue: '', cueSpan: null } }] : [];
		},
		people: () => [...new Set(corpus.documents.flatMap((d) => d.speakers))]
	};
}
