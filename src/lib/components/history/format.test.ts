import { describe, expect, it } from 'vitest';
import type { Corpus } from '#lib/engine/index.ts';
import { fakeResult } from '#lib/storage/testing.ts';
import { corpusFor, exportFileName, formatTime, sourceTitle } from './format.ts';

const text = 'x'.repeat(100) + 'Bilateral trade has grown by about 5.7 percent' + 'y'.repeat(100);
const corpus = (docText: string): Corpus => ({
	name: 'Seed',
	description: '',
	documents: [{ id: '2025-03-13-kremlin-russian-belarusian-talks', title: 'Russian-Belarusian talks', text: docText, speakers: [] }]
});

describe('History formats', () => {
	it('writes a time as UI.md writes dates, with the local hour', () => {
		expect(formatTime(new Date(2025, 2, 13, 14, 2).getTime())).toBe('13 March 2025, 14:02');
	});

	it('names a file by the day', () => {
		expect(exportFileName('csv', new Date(2025, 2, 3))).toBe('verbatim-history-2025-03-03.csv');
	});

	it.each([
		['the title', fakeResult('exact'), corpus(text), 'Russian-Belarusian talks'],
		['the id when the document is gone', fakeResult('exact'), { ...corpus(text), documents: [] }, '2025-03-13-kremlin-russian-belarusian-talks'],
		['nothing when nothing was found', fakeResult('not_found'), corpus(text), '']
	])('gives the source document as %s', (_, result, c, expected) => expect(sourceTitle(result.source?.doc ?? null, c)).toBe(expected));

	it('keeps a document that still holds the saved passage at its span', () => {
		expect(corpusFor(fakeResult(), corpus(text)).documents).toHaveLength(1);
	});

	it('leaves out a document whose text changed, so the saved passage is shown instead', () => {
		expect(corpusFor(fakeResult(), corpus('edited ' + text)).documents).toHaveLength(0);
	});
});
