import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIndex } from '#lib/engine/index.ts';
import { keptIndexOf } from '#lib/checker/index-snapshot.ts';
import { closeIndexCache, currentKeptIndex, forgetCurrent, INDEX_CACHE_DB, keepIndex, MAX_KEPT_INDEXES, useKeptIndex } from './index-cache.ts';
import { keptBytes, type IndexChunk } from './index-chunks.ts';

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
		expect(back?.snapshot.arrays.ids).toBeInstanceOf(Uint16Array);
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

/** A corpus of one long generated document (several chunks of text and of arrays) and a few short ones. */
function archive(words: number) {
	const vocabulary = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
	const long = Array.from({ length: words }, (_, i) => vocabulary[(i * 7919) % vocabulary.length]).join(' ');
	const short = ['A short note.', '', 'Another short one, with “quotes”.'];
	const documents = [long, ...short].map((text, i) => ({ id: `d${i}`, title: `D${i}`, text, speakers: [] }));
	return keptIndexOf(buildIndex({ name: 'archive', description: '', documents }), 'big', 'b1');
}

describe('a kept index in chunks', () => {
	const big = archive(40_000);
	/** Chunks of 64 KB, so a corpus of 300 KB makes many (fake-indexeddb copies real 8 MB chunks slowly). */
	const chunkBytes = 2 ** 16;

	it('comes back whole from many chunks, none of them over a chunk of bytes', async () => {
		expect(keptBytes(big)).toBeGreaterThan(3 * chunkBytes);
		await keepIndex(big, { chunkBytes });
		const db = await openDB(INDEX_CACHE_DB);
		const chunks = await db.getAll('chunks');
		db.close();
		expect(chunks.length).toBeGreaterThan(3);
		const size = (c: IndexChunk) =>
			c.kind === 'vocabulary' ? 2 * c.words.join('').length : c.bytes.size;
		for (const chunk of chunks) expect(size(chunk)).toBeLessThanOrEqual(chunkBytes);
		// The text (about 200 KB as UTF-8) is in several chunks too.
		expect(chunks.filter((c: IndexChunk) => c.kind === 'text').length).toBeGreaterThan(2);
		const back = await useKeptIndex('big');
		expect(back?.corpus).toEqual(big.corpus);
		expect(back?.snapshot.vocabulary).toEqual(big.snapshot.vocabulary);
		for (const [name, array] of Object.entries(big.snapshot.arrays)) expect(back?.snapshot.arrays[name as keyof typeof big.snapshot.arrays]).toEqual(array);
	});

	it('refuses, before writing anything, an index the storage left will not hold, and keeps the one before', async () => {
		await keepIndex(kept('s1'));
		await expect(keepIndex(big, { room: keptBytes(big) - 1, chunkBytes })).rejects.toThrow(/needs about \d+ MB of storage, but this browser leaves Verbatim 1?\d* MB/);
		expect(await useKeptIndex('big')).toBeUndefined();
		expect((await useKeptIndex('s1'))?.corpus.documents[0].text).toBe('Text of s1.');
	});

	it('says the storage is full, and leaves no half-written index, when a write fails for quota', async () => {
		const put = IDBObjectStore.prototype.put;
		let puts = 0;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			if (++puts > 3) throw new DOMException('full', 'QuotaExceededError');
			return put.apply(this, args);
		};
		try {
			await expect(keepIndex(big, { chunkBytes })).rejects.toThrow(/was not kept\. Checks work now/);
		} finally {
			IDBObjectStore.prototype.put = put;
		}
		const db = await openDB(INDEX_CACHE_DB);
		expect(await db.count('chunks')).toBe(0);
		db.close();
		expect(await useKeptIndex('big')).toBeUndefined();
	});
});

describe('a cache kept by an older version (v2, texts as strings)', () => {
	it('is dropped when opened, so the index is built and kept again', async () => {
		const old = await openDB(INDEX_CACHE_DB, 2, {
			upgrade(db) {
				for (const store of ['used', 'meta', 'chunks']) db.createObjectStore(store);
				db.createObjectStore('headers', { keyPath: 'signature' });
			}
		});
		const header = { signature: 's1', build: 'b1', corpus: corpus('Old.'), arrays: [], rareWordLimit: 2, vocabularySize: 0, chunks: 1, bytes: 8 };
		await old.put('headers', header);
		await old.put('chunks', { kind: 'text', pieces: [{ doc: 0, text: 'Old.' }] }, ['s1', 0]);
		await old.put('used', Date.now(), 's1');
		await old.put('meta', { signature: 's1', build: 'b1' }, 'current');
		old.close();

		expect(await currentKeptIndex('b1')).toBeUndefined();
		expect(await useKeptIndex('s1')).toBeUndefined();
		await closeIndexCache();
		const db = await openDB(INDEX_CACHE_DB);
		expect(db.version).toBe(3);
		expect(await Promise.all(['headers', 'chunks', 'used', 'meta'].map((store) => db.count(store)))).toEqual([0, 0, 0, 0]);
		db.close();

		await keepIndex(kept('s1'));
		expect((await currentKeptIndex('b1'))?.corpus.documents[0].text).toBe('Text of s1.');
	});
});
