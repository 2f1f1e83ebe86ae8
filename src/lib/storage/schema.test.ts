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

/** Checks as versions 1 to 3 stored them: no `importedAt`. */
type OldCheck = Omit<SavedCheck, 'importedAt'>;

const MARCH_2025 = 1_741_860_000_000;
const old: OldCheck[] = [
	{ id: 'a', claim: 'older', result: fakeResult('exact'), note: 'kept', createdAt: MARCH_2025, corpus: 'Seed' },
	{ id: 'b', claim: 'newer', result: fakeResult('altered'), note: '', createdAt: MARCH_2025 + 1000, corpus: 'Seed' }
];
/** The same checks as this version reads them: made in this browser. */
const current: SavedCheck[] = old.map((c) => ({ ...c, importedAt: null }));

/** A database as version 1 of this app left it, with `checks` in it. */
async function createVersion1(checks: OldCheck[]): Promise<void> {
	const db = await openDB(DB_NAME, 1, {
		upgrade(db) {
			db.createObjectStore('checks', { keyPath: 'id' }).createIndex('by-date', 'createdAt');
		}
	});
	for (const check of checks) await db.put('checks', check);
	db.close();
}

describe('schema upgrade', () => {
	it('is at version 5', () => expect(DB_VERSION).toBe(5));

	it('keeps every check of a version 1 database and indexes them by claim and time', async () => {
		await createVersion1(old);
		const history = await openHistory();
		expect(await history.list()).toEqual([current[1], current[0]]);

		const db = await openDB(DB_NAME);
		expect(db.version).toBe(DB_VERSION);
		expect([...db.transaction('checks').store.indexNames]).toEqual(['by-claim-date', 'by-date']);
		expect(await db.getFromIndex('checks', 'by-claim-date', ['older', MARCH_2025])).toEqual(current[0]);
		db.close();
	});

	it('finds version 1 checks as duplicates when their export is imported', async () => {
		await createVersion1(old);
		const history = await openHistory();
		const file = await history.exportJson();
		expect(await history.importJson(file)).toEqual({ added: 0, skipped: 2, refused: [] });
	});
});

/** A database as version 2 of this app left it (checks indexed by date and by claim and time), with `checks` in it. */
async function createVersion2(checks: OldCheck[]): Promise<void> {
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
		expect(await history.list()).toEqual([current[1], current[0]]);

		const db = await openDB(DB_NAME);
		expect(db.version).toBe(DB_VERSION);
		expect([...db.objectStoreNames].sort()).toEqual(['articles', 'checks', 'settings', 'sources', 'summaries']);
		expect([...db.transaction('sources').store.indexNames]).toEqual(['by-hash']);
		db.close();
	});

	it('keeps every check of a version 1 database through both upgrades', async () => {
		await createVersion1(old);
		const sources = await openSources();
		await sources.add(content, { title: 'Speech', speakers: [] });
		const history = await openHistory();
		expect(await history.list()).toEqual([current[1], current[0]]);
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

/** A result as checks saved before claims were read in stretches hold it: no quoteSpans, unchecked or result-level claimedSpeaker. */
function resultOfVersion3(verdict: 'exact' | 'not_found') {
	const { claimedSpeaker: _, ...result } = fakeResult(verdict);
	const { quoteSpans: __, unchecked: ___, ...claim } = result.claim;
	return { ...result, claim: { ...claim, claimedSpeaker: 'Vladimir Putin' } };
}

/** A database as version 3 left it (checks, own sources, settings), with `rows` in its checks. */
async function createVersion3(rows: object[]): Promise<void> {
	const db = await openDB(DB_NAME, 3, {
		upgrade(db) {
			const store = db.createObjectStore('checks', { keyPath: 'id' });
			store.createIndex('by-date', 'createdAt');
			store.createIndex('by-claim-date', ['claim', 'createdAt']);
			db.createObjectStore('sources', { keyPath: 'id' }).createIndex('by-hash', 'hash', { unique: true });
			db.createObjectStore('settings');
		}
	});
	for (const row of rows) await db.put('checks', row);
	db.close();
}

describe('upgrade to version 4 (imported checks are marked)', () => {
	const made = (id: string, verdict: 'exact' | 'not_found', t: number) => ({ id, claim: `claim ${id}`, result: resultOfVersion3(verdict), note: `note ${id}`, createdAt: t, corpus: 'Seed' });

	it('keeps every check of a version 3 database as made here, in the current shape', async () => {
		await createVersion3([made('a', 'exact', MARCH_2025), made('b', 'not_found', MARCH_2025 + 1000)]);
		const checks = await (await openHistory()).list();
		expect(checks.map((c) => [c.id, c.note, c.importedAt])).toEqual([['b', 'note b', null], ['a', 'note a', null]]);
		expect(checks[1].result.claim.quoteSpans).toEqual([checks[1].result.claim.quoteSpan]);
		expect(checks[1].result.claim.unchecked).toBeNull();
		expect(checks[1].result.claimedSpeaker).toBe('Vladimir Putin');

		const db = await openDB(DB_NAME);
		expect(db.version).toBe(DB_VERSION);
		expect((await db.getAll('checks')).map((row) => row.importedAt)).toEqual([null, null]);
		db.close();
	});

	it('keeps a row it cannot read, marked like the others, and shows it as damaged', async () => {
		await createVersion3([made('a', 'exact', MARCH_2025), { ...made('broken', 'exact', 1e20) }]);
		const { checks, damaged } = await (await openHistory()).read();
		expect(checks.map((c) => c.id)).toEqual(['a']);
		expect(damaged).toEqual([{ key: 'broken', claim: 'claim broken', fault: 'has a time it was checked that is not a date between 1 January 2000 and today' }]);
		const db = await openDB(DB_NAME);
		expect(await db.get('checks', 'broken')).toMatchObject({ createdAt: 1e20, importedAt: null });
		db.close();
	});
});

describe('a database of a newer version', () => {
	it('is not opened, and History says to update the app', async () => {
		(await openDB(DB_NAME, DB_VERSION + 1)).close();
		await expect(openHistory()).rejects.toThrow(
			'This data was written by a newer version of Verbatim. Update the app (reload when online) to open it. For now, checks are not being saved to History; checking still works.'
		);
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

	it('gives way to a tab with a newer schema, then says to update the app', async () => {
		const history = await openHistory();
		await history.save({ claim: 'saved before', result: fakeResult() });
		// A tab running a later release opens version 3: it must not be blocked by this one.
		const newer = await openDB(DB_NAME, DB_VERSION + 1);
		expect(newer.version).toBe(DB_VERSION + 1);
		newer.close();
		await expect(history.list()).rejects.toThrow(
			'This data was written by a newer version of Verbatim. Update the app (reload when online) to open it. For now, History cannot be shown; checking still works.'
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
