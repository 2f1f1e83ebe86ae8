import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openSources, StorageError, webLink } from './index.ts';
import { IdbSources } from './sources.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

/** What extraction gives for a small text file. */
function file(text: string, hash = `hash-of-${text}`, fileName = 'speech.txt') {
	return { text, kind: 'txt', fileName, bytes: text.length, hash };
}

describe('own sources', () => {
	it('adds a source with an id, its text, where it came from and its description', async () => {
		const sources = await openSources();
		const saved = await sources.add(file('We can manufacture everything.'), {
			title: '  Speech at the plant ',
			publisher: 'President of Belarus',
			date: '2025-03-13',
			url: '',
			kind: 'speech',
			speakers: ['Alexander Lukashenko', ' ']
		});
		expect(saved).toMatchObject({
			title: 'Speech at the plant',
			publisher: 'President of Belarus',
			date: '2025-03-13',
			kind: 'speech',
			speakers: ['Alexander Lukashenko'],
			text: 'We can manufacture everything.',
			format: 'txt',
			fileName: 'speech.txt'
		});
		expect(saved).not.toHaveProperty('url');
		expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(await sources.get(saved.id)).toEqual(saved);
	});

	it('lists in the order they were added', async () => {
		const sources = await openSources();
		const now = vi.spyOn(Date, 'now');
		for (const [title, t] of [['second', 2000], ['first', 1000]] as const) {
			now.mockReturnValueOnce(t);
			await sources.add(file(title), { title, speakers: [] });
		}
		now.mockRestore();
		expect((await sources.list()).map((s) => s.title)).toEqual(['first', 'second']);
	});

	it('refuses the same source twice, naming the one already there', async () => {
		const sources = await openSources();
		await sources.add(file('Same words.', 'abc'), { title: 'The first copy', speakers: [] });
		await expect(sources.add(file('Same words.', 'abc', 'copy.txt'), { title: 'Copy', speakers: [] })).rejects.toThrow(
			'This is the same text as “The first copy”, which is already in your sources, so it was not added again.'
		);
		expect(await sources.list()).toHaveLength(1);
	});

	it('refuses a source with no text', async () => {
		const sources = await openSources();
		await expect(sources.add(file('  \n '), { title: 'Empty', speakers: [] })).rejects.toBeInstanceOf(StorageError);
	});

	it('titles a paste with no title by its first words', async () => {
		const sources = await openSources();
		const saved = await sources.add({ text: 'Short words here.', kind: 'pasted', bytes: 17, hash: 'p' }, { title: '', speakers: [] });
		expect(saved).toMatchObject({ title: 'Short words here.', format: 'pasted', fileName: '' });
	});

	it('updates the description and never the text; a field emptied is removed', async () => {
		const sources = await openSources();
		const saved = await sources.add(file('Words.'), { title: 'Old', publisher: 'Kremlin', speakers: [] });
		const changed = await sources.update(saved.id, { title: 'New', speakers: ['Vladimir Putin'], kind: 'transcript' });
		expect(changed).toEqual({ ...saved, publisher: undefined, title: 'New', speakers: ['Vladimir Putin'], kind: 'transcript' });
		expect(await sources.get(saved.id)).not.toHaveProperty('publisher');
		await expect(sources.update(saved.id, { title: ' ', speakers: [] })).rejects.toThrow(/needs a title/);
		await expect(sources.update('own-gone', { title: 'x', speakers: [] })).rejects.toThrow(/no longer in your sources/);
	});

	it('removes a source, returns it, and restores it exactly', async () => {
		const sources = await openSources();
		const saved = await sources.add(file('Words.'), { title: 'One', speakers: [] });
		const removed = await sources.remove(saved.id);
		expect(removed).toEqual(saved);
		expect(await sources.list()).toEqual([]);
		await sources.restore(removed!);
		expect(await sources.list()).toEqual([saved]);
		expect(await sources.remove('own-gone')).toBeUndefined();
	});

	it('keeps the choice of sources to check against', async () => {
		const sources = await openSources();
		expect(await sources.choice()).toEqual({ bundled: true, packs: [], leftOut: [] });
		await sources.setChoice({ bundled: false, packs: ['sotu'], leftOut: ['own-1'] });
		// Another page of the same browser reads it.
		expect(await new IdbSources().choice()).toEqual({ bundled: false, packs: ['sotu'], leftOut: ['own-1'] });
	});

	it('is opened once per page', async () => {
		expect(await openSources()).toBe(await openSources());
	});
});

describe('openSources without IndexedDB', () => {
	it('rejects with a sentence that says checking still works', async () => {
		// @ts-expect-error: a browser with storage switched off has no indexedDB.
		delete globalThis.indexedDB;
		await expect(openSources()).rejects.toThrow(
			'Your browser is blocking local storage, so your sources cannot be shown. Private windows often do this; checking still works.'
		);
	});
});

describe('a source link', () => {
	it.each([
		['https://eng.belta.by/president/view/1', 'https://eng.belta.by/president/view/1'],
		['  http://kremlin.ru/events/president/news/76445  ', 'http://kremlin.ru/events/president/news/76445'],
		['javascript:alert(1)', null],
		['JavaScript:alert(1)', null],
		['data:text/html,<b>x</b>', null],
		['file:///etc/passwd', null],
		['ftp://example.com/a.txt', null],
		['eng.belta.by/president', null],
		['', null]
	])('%j links to %j', (text, href) => expect(webLink(text)).toBe(href));

	it('is refused when it is not a web address, and the source is as it was', async () => {
		const sources = await openSources();
		const saved = await sources.add(file('Words.'), { title: 'Speech', url: 'https://example.org/speech', speakers: [] });
		await expect(sources.update(saved.id, { title: 'Speech', url: 'javascript:alert(1)', speakers: [] })).rejects.toThrow(
			'A link must be a web address starting with http:// or https://, so the change was not saved. Correct the link, or leave it empty, and save again.'
		);
		expect(await sources.get(saved.id)).toEqual(saved);
	});

	it('read from a file is kept only when it is a web address', async () => {
		const sources = await openSources();
		const saved = await sources.add(file('Words.'), { title: 'Page', url: 'javascript:void(0)', speakers: [] });
		expect(saved).not.toHaveProperty('url');
	});
});
