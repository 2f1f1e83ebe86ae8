import { describe, expect, it } from 'vitest';
import { buildIndex } from './source-index.ts';
import { costSentence, indexCost, TAB_BUDGET_BYTES, tooLargeSentence } from './cost.ts';
import { indexBytes } from './word-arrays.ts';

describe('the cost of indexing, said before it is done', () => {
	it('does not promise less index than a built one takes', () => {
		const words = Array.from({ length: 60_000 }, (_, i) => `word${(i * 7919) % 9000} and the nation`).join(' ');
		const index = buildIndex({ name: 't', description: '', documents: [{ id: 'd', title: 'd', text: words, speakers: [] }] });
		expect(indexCost(words.length).indexBytes).toBeGreaterThanOrEqual(indexBytes(index.words));
	});

	it('holds the 250 MB archive the bench builds, and refuses a gigabyte of text', () => {
		expect(indexCost(247_500_000).fits).toBe(true);
		const huge = indexCost(1e9);
		expect(huge.fits).toBe(false);
		expect(huge.peakBytes).toBeGreaterThan(TAB_BUDGET_BYTES);
		expect(tooLargeSentence(huge)).toMatch(/^These sources are too large to index in one browser tab: 2\.0 GB of text in memory; .* Untick some sources/);
	});

	it('says text and index sizes in MB', () => {
		expect(costSentence(indexCost(10_760_042))).toBe('22 MB of text in memory; its index takes about 15 MB more (about 60 MB while it is built)');
	});

});
