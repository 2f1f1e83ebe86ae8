import { describe, expect, it } from 'vitest';
import { sentences, wordKeys, words } from './text-units.ts';

const cut = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
	it.each([
		['One here. Two there! Three?', ['One here.', 'Two there!', 'Three?']],
		['Mr. Speaker, Mrs. Smith and Dr. Jones came. Then we left.', ['Mr. Speaker, Mrs. Smith and Dr. Jones came.', 'Then we left.']],
		['Harry S. Truman spoke to the U.S. Congress. It listened.', ['Harry S. Truman spoke to the U.S. Congress.', 'It listened.']],
		['Headline without a stop\nBody text. “Quoted,” he said. More.', ['Headline without a stop', 'Body text.', '“Quoted,” he said.', 'More.']],
		['It rose by 5.7 percent. In 1996 it fell.', ['It rose by 5.7 percent.', 'In 1996 it fell.']]
	])('cuts %j into sentences', (text, expected) => expect(cut(text)).toEqual(expected));
});

describe('words', () => {
	it('keeps inner apostrophes, hyphens and digit separators, with offsets into the text', () => {
		const text = 'We don’t co-operate on $3,000,000 or 5.7%.';
		expect(words(text).map((w) => w.text)).toEqual(['We', 'don’t', 'co-operate', 'on', '3,000,000', 'or', '5.7']);
		expect(words(text).every((w) => text.slice(w.start, w.end) === w.text)).toBe(true);
		expect(wordKeys('Don’t STOP')).toEqual(["don't", 'stop']);
	});
});
