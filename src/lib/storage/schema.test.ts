import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openHistory, openSources } from './index.ts';
import { DB_NAME, DB_VERSION } from './schema.ts';
import { IdbHistory } from './store.ts';
import { fakeResult } from './testing.ts';
import type { SavedCheck } from './types.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

const old: SavedCheck[] = [
	{ id: 'a', claim: 'older', result: fakeResult('exact'), note: 'kept', createdAt: 1000, corpus: 'Seed' },
	{ id: 'b', claim: 'newer', result: fakeResult('altered'), note: '', createdAt: 2000, corpus: 'Seed' }
];

/** A database as version 1 of this app left it, with `checks` in it. */
async function createVersion1(checks: SavedCheck[]): Promise<void> {
	const db = await openDB(DB_NAME, 1, {
		upgrade(db) {
			db.createObjectStore('checks', { keyPath: 'id' }).createIndex('by-date', 'createdAt');
		}
	});
	for (const check of checks) await db.put('checks', check);
	db.close();
}

describe('schema upgrade', () => {
	it('is at version 3', () => expect(DB_VERSION).toBe(3));

	it('keeps every check of a version 1 database and indexes them by claim and time', async () => {
		await createVersion1(old);
		const history = await openHistory();
		expect(await history.list()).toEqual([old[1], old[0]]);

		const db = await openDB(DB_NAME);
		expect(db.version).toBe(3);
		expect([...db.transaction('checks').store.indexNames]).toEqual(['by-claim-date', 'by-date']);
		expect(await db.getFromIndex('checks', 'by-claim-date', ['older', 1000])).toEqual(old[0]);
		db.close();
	});

	it('finds version 1 checks as duplicates when their export is imported', async () => {
		await createVersion1(old);
		const history = await openHistory();
		const file = await history.exportJson();
		expect(await history.importJson(file)).toEqual({ added: 0, skipped: 2 });
	});
});

/** A database as version 2 of this app left it (checks indexed by date and by claim and time), with `checks` in it. */
async function createVersion2(checks: SavedCheck[]): Promise<void> {
	const db = await openDB(DB_NAME, 2, {
		upgrade(db) {
			const store = db.createObjectStore('checks', { keyPath: 'id' });
			store.createIndex('by-date', 'createdAt');
			store.createIndex('by-claim-date', ['claim', 'createdAt']);
		}
	});
	for (const check of checks) await db.put('checks', check);
	db.close();
}

const content = { text: 'We can manufacture everything.', kind: 'txt', fileName: 'speech.txt', bytes: 30, hash: 'h1' };

describe('upgrade to version 3 (own sources)', () => {
	it('keeps every check of a version 2 database, and adds empty sources and the default choice', async () => {
		await createVersion2(old);
		const sources = await openSources();
		expect(await sources.list()).toEqual([]);
		expect(await sources.choice()).toEqual({ bundled: true, packs: [], leftOut: [] });
		const history = await openHistory();
		expect(await history.list()).toEqual([old[1], old[0]]);

		const db = await openDB(DB_NAME);
		expect(db.version).toBe(3);
		expect([...db.objectStoreNames].sort()).toEqual(['checks', 'settings', 'sources']);
		expect([...db.transaction('sources').store.indexNames]).toEqual(['by-hash']);
		db.close();
	});

	it('keeps every check of a version 1 database through both upgrades', async () => {
		await createVersion1(old);
		const sources = await openSources();
		await sources.add(content, { title: 'Speech', speakers: [] });
		const history = await openHistory();
		expect(await history.list()).toEqual([old[1], old[0]]);
		expect((await history.importJson(await history.exportJson())).skipped).toBe(2);
		expect((await sources.list()).map((s) => s.title)).toEqual(['Speech']);
	});

	it('a version 2 tab lets this one upgrade, and the checks it saved stay', async () => {
		await createVersion2(old);
		const tab1 = await openDB(DB_NAME, 2, { blocking: () => tab1.close() });
		const sources = await openSources();
		await sources.add(content, { title: 'Speech', speakers: [] });
		expect(await (await openHistory()).list()).toHaveLength(2);
	});
});

describe('two tabs', () => {
	it('both save, and each lists what the other saved', async () => {
		const tab1 = new IdbHistory();
		const tab2 = new IdbHistory();
		await tab1.save({ claim: 'from tab 1', result: fakeResult() });
		await tab2.save({ claim: 'from tab 2', result: fakeResult() });
		expect((await tab1.list()).map((c) => c.claim).sort()).toEqual(['from tab 1', 'from tab 2']);
		expect((await tab2.list()).map((c) => c.claim).sort()).toEqual(['from tab 1', 'from tab 2']);
	});

	it('an older tab lets a newer one upgrade, and reopens by itself afterwards', async () => {
		await createVersion1(old);
		// The "older tab": version 1 code that, like ours, closes on versionchange.
		const tab1 = await openDB(DB_NAME, 1, { blocking: () => tab1.close() });
		const history = await openHistory();
		expect(await history.list()).toHaveLength(2);
	});

	it('gives way to a tab with a newer schema, then says to reload', async () => {
		const history = await openHistory();
		await history.save({ claim: 'saved before', result: fakeResult() });
		// A tab running a later release opens version 3: it must not be blocked by this one.
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		expect(newer.version).toBe(DB_VERSION + 1);
		newer.close();
		await expect(history.list()).rejects.toThrow(
			'Verbatim was updated in another tab, so History cannot be shown. Reload this page to keep using History; checking still works.'
		);
	});

	it('reopens after the browser or another tab closed its connection', async () => {
		const history = await openHistory();
		await history.save({ claim: 'one', result: fakeResult() });
		// Another tab at the same version asking for a version change (say, deleting the database and stopping).
		await new Promise<void>((resolve, reject) => {
			const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
			request.onupgradeneeded = () => request.transaction!.abort();
			request.onerror = () => resolve();
			request.onsuccess = () => reject(new Error('the upgrade should have been aborted'));
		});
		expect((await history.list()).map((c) => c.claim)).toEqual(['one']);
	});
});
