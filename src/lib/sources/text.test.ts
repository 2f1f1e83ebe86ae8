import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';
import { tidyText } from './text';
import { decodeText } from './txt';
import { extractPasted } from './extract';
import { messages } from './messages';

describe('tidyText', () => {
	it.each([
		['a\r\nb\rc', 'a\nb\nc'],
		['a\n\n\n\nb', 'a\n\nb'],
		['a\n \n\t\n\nb', 'a\n\nb'],
		['a\n\nb', 'a\n\nb'],
		['  \n a  b \n', 'a  b']
	])('tidies %j', (raw, tidy) => expect(tidyText(raw)).toBe(tidy));
});

describe('decodeText', () => {
	it.each([
		['UTF-8', [0x63, 0x61, 0x66, 0xc3, 0xa9], 'café'],
		['UTF-8 with a BOM', [0xef, 0xbb, 0xbf, 0x68, 0x69], 'hi'],
		['windows-1252 when UTF-8 is invalid', [0x93, 0x68, 0x69, 0x94], '“hi”'],
		['UTF-16 LE with a BOM', [0xff, 0xfe, 0x68, 0, 0x69, 0], 'hi'],
		['UTF-16 BE with a BOM', [0xfe, 0xff, 0, 0x68, 0, 0x69], 'hi']
	])('decodes %s', (_, bytes, text) => expect(decodeText(new Uint8Array(bytes))).toBe(text));
});

describe('markdownToText', () => {
	it.each([
		['# Budget #', 'Budget'],
		['We **will** cut *taxes* and __fees__ and _rates_.', 'We will cut taxes and fees and rates.'],
		['Keep snake_case_names and 2 * 3 * 4.', 'Keep snake_case_names and 2 * 3 * 4.'],
		['See [the report](https://x.y/r "R") and ![a chart](c.png).', 'See the report and a chart.'],
		['Run `npm test` now, ~~not~~ later.', 'Run npm test now, not later.'],
		['> "We will win," she said.', '"We will win," she said.'],
		['- one\n* two\n1. three', 'one\ntwo\n1. three'],
		['```js\nconst a = **b**;\n```', 'const a = **b**;'],
		['Price: \\*only\\* $5', 'Price: *only* $5'],
		['Title\n=====\n\nBody', 'Title\n\nBody'],
		['a\n\n---\n\nb', 'a\n\n\n\nb'],
		['[ref]: https://x.y', '']
	])('turns %j into plain text', (md, text) => expect(markdownToText(md).text).toBe(text));

	it('titles a document by its first heading, ATX or underlined', () => {
		expect(markdownToText('Intro\n\n## First *real* heading\n\n# Second').title).toBe('First real heading');
		expect(markdownToText('Notes\n-----\n# Later').title).toBe('Notes');
		expect(markdownToText('No heading').title).toBeUndefined();
	});
});

describe('extractPasted', () => {
	it('titles pasted text by its first line unless a title is given', async () => {
		expect(await extractPasted('Speech at the docks\n\nWe will build.')).toMatchObject({
			ok: true,
			kind: 'txt',
			fileName: 'Pasted text',
			meta: { title: 'Speech at the docks' }
		});
		expect(await extractPasted('We will build.', 'Docks speech')).toMatchObject({ meta: { title: 'Docks speech' } });
	});
	it('counts UTF-8 bytes', async () => {
		expect(await extractPasted('café')).toMatchObject({ bytes: 5 });
	});
	it('refuses blank text', async () => {
		expect(await extractPasted(' \n ')).toEqual({ ok: false, fileName: 'Pasted text', message: messages.pastedEmpty });
	});
});
