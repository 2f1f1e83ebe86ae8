import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openSources, publisherStore } from './index.ts';
import { readPublisher } from './publisher.ts';
import { DB_NAME, DB_VERSION } from './schema.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

/** A database as version 3 of the app left it: the settings store with only the choice of sources in it. */
async function createVersion3(): Promise<void> {
	const db = await openDB(DB_NAME, 3, {
		upgrade(db) {
			const checks = db.createObjectStore('checks', { keyPath: 'id' });
			checks.createIndex('by-date', 'createdAt');
			checks.createIndex('by-claim-date', ['claim', 'createdAt']);
			db.createObjectStore('sources', { keyPath: 'id' }).createIndex('by-hash', 'hash', { unique: true });
			db.createObjectStore('settings');
		}
	});
	await db.put('settings', { bundled: false, packs: ['sotu'], leftOut: [] }, 'choice');
	db.close();
}

describe('publisher settings', () => {
	it('reads blank fields from a database that never had them, and keeps the choice of sources beside them', async () => {
		await createVersion3();
		expect(await publisherStore().get()).toEqual({ organisation: '', pageUrl: '' });
		await publisherStore().set({ organisation: 'Example Checks', pageUrl: 'https://checks.example/a' });
		expect(await publisherStore().get()).toEqual({ organisation: 'Example Checks', pageUrl: 'https://checks.example/a' });
		expect(await (await openSources()).choice()).toMatchObject({ bundled: false, packs: ['sotu'] });
		const db = await openDB(DB_NAME);
		expect(db.version).toBe(DB_VERSION);
		db.close();
	});

	it('survives a new connection (a reload)', async () => {
		await publisherStore().set({ organisation: 'A', pageUrl: 'https://a.example/' });
		const db = await openDB(DB_NAME);
		expect(await db.get('settings', 'publisher')).toEqual({ organisation: 'A', pageUrl: 'https://a.example/' });
		db.close();
	});

	it.each([
		[null, { organisation: '', pageUrl: '' }],
		['a string', { organisation: '', pageUrl: '' }],
		[{ organisation: 7, pageUrl: 'https://x.example/' }, { organisation: '', pageUrl: 'https://x.example/' }],
		[{ organisation: 'x'.repeat(5000), pageUrl: '' }, { organisation: 'x'.repeat(2000), pageUrl: '' }]
	])('reads a stored row %j field by field', (row, expected) => expect(readPublisher(row)).toEqual(expected));

	it('says what will not happen when the browser has no storage', async () => {
		// @ts-expect-error a browser with IndexedDB switched off
		globalThis.indexedDB = undefined;
		await expect(publisherStore().set({ organisation: 'A', pageUrl: '' })).rejects.toThrow(/will not be remembered next time/);
	});
});
