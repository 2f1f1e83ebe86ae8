import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanWords } from './tokenise.ts';
import { scanWordSpans, WordIdReader } from './word-scanner.ts';

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

/** What WordIdReader gives for `texts` read one after another, with checkpoints every `stride` words. */
function readIds(texts: string[], stride: number) {
	const made: string[] = [];
	const words = texts.reduce((n, t) => n + t.length, 0);
	// Sized for a tenth of the text, so that long texts make the reader grow.
	const reader = new WordIdReader((spelling) => made.push(spelling) - 1, words / 10);
	const out = { ids: new Uint32Array(words), checkpoints: new Uint32Array(words), n: 0, c: 0 };
	const starts: number[][] = [];
	for (const text of texts) {
		const [n, c] = [out.n, out.c];
		reader.read(text, out, stride);
		starts.push(Array.from(out.checkpoints.subarray(c, out.c)));
		expect(out.n - n).toBe(spansOf(text, 'chars').length);
	}
	return { made, ids: Array.from(out.ids.subarray(0, out.n)), starts };
}

/** The same, read plainly: every word of scanWordSpans, ids by first appearance of each spelling. */
function plainIds(texts: string[], stride: number) {
	const made: string[] = [];
	const ids: number[] = [];
	const starts = texts.map((text) =>
		spansOf(text, 'chars').flatMap(([start, end], k) => {
			const spelling = text.slice(start, end);
			if (!made.includes(spelling)) made.push(spelling);
			ids.push(made.indexOf(spelling));
			return k % stride === 0 ? [start] : [];
		})
	);
	return { made, ids, starts };
}

describe('WordIdReader', () => {
	it('names every word scanWordSpans reads, one id a spelling, made once, and keeps every stride-th start, for any strings', () => {
		const pieces = fc.constantFrom('a', 'Z', '5', '.', ',', "'", '’', '´', '-', '‑', ' ', 'é', '\u0301', '𝒜', 'я', '中', '\u00AD', 'the', 'The');
		const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')));
		fc.assert(
			fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 4 }), (texts, stride) => {
				expect(readIds(texts, stride)).toEqual(plainIds(texts, stride));
			}),
			{ numRuns: 500 }
		);
	});

	it('reads numbers with decimal and thousands marks as one word, and a comma or full stop after a word as none', () => {
		const text = 'In 1,000 cases, 5.7 percent. Then 3., and ,4 and a.b';
		expect(readIds([text], 1)).toEqual(plainIds([text], 1));
		expect(readIds([text], 1).made).toEqual(['In', '1,000', 'cases', '5.7', 'percent', 'Then', '3', 'and', '4', 'a', 'b']);
	});

	it('keeps ids through growth (of its table and of its pool of spellings)', () => {
		const words = Array.from({ length: 100_000 }, (_, k) => `word${k}`);
		const { made, ids } = readIds([words.join(' '), words.join(' ')], 16);
		expect(ids.slice(100_000)).toEqual(ids.slice(0, 100_000));
		expect(made).toEqual(words);
	});
});
