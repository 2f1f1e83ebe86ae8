import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openHistory, StorageError, type History } from './index.ts';
import { importRefused } from './messages.ts';
import { fakeResult } from './testing.ts';
import { csvField, toCsv } from './transfer.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

/** A History holding `claims`, one second apart, the first oldest. */
async function historyWith(...claims: string[]): Promise<History> {
	const history = await openHistory();
	const now = vi.spyOn(Date, 'now');
	for (const [i, claim] of claims.entries()) {
		now.mockReturnValueOnce(1_741_860_000_000 + i * 1000);
		await history.save({ claim, result: fakeResult(i % 2 ? 'altered' : 'exact'), note: `note ${i}`, corpus: 'Seed' });
	}
	now.mockRestore();
	return history;
}

describe('export and import JSON', () => {
	it('round-trips into an empty History unchanged, but for being marked imported', async () => {
		const before = await historyWith('one', 'two "quoted", with commas', 'three\nlines');
		const file = await before.exportJson();
		const saved = await before.list();

		globalThis.indexedDB = new IDBFactory();
		const after = await openHistory();
		const now = vi.spyOn(Date, 'now').mockReturnValueOnce(1_741_900_000_000);
		expect(await after.importJson(file)).toEqual({ added: 3, skipped: 0, refused: [] });
		now.mockRestore();
		expect(await after.list()).toEqual(saved.map((c) => ({ ...c, importedAt: 1_741_900_000_000 })));
	});

	it('merges without duplicates and loses nothing stored', async () => {
		const history = await historyWith('one', 'two');
		const file = await history.exportJson();
		const [two] = await history.list();
		await history.setNote(two.id, 'changed after the export');
		const three = await history.save({ claim: 'three', result: fakeResult() });

		expect(await history.importJson(file)).toEqual({ added: 0, skipped: 2, refused: [] });
		const claims = await history.list();
		expect(claims.map((c) => c.claim)).toEqual(['three', 'two', 'one']);
		expect(claims[0]).toEqual(three);
		expect(claims[1].note).toBe('changed after the export');
	});

	it('treats the same claim at the same time as the same check, whatever its id', async () => {
		const history = await historyWith('one');
		const exported = JSON.parse(await history.exportJson());
		exported.checks[0].id = 'another-id';
		expect(await history.importJson(JSON.stringify(exported))).toEqual({ added: 0, skipped: 1, refused: [] });
	});

	it('counts duplicates inside the file once', async () => {
		const source = await historyWith('one');
		const exported = JSON.parse(await source.exportJson());
		exported.checks.push(exported.checks[0]);
		globalThis.indexedDB = new IDBFactory();
		expect(await (await openHistory()).importJson(JSON.stringify(exported))).toEqual({ added: 1, skipped: 1, refused: [] });
	});

	it('accepts a file that starts with a byte-order mark', async () => {
		const file = '\uFEFF' + (await (await historyWith('one')).exportJson());
		globalThis.indexedDB = new IDBFactory();
		expect(await (await openHistory()).importJson(file)).toEqual({ added: 1, skipped: 0, refused: [] });
	});

	const valid = { format: 'verbatim-history', version: 1, exportedAt: '2025-03-13T00:00:00Z' };
	it.each([
		['an empty file', '', importRefused.empty],
		['a file of spaces', '  \n', importRefused.empty],
		['text that is not JSON', 'time,verdict,claim\n1,exact,x', importRefused.notJson],
		['the JSON of another app', '{"version":1,"items":[]}', importRefused.otherJson],
		['a JSON array', '[1,2,3]', importRefused.otherJson],
		['JSON null', 'null', importRefused.otherJson],
		['a newer export format', JSON.stringify({ ...valid, version: 99, checks: [] }), importRefused.newerFormat],
		['an export with no checks list', JSON.stringify({ ...valid, checks: {} }), importRefused.damaged('the file', 'has no list of checks')]
	])('refuses %s with a sentence, and imports nothing', async (_, text, message) => {
		const history = await historyWith('kept');
		const error = await history.importJson(text).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(StorageError);
		expect((error as Error).message).toBe(message);
		expect((await history.list()).map((c) => c.claim)).toEqual(['kept']);
	});

	it('adds nothing when a write fails part-way through', async () => {
		const file = await (await historyWith('one', 'two', 'three')).exportJson();
		globalThis.indexedDB = new IDBFactory();
		const history = await openHistory();
		const { IDBObjectStore } = await import('fake-indexeddb');
		const add = IDBObjectStore.prototype.add;
		let calls = 0;
		const spy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
			if (++calls === 2) throw new DOMException('full', 'QuotaExceededError');
			return add.apply(this, args);
		});
		await expect(history.importJson(file)).rejects.toThrow(/run out of storage space.*nothing was imported/);
		spy.mockRestore();
		expect(await history.list()).toEqual([]);
	});
});

describe('CSV', () => {
	it.each([
		['plain words', 'plain words'],
		['a, comma', '"a, comma"'],
		['a "quote"', '"a ""quote"""'],
		['two\nlines', '"two\nlines"'],
		['=SUM(A1:A9)', "'=SUM(A1:A9)"],
		['+7.5 percent', "'+7.5 percent"],
		['-5.7', "'-5.7"],
		['@Putin', "'@Putin"],
		['=HYPERLINK("http://x", "y")', `"'=HYPERLINK(""http://x"", ""y"")"`],
		['\t=1', "'\t=1"],
		[' padded ', '" padded "'],
		['', '']
	])('writes %j as %s', (value, expected) => expect(csvField(value)).toBe(expected));

	it('writes a header and one row per check, newest first', async () => {
		const history = await historyWith('first', '=cmd|calc', 'third, "and last"');
		const csv = await history.exportCsv();
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe('time,verdict,claim,reason,source_document,source_passage,speaker,note,corpus,id');
		expect(lines[1]).toMatch(/^2025-03-13T10:00:02\.000Z,exact,"third, ""and last""",The source says these words\.,2025-03-13-kremlin-russian-belarusian-talks,Bilateral trade has grown by about 5\.7 percent,Vladimir Putin,note 2,Seed,[0-9a-f-]{36}$/);
		expect(lines[2]).toContain(",altered,'=cmd|calc,");
		expect(lines).toHaveLength(5);
		expect(lines[4]).toBe('');
	});

	it('leaves source columns empty for a claim that was not found', () => {
		const csv = toCsv([{ id: 'x', claim: 'c', note: '', createdAt: 0, corpus: '', result: fakeResult('not_found'), importedAt: null }]);
		expect(csv.split('\r\n')[1]).toBe('1970-01-01T00:00:00.000Z,not_found,c,The source says these words.,,,,,,x');
	});
});
