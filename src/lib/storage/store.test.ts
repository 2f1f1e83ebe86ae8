import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openHistory, StorageError } from './index.ts';
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
			now.mockReturnValueOnce(t);
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
