import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '#lib/engine/index.ts';
import { bundledCorpus } from './bundled.ts';
import { describeCorpus, describeInUse, formatDate, notInThese, yearRange } from './describe.ts';

describe('formatDate', () => {
	it('writes dates as "13 March 2025"', () => {
		expect(formatDate('2025-03-13')).toBe('13 March 2025');
		expect(formatDate('2023-02-07')).toBe('7 February 2023');
		expect(formatDate('2024-05')).toBe('May 2024');
		expect(formatDate('2024')).toBe('2024');
		expect(formatDate(undefined)).toBe('');
		expect(formatDate('spring')).toBe('spring');
	});
});

describe('the bundled corpus', () => {
	it('holds the five seed documents with their texts', () => {
		expect(bundledCorpus.documents).toHaveLength(5);
		for (const doc of bundledCorpus.documents) expect(doc.text.length).toBeGreaterThan(1000);
	});

	it('is described as what a check searches', () => {
		expect(describeCorpus(bundledCorpus)).toBe('5 documents, 2023–2025');
	});
});

it('yearRange says one year once and nothing for undated documents', () => {
	const doc = (date?: string): CorpusDocument => ({ id: date ?? 'x', title: 't', text: '', speakers: [], date });
	expect(yearRange([doc('2024-01-01'), doc('2024-12-01')])).toBe('2024');
	expect(yearRange([doc()])).toBe('');
});

describe('describeInUse', () => {
	const packs = { sotu: 'U.S. State of the Union addresses 1790–2018' };
	const docs = (bundled: number, own: number, sotu: number) => [
		...Array.from({ length: bundled }, () => ({ source: 'bundled' })),
		...Array.from({ length: own }, () => ({ source: 'own' })),
		...Array.from({ length: sotu }, () => ({ source: 'sotu' }))
	];

	it('names the bundled corpus alone without counts in brackets', () => {
		expect(describeInUse(docs(5, 0, 0), bundledCorpus.name, packs)).toBe("5 documents: Belarus–Russia leaders' talks, 2023–2025");
	});

	it('counts each group when several are chosen, own sources second', () => {
		expect(describeInUse(docs(5, 3, 233), 'Seed', packs)).toBe(
			'241 documents: Seed (5), 3 of your own sources and U.S. State of the Union addresses 1790–2018 (233)'
		);
		expect(describeInUse(docs(5, 1, 0), 'Seed', packs)).toBe('6 documents: Seed (5) and 1 of your own sources');
		expect(describeInUse(docs(0, 2, 0), 'Seed', packs)).toBe('2 documents: 2 of your own sources');
		expect(describeInUse(docs(0, 0, 233), 'Seed', packs)).toBe('233 documents: U.S. State of the Union addresses 1790–2018');
	});

	it('says so when nothing is chosen', () => {
		expect(describeInUse([], 'Seed', packs)).toBe('no documents');
	});
});

it('notInThese says what a not-found answer searched', () => {
	expect(notInThese(bundledCorpus)).toBe('Not in these 5 documents (2023–2025)');
	expect(notInThese({ ...bundledCorpus, documents: bundledCorpus.documents.slice(0, 1) })).toBe('Not in this document (2025)');
});
