import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StatementCheck } from '#lib/engine/article/index.ts';
import { openArticles, openHistory } from './index.ts';
import { DB_NAME } from './schema.ts';
import { summaryOfRow } from './summary.ts';
import { fakeResult } from './testing.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

const TEXT = 'Putin said that bilateral trade has grown by about 7.5 percent.';
const check = (verdict: 'exact' | 'altered'): StatementCheck => ({
	statement: { n: 1, kind: 'figure', span: { start: 16, end: 63 }, stretches: [{ start: 16, end: 63 }], speaker: 'Vladimir Putin', cue: 'Putin said', claim: `Vladimir Putin said that ${TEXT.slice(16)}` },
	result: fakeResult(verdict)
});

describe('article checks in History', () => {
	it('keeps an article check whole, lists it newest first, opens it again and deletes it', async () => {
		const articles = await openArticles();
		const first = await articles.save({ title: 'First', text: TEXT, checks: [check('exact')], notices: [], corpus: 'Seed' });
		await new Promise((r) => setTimeout(r, 2));
		const second = await articles.save({ title: 'Second', text: TEXT, checks: [check('altered')], notices: ['a notice'], corpus: 'Seed' });
		expect((await articles.list()).articles.map((a) => a.title)).toEqual(['Second', 'First']);
		const again = await articles.get(second.id);
		expect(again?.checks[0].result.verdict).toBe('altered');
		expect(again?.notices).toEqual(['a notice']);
		await articles.remove(first.id);
		expect((await articles.list()).articles.map((a) => a.id)).toEqual([second.id]);
	});

	it('travels in the History export: imported into another browser once, whatever the number of imports', async () => {
		const articles = await openArticles();
		await articles.save({ title: 'Exported', text: TEXT, checks: [check('altered')], notices: [], corpus: 'Seed' });
		const file = await (await openHistory()).exportJson();
		expect(JSON.parse(file).articles).toHaveLength(1);

		globalThis.indexedDB = new IDBFactory();
		const history = await openHistory();
		expect(await history.importJson(file)).toMatchObject({ added: 0, articles: 1, refused: [] });
		expect(await history.importJson(file)).not.toHaveProperty('articles');
		const [back] = (await (await openArticles()).list()).articles;
		expect(back.title).toBe('Exported');
		expect(back.checks[0].result.verdict).toBe('altered');
	});

	it('refuses an article entry it cannot read, numbered after the checks, and takes the rest', async () => {
		const file = JSON.stringify({ format: 'verbatim-history', version: 1, exportedAt: '2026-12-03T00:00:00Z', checks: [], articles: [{ title: 'no text' }] });
		const summary = await (await openHistory()).importJson(file);
		expect(summary.refused).toEqual([{ entry: 1, fault: 'is not an article check Verbatim can read' }]);
	});

	it('refuses to keep an article check with no statements', async () => {
		await expect((await openArticles()).save({ title: 'x', text: TEXT, checks: [], notices: [], corpus: '' })).rejects.toThrow(/no statements/);
	});

	it('counts a row it cannot read and still lists the others', async () => {
		const articles = await openArticles();
		await articles.save({ title: 'Good', text: TEXT, checks: [check('exact')], notices: [], corpus: '' });
		const db = await openDB(DB_NAME);
		await db.put('articles', { id: 'bad', title: 'Bad', text: 'short', checks: [{ statement: { span: { start: 0, end: 999 } }, result: {} }], notices: [], createdAt: 1 } as never);
		db.close();
		const { articles: listed, unreadable } = await articles.list();
		expect(listed.map((a) => a.title)).toEqual(['Good']);
		expect(unreadable).toBe(1);
	});

	it('opens a version 4 database with its checks kept, and adds the article store empty', async () => {
		const row = { id: 'old', claim: 'We can manufacture everything', result: fakeResult('exact'), note: 'kept', createdAt: 1_741_860_000_000, corpus: 'Seed', importedAt: null };
		const v4 = await openDB(DB_NAME, 4, {
			upgrade(db) {
				const checks = db.createObjectStore('checks', { keyPath: 'id' });
				checks.createIndex('by-date', 'createdAt');
				checks.createIndex('by-claim-date', ['claim', 'createdAt']);
				db.createObjectStore('sources', { keyPath: 'id' }).createIndex('by-hash', 'hash', { unique: true });
				db.createObjectStore('settings');
				db.createObjectStore('summaries', { keyPath: 'id' });
			}
		});
		await v4.put('checks', row);
		await v4.put('summaries', summaryOfRow(row, Date.now()));
		v4.close();
		const articles = await openArticles();
		expect((await articles.list()).articles).toEqual([]);
		expect(await (await openHistory()).list()).toEqual([row]);
		const db = await openDB(DB_NAME);
		expect(db.version).toBe(5);
		db.close();
	});
});
