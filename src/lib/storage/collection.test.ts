import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectionRefused } from './messages.ts';
import { importedSourcesSentence, openHistory, openSources, type Sources } from './index.ts';
import { DB_NAME } from './schema.ts';
import { fakeResult } from './testing.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

/** Sources holding one source per title, one second apart. */
async function sourcesWith(...titles: string[]): Promise<Sources> {
	const sources = await openSources();
	const now = vi.spyOn(Date, 'now');
	for (const [i, title] of titles.entries()) {
		now.mockReturnValueOnce(1_741_860_000_000 + i * 1000);
		await sources.add(
			{ text: `The words of ${title}.\n\nA “curly” second paragraph.`, kind: i % 2 ? 'pdf' : 'pasted', fileName: i % 2 ? `${title}.pdf` : '', bytes: 100 + i, hash: `h-${title}` },
			{ title, publisher: i % 2 ? 'Kremlin' : undefined, date: '2025-03-13', speakers: ['Vladimir Putin'], kind: 'transcript' }
		);
	}
	now.mockRestore();
	return sources;
}

describe('export and import a collection', () => {
	it('round-trips into an empty browser unchanged', async () => {
		const before = await sourcesWith('one', 'two', 'three');
		const file = await before.exportCollection();
		const saved = await before.list();
		expect(JSON.parse(file)).toMatchObject({ format: 'verbatim-sources', version: 1 });

		globalThis.indexedDB = new IDBFactory();
		const after = await openSources();
		expect(await after.importCollection(file)).toEqual({ added: 3, skipped: 0, linksLeftOut: [] });
		expect(await after.list()).toEqual(saved);
	});

	it('merges: skips a source already there by id or by text, and changes nothing stored', async () => {
		const sources = await sourcesWith('one', 'two');
		const file = await sources.exportCollection();
		const [one] = await sources.list();
		await sources.update(one.id, { title: 'renamed after the export', speakers: [] });
		const data = JSON.parse(file);
		// The same text under another id (exported from another browser) is the same source.
		data.sources.push({ ...data.sources[1], id: 'own-other' });
		data.sources.push({ ...data.sources[1], id: 'own-new', hash: 'h-new', title: 'new' });
		expect(await sources.importCollection(JSON.stringify(data))).toEqual({ added: 1, skipped: 3, linksLeftOut: [] });
		expect((await sources.list()).map((s) => s.title)).toEqual(['renamed after the export', 'two', 'new']);
	});

	it.each([
		['', collectionRefused.empty],
		['title,text\nx,y', collectionRefused.notJson],
		['{"format":"verbatim-history","version":1,"checks":[]}', collectionRefused.otherJson],
		['{"format":"verbatim-sources","version":99,"sources":[]}', collectionRefused.newerFormat],
		['{"format":"verbatim-sources","version":1}', collectionRefused.damaged('the file', 'has no list of sources')]
	])('refuses %j with a sentence, importing nothing', async (text, message) => {
		const sources = await sourcesWith('kept');
		await expect(sources.importCollection(text)).rejects.toThrow(message);
		expect((await sources.list()).map((s) => s.title)).toEqual(['kept']);
	});

	it.each([['javascript:alert(document.domain)'], ['data:text/html,<script>alert(1)</script>'], ['file:///etc/passwd'], ['not a link']])(
		'takes a source whose link is %j without its link, and says so',
		async (url) => {
			const from = await sourcesWith('a', 'b');
			const data = JSON.parse(await from.exportCollection());
			data.sources[1].url = url;
			data.sources[0].url = 'https://eng.belta.by/president/view/1';
			globalThis.indexedDB = new IDBFactory();
			const sources = await openSources();
			expect(await sources.importCollection(JSON.stringify(data))).toEqual({ added: 2, skipped: 0, linksLeftOut: ['b'] });
			const [a, b] = await sources.list();
			expect(a.url).toBe('https://eng.belta.by/president/view/1');
			expect(b).not.toHaveProperty('url');
			expect(importedSourcesSentence(2, 0, ['b'])).toBe(
				'Added 2 sources; 0 were already there. The link of “b” was left out, because only web addresses (http:// or https://) are kept as links; add the right one with Edit details.'
			);
		}
	);

	it('refuses a file with one damaged source, naming it, and imports none of the others', async () => {
		const from = await sourcesWith('a', 'b');
		const data = JSON.parse(await from.exportCollection());
		data.sources[1].text = '';
		globalThis.indexedDB = new IDBFactory();
		const sources = await openSources();
		await expect(sources.importCollection(JSON.stringify(data))).rejects.toThrow(
			'This sources export is damaged: source 2 has no text. Nothing was imported; export again from the browser it came from.'
		);
		expect(await sources.list()).toEqual([]);
	});

	it('runs out of space part-way: nothing of the file is written, what was there stays, and it says so', async () => {
		const from = await sourcesWith('a', 'b', 'c');
		const file = await from.exportCollection();
		globalThis.indexedDB = new IDBFactory();
		const sources = await sourcesWith('kept');
		await (await openHistory()).save({ claim: 'a saved check', result: fakeResult() });

		// The third write of the import finds the disk full.
		const db = await openDB(DB_NAME);
		const store = Object.getPrototypeOf(db.transaction('sources').objectStore('sources'));
		db.close();
		const real = store.add;
		let writes = 0;
		const spy = vi.spyOn(store, 'add').mockImplementation(function (this: unknown, ...args: unknown[]) {
			if (++writes === 3) throw new DOMException('full', 'QuotaExceededError');
			return real.apply(this, args);
		});
		try {
			await expect(sources.importCollection(file)).rejects.toThrow(
				'This browser has run out of storage space for Verbatim, so nothing was imported and your sources are as they were. Export your sources and delete those you no longer need, or free some space on this device; checking still works.'
			);
		} finally {
			spy.mockRestore();
		}
		expect((await sources.list()).map((s) => s.title)).toEqual(['kept']);
		expect((await (await openHistory()).list()).map((c) => c.claim)).toEqual(['a saved check']);
		expect(await sources.importCollection(file)).toEqual({ added: 3, skipped: 0, linksLeftOut: [] });
	});
});
