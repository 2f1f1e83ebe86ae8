import { describe, expect, it } from 'vitest';
import { guessMeta, guessSpeakers, parseDate, titleFromFileName } from './meta';

describe('parseDate', () => {
	it.each([
		['2025-03-13', '2025-03-13'],
		['2025-03-18T07:45:00+00:00', '2025-03-18'],
		['Northbridge, 13 March 2025', '2025-03-13'],
		['March 13, 2025', '2025-03-13'],
		['on Mar. 3 2025 at noon', '2025-03-03'],
		['1st February 2024', '2024-02-01'],
		['D:20250313120000Z', '2025-03-13'],
		['first 13 March 2025, then 2024-01-01', '2025-03-13'],
		['2025-02-30', undefined],
		['no date here', undefined],
		['March 2025', undefined]
	])('reads %s', (text, iso) => expect(parseDate(text)).toBe(iso));
});

describe('guessSpeakers', () => {
	it.each([
		['a transcript, one turn per paragraph', 'HOST: Welcome.\n\nJANE DOE: Thanks.\n\nHOST: So, the budget?', ['HOST', 'JANE DOE']],
		['a transcript, one turn per line', 'Mr. Lee: Yes.\nTHE PRESIDENT: No.\nTHE PRESIDENT: Never.', ['THE PRESIDENT', 'Mr. Lee']],
		['a speech', 'Thank you.\n\nWe built it.\n\nNote: figures are rounded.', []],
		['a single label', 'Q: Why?', []],
		['labels on a minority of paragraphs', 'A: x\n\nb\n\nc\n\nd\n\nB: y', []]
	])('reads %s', (_, text, speakers) => expect(guessSpeakers(text)).toEqual(speakers));
});

describe('guessMeta', () => {
	it('prefers the title the file states', () => {
		expect(guessMeta('First line', 'f.txt', { title: '  Own   title ' }).title).toBe('Own title');
	});
	it('takes a short first line as the title', () => {
		expect(guessMeta('\n  Budget speech\nMore.', 'f.txt', {}).title).toBe('Budget speech');
	});
	it('falls back to the file name when the first line is prose', () => {
		expect(guessMeta('x'.repeat(200), 'Budget 2025.final.txt', {}).title).toBe('Budget 2025.final');
	});
	it('normalises a stated date and drops empty fields', () => {
		expect(guessMeta('Text', 'f.html', { date: '2025-03-18T07:45:00Z', publisher: ' ', url: undefined })).toEqual({
			title: 'Text',
			date: '2025-03-18',
			speakers: []
		});
	});
	it('looks for a date only near the top', () => {
		expect(guessMeta(`Title\n${'word '.repeat(200)}13 March 2025`, 'f.txt', {}).date).toBeUndefined();
	});
	it.each([
		['notes.txt', 'notes'],
		['.hidden', '.hidden'],
		['a.b.c', 'a.b']
	])('titles %s as %s', (name, title) => expect(titleFromFileName(name)).toBe(title));
});
