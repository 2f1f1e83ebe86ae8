import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '#lib/engine/index.ts';
import { bundledCorpus } from './bundled.ts';
import { describeCorpus, formatDate, yearRange } from './describe.ts';

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
