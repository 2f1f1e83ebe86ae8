import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openHistory, StorageError } from './index.ts';
import { DB_NAME } from './schema.ts';
import { summarize } from './summary.ts';
import { fakeResult } from './testing.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

describe('History', () => {
	it('saves a check with an id, a time and defaults for note and corpus', async () => {
		const history = await openHistory();
		const saved = await history.save({ claim: 'trade grew 5.7 percent', result: fakeResult() });
		expect(saved).toMatchObject({ claim: 'trade grew 5.7 percent', note: '', corpus: '' });
		expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(await history.get(saved.id)).toEqual(saved);
	});

	it('lists newest first', async () => {
		const history = await openHistory();
		const now = vi.spyOn(Date, 'now');
		for (const [claim, t] of [['second', 2000], ['first', 1000], ['third', 3000]] as const) {
			now.mockReturnValueOnce(1_741_860_000_000 + t);
			await history.save({ claim, result: fakeResult() });
		}
		now.mockRestore();
		expect((await history.list()).map((c) => c.claim)).toEqual(['third', 'second', 'first']);
	});

	it('sets a note and keeps the rest of the check', async () => {
		const history = await openHistory();
		const saved = await history.save({ claim: 'a claim', result: fakeResult('altered'), corpus: 'Seed' });
		await history.setNote(saved.id, 'Asked the press office, 14:00');
		expect(await history.get(saved.id)).toEqual({ ...saved, note: 'Asked the press office, 14:00' });
	});

	it('refuses a note for a check that is gone, with a sentence', async () => {
		const history = await openHistory();
		await expect(history.setNote('nope', 'x')).rejects.toThrow(/no longer in History/);
	});

	it('removes a check, returns it, and restores it exactly', async () => {
		const history = await openHistory();
		const saved = await history.save({ claim: 'a claim', result: fakeResult(), note: 'n' });
		const removed = await history.remove(saved.id);
		expect(removed).toEqual(saved);
		expect(await history.list()).toEqual([]);
		await history.restore(removed!);
		expect(await history.list()).toEqual([saved]);
	});

	it('returns undefined when removing a check that is not there', async () => {
		const history = await openHistory();
		expect(await history.remove('nope')).toBeUndefined();
	});

	it('clears everything', async () => {
		const history = await openHistory();
		await history.save({ claim: 'one', result: fakeResult() });
		await history.save({ claim: 'two', result: fakeResult() });
		await history.clear();
		expect(await history.list()).toEqual([]);
	});

	it('is opened once per page', async () => {
		expect(await openHistory()).toBe(await openHistory());
	});
});

describe('openHistory without IndexedDB', () => {
	it('rejects with a StorageError that says why and what still works', async () => {
		// @ts-expect-error: a browser with storage switched off has no indexedDB.
		delete globalThis.indexedDB;
		const error = await openHistory().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as StorageError).message).toBe(
			'Your browser is blocking local storage, so checks are not being saved to History. Private windows often do this; checking still works.'
		);
	});

	it('maps a refused open (SecurityError) to the same sentence', async () => {
		const factory = new IDBFactory();
		factory.open = () => {
			throw new DOMException('denied', 'SecurityError');
		};
		globalThis.indexedDB = factory;
		await expect(openHistory()).rejects.toThrow(/blocking local storage/);
	});

	it('tries again on the next call once storage is back', async () => {
		// @ts-expect-error: as above.
		delete globalThis.indexedDB;
		await expect(openHistory()).rejects.toBeInstanceOf(StorageError);
		globalThis.indexedDB = new IDBFactory();
		await expect(openHistory()).resolves.toBeDefined();
	});
});

describe('what History will not keep', () => {
	it.each([[''], ['   '], ['\n\t ']])('refuses a claim of %j with a sentence, and keeps nothing', async (claim) => {
		const history = await openHistory();
		await expect(history.save({ claim, result: fakeResult('not_found') })).rejects.toThrow(
			'This claim has no words in it, so it was not saved to History. Paste the words of a quote or a figure to check them.'
		);
		expect(await history.read()).toEqual({ checks: [], damaged: [] });
	});
});

describe('rows History cannot read', () => {
	/** Writes `rows` straight into the store, as a broken version or a hand edit might have. */
	async function storeRows(rows: object[]) {
		const history = await openHistory();
		const db = await openDB(DB_NAME);
		for (const row of rows) await db.put('checks', row);
		db.close();
		return history;
	}

	it('are listed apart as damaged, and never stop the rest from being shown', async () => {
		const history = await storeRows([
			{ id: 'time', claim: 'a time no date can hold', createdAt: 1e20, note: '', corpus: '', importedAt: null, result: fakeResult() },
			{ id: 'shape', claim: 'half a result', createdAt: 1_741_860_000_000, note: '', corpus: '', importedAt: null, result: { verdict: 'exact' } },
			{ id: 7 }
		]);
		const kept = await history.save({ claim: 'sound', result: fakeResult() });
		expect(await history.read()).toEqual({
			checks: [summarize(kept)],
			damaged: [
				{ key: 7, claim: null, fault: 'has no id' },
				{ key: 'shape', claim: 'half a result', fault: 'has no claim in its result' },
				{ key: 'time', claim: 'a time no date can hold', fault: 'has a time it was checked that is not a date between 1 January 2000 and today' }
			]
		});
		expect(await history.get('shape')).toEqual({ key: 'shape', claim: 'half a result', fault: 'has no claim in its result' });
	});

	it('stay when History is cleared, since Undo could not bring them back', async () => {
		const history = await storeRows([{ id: 'x', claim: 'x' }]);
		await history.save({ claim: 'sound', result: fakeResult() });
		await history.clear();
		expect(await history.read()).toEqual({ checks: [], damaged: [{ key: 'x', claim: 'x', fault: 'has no result' }] });
	});

	it('can be deleted, one by one', async () => {
		const history = await storeRows([{ id: 7 }, { id: 'x', claim: 'x' }]);
		await history.removeDamaged(7);
		expect((await history.read()).damaged.map((d) => d.key)).toEqual(['x']);
	});
});

describe('the summaries History lists', () => {
	it('say what the checks say after every kind of change', async () => {
		const history = await openHistory();
		const summaries = async () => (await history.read()).checks;
		const fromChecks = async () => (await history.list()).map(summarize);
		const one = await history.save({ claim: 'one', result: fakeResult() });
		const two = await history.save({ claim: 'two', result: fakeResult('not_found') });
		await history.setNote(one.id, 'a note');
		await history.replaceResults([{ id: two.id, result: fakeResult('altered'), corpus: 'Seed' }]);
		expect(await summaries()).toEqual(await fromChecks());
		const removed = await history.remove(one.id);
		expect(await summaries()).toEqual(await fromChecks());
		await history.restore(removed!);
		await history.importJson(await history.exportJson());
		expect(await summaries()).toEqual(await fromChecks());
		await history.clear();
		expect(await history.read()).toEqual({ checks: [], damaged: [] });
	});
});
