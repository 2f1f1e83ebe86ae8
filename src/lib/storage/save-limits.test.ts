import { beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openHistory } from './index.ts';
import { fakeResult } from './testing.ts';
import { MAX_CLAIM_CHARS } from './result-shape.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

describe('History keeps only what it can read back', () => {
	it('refuses a paste past its limits with a sentence, and keeps the rest of History', async () => {
		const history = await openHistory();
		await history.save({ claim: 'We can manufacture everything.', result: fakeResult('exact') });
		const huge = 'word '.repeat(MAX_CLAIM_CHARS / 4);
		const result = { ...fakeResult('not_found'), claim: { ...fakeResult('not_found').claim, original: huge, quoteSpan: { start: 0, end: 4 }, quoteSpans: [{ start: 0, end: 4 }] } };
		await expect(history.save({ claim: huge, result })).rejects.toThrow(/not saved to History.*shorter part/);
		const list = await history.list();
		expect(list).toHaveLength(1);
	});
});
