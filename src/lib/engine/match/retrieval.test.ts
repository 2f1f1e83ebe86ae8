import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { buildIndex } from '../corpus/index.ts';
import { findWindows } from './candidates.ts';
import { inTabRetrieval, type CandidateRetrieval } from './retrieval.ts';

describe('the in-tab index as a CandidateRetrieval', () => {
	const index = buildIndex(bundledCorpus);
	const retrieval: CandidateRetrieval = inTabRetrieval(index);
	const quotes = bundledCorpus.documents.map((doc) => {
		const start = doc.text.indexOf(' ', Math.floor(doc.text.length / 3)) + 1;
		const end = doc.text.indexOf('.', start + 60) + 1;
		return { doc, start, end, claim: doc.text.slice(start, end) };
	});

	it.each(quotes.map((q) => [q.doc.id, q] as const))('returns the passage of a quote from %s first, as a span of its text', (_id, q) => {
		const [best] = retrieval.candidates({ claim: q.claim, limit: 5, favouredDocs: new Set() });
		expect(best.docId).toBe(q.doc.id);
		expect(best.span.start).toBeLessThanOrEqual(q.start);
		expect(best.span.end).toBeGreaterThanOrEqual(q.end - 1);
	});

	it('gives what findWindows gives, window for window, with the votes as scores', () => {
		for (const q of quotes) {
			const windows = findWindows(q.claim, index, 8);
			const passages = retrieval.candidates({ claim: q.claim, limit: 8, favouredDocs: new Set() });
			expect(passages.map((p) => [p.docId, p.score])).toEqual(windows.map((w) => [index.corpus.documents[w.doc].id, w.votes]));
		}
	});

	it('answers a claim of words the corpus never uses with no passage', () => {
		expect(retrieval.candidates({ claim: 'Florbish quanmelcor veltapin zorbex', limit: 5, favouredDocs: new Set() })).toEqual([]);
	});
});
