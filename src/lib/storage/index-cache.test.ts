import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '#lib/engine/index.ts';
import { keptIndexOf } from '#lib/checker/index-snapshot.ts';
import { closeIndexCache, currentKeptIndex, forgetCurrent, keepIndex, MAX_KEPT_INDEXES, useKeptIndex } from './index-cache.ts';

const corpus = (text: string) => ({ name: 't', description: '', documents: [{ id: 'd', title: 'd', text, speakers: [] }] });
const kept = (signature: string) => keptIndexOf(buildIndex(corpus(`Text of ${signature}.`)), signature, 'b1');

beforeEach(async () => {
	await closeIndexCache();
	globalThis.indexedDB = new IDBFactory();
});

describe('index cache', () => {
	it('gives back a kept index with its typed arrays, and makes it current', async () => {
		await keepIndex(kept('s1'));
		const back = await useKeptIndex('s1');
		expect(back?.snapshot.ids).toBeInstanceOf(Uint32Array);
		expect(back?.corpus.documents[0].text).toBe('Text of s1.');
		expect((await currentKeptIndex('b1'))?.signature).toBe('s1');
	});

	it('answers undefined for a signature it never kept', async () => {
		expect(await useKeptIndex('nope')).toBeUndefined();
		expect(await currentKeptIndex('b1')).toBeUndefined();
	});

	it(`keeps only the ${MAX_KEPT_INDEXES} most recently used`, async () => {
		await keepIndex(kept('s1'));
		await new Promise((r) => setTimeout(r, 2));
		await keepIndex(kept('s2'));
		await new Promise((r) => setTimeout(r, 2));
		await useKeptIndex('s1');
		await new Promise((r) => setTimeout(r, 2));
		await keepIndex(kept('s3'));
		expect(await useKeptIndex('s2')).toBeUndefined();
		expect(await useKeptIndex('s1')).toBeDefined();
		expect(await useKeptIndex('s3')).toBeDefined();
	});

	it('forgets which is current without dropping the index', async () => {
		await keepIndex(kept('s1'));
		await forgetCurrent();
		expect(await currentKeptIndex('b1')).toBeUndefined();
		expect(await useKeptIndex('s1')).toBeDefined();
	});
});

describe('the current index', () => {
	it('is not given to another build', async () => {
		await keepIndex(kept('s1'));
		expect(await currentKeptIndex('b2')).toBeUndefined();
	});
});
