import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from './tokenise.ts';
import { HashingWordEnd, hashOf, RawWordTable, scanWordSpans, wordEndAt, wordStartFrom } from './word-scanner.ts';

const spansOf = (text: string, scan: 'regex' | 'chars') => {
	const out: [number, number][] = [];
	if (scan === 'regex') scanWords(text, (_raw, start, end) => out.push([start, end]));
	else scanWordSpans(text, (start, end) => out.push([start, end]));
	return out;
};

describe('scanWordSpans', () => {
	it.each([
		"Co-operation isn't over: 5.7 percent, $1,000 and MC-21 (don´t) ... 10km",
		'Лукашенко сказал: «Мы можем всё». 我们可以制造 𝒜𝒷𝒸 e\u0301te\u0301',
		"rock'n'roll -- 3.14.15 a-b-c 'quoted' ’tis end."
	])('reads the same words as scanWords in %j', (text) => {
		expect(spansOf(text, 'chars')).toEqual(spansOf(text, 'regex'));
	});

	it('reads the same words as scanWords, for any string', () => {
		const pieces = fc.constantFrom('a', 'Z', '5', '.', ',', "'", '’', '´', '-', '‑', ' ', '\n', 'é', '\u0301', '𝒜', 'я', '中', '"');
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''))), (text) => {
				expect(spansOf(text, 'chars')).toEqual(spansOf(text, 'regex'));
			}),
			{ numRuns: 500 }
		);
	});
});

describe('HashingWordEnd', () => {
	it('ends every word where wordEndAt does, with the hash hashOf gives', () => {
		const pieces = fc.constantFrom('a', 'Z', '5', '.', ',', "'", '’', '´', '-', '‑', ' ', 'é', '\u0301', '𝒜', 'я', '中', '\u00AD');
		const reader = new HashingWordEnd();
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''))), (text) => {
				for (let start = wordStartFrom(text, 0); start < text.length; start = wordStartFrom(text, wordEndAt(text, start))) {
					expect(reader.at(text, start)).toBe(wordEndAt(text, start));
					expect(reader.hash).toBe(hashOf(text, start, wordEndAt(text, start)));
				}
			}),
			{ numRuns: 500 }
		);
	});
});

describe('RawWordTable', () => {
	it('gives one id to one spelling and makes the id once', () => {
		const table = new RawWordTable();
		const made: string[] = [];
		const text = 'the cat and the hat and the cat';
		const ids: number[] = [];
		scanWordSpans(text, (start, end, hash) => ids.push(table.idAt(text, start, end, hash, (s) => (made.push(s), made.length - 1))));
		expect(made).toEqual(['the', 'cat', 'and', 'hat']);
		expect(ids).toEqual([0, 1, 2, 0, 3, 2, 0, 1]);
	});

	it('keeps ids through growth', () => {
		const table = new RawWordTable();
		const words = Array.from({ length: 50_000 }, (_, k) => `w${k}`);
		const text = words.join(' ') + ' ' + words.join(' ');
		const ids: number[] = [];
		let next = 0;
		scanWordSpans(text, (start, end, hash) => ids.push(table.idAt(text, start, end, hash, () => next++)));
		expect(ids.slice(50_000)).toEqual(ids.slice(0, 50_000));
		expect(next).toBe(50_000);
	});
});
