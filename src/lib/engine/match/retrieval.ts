/**
 * The seam between finding candidate passages and reading them closely. What the
 * engine asks: a claim, how many passages, whose documents to prefer. What it gets
 * back: stretches of named documents, best first. The in-tab index answers it here;
 * a search engine that scales out (PostgreSQL with pg_trgm, OpenSearch with shingles)
 * can answer the same question, and alignment and the judge read what it returns.
 */
import { wordSpan, type SourceIndex } from '../corpus/index.ts';
import type { Span } from '../types.ts';
import { findWindows } from './candidates.ts';

export type CandidateQuery = {
	/** The claim's text as the engine checks it (one piece of a long paste). */
	claim: string;
	/** At most this many passages come back. */
	limit: number;
	/** Documents of the speaker the claim names: among equally good passages, theirs first. */
	favouredDocs: ReadonlySet<string>;
};

export type CandidatePassage = {
	/** CorpusDocument.id of the passage's document. */
	docId: string;
	/** UTF-16 offsets in that document's text: the words that voted, with a few words of slack. */
	span: Span;
	/** How strongly the passage was voted for; comparable only within one answer. */
	score: number;
};

export interface CandidateRetrieval {
	/** Passages that could hold the claim, best first; none when no pair or rare word of it is in the corpus. */
	candidates(query: CandidateQuery): CandidatePassage[];
}

/** The in-tab index as a CandidateRetrieval: the same windows verify reads, as document spans. */
export function inTabRetrieval(index: SourceIndex): CandidateRetrieval {
	const { corpus, words } = index;
	return {
		candidates({ claim, limit, favouredDocs }) {
			const windows = findWindows(claim, index, limit, (doc) => favouredDocs.has(corpus.documents[doc].id));
			return windows.map((w) => {
				const text = corpus.documents[w.doc].text;
				const span = { start: wordSpan(words, text, w.first).start, end: wordSpan(words, text, w.last - 1).end };
				return { docId: corpus.documents[w.doc].id, span, score: w.votes };
			});
		}
	};
}
