import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePairs, decodeTable, decodeWords, encodePairs, encodeWords, type WordnetTable } from './wordnet-table.ts';

const EMPTY: WordnetTable = {
	version: 'test',
	notice: '',
	words: '',
	pos: '',
	antonyms: '',
	synonyms: '',
	units: '',
	exceptions: { n: '', v: '', a: '', r: '' }
};

describe('front-coded words', () => {
	it('writes each word as the shared prefix length and the rest', () => {
		expect(encodeWords(['rise', 'rising', 'rose'])).toBe('0rise 3ing 1ose');
	});

	it('reads back any sorted list it writes', () => {
		const sortedWords = fc
			.uniqueArray(fc.stringMatching(/^[a-z_'-]{1,40}$/), { maxLength: 50 })
			.map((words) => words.sort((a, b) => (a < b ? -1 : 1)));
		fc.assert(
			fc.property(sortedWords, (words) => {
				expect(decodeWords(encodeWords(words))).toEqual(words);
			})
		);
	});
});

describe('delta-coded pairs', () => {
	it('groups pairs by their first id', () => {
		expect(encodePairs([[1, 3], [1, 5], [4, 40]])).toBe('1:2.2 3:10');
	});

	it('reads back any sorted pairs it writes', () => {
		const sortedPairs = fc
			.uniqueArray(fc.tuple(fc.nat(5000), fc.nat(5000)).filter(([a, b]) => a < b), {
				selector: ([a, b]) => `${a} ${b}`
			})
			.map((pairs) => pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]));
		fc.assert(
			fc.property(sortedPairs, (pairs) => {
				const read: [number, number][] = [];
				decodePairs(encodePairs(pairs), (a, b) => read.push([a, b]));
				expect(read).toEqual(pairs);
			})
		);
	});
});

describe('decodeTable', () => {
	it('decodes an empty table to empty relations', () => {
		const index = decodeTable(EMPTY);
		expect(index.words).toEqual([]);
		expect(index.antonymPairs.size).toBe(0);
	});

	it('throws when the part-of-speech marks do not match the words, naming both counts', () => {
		expect(() => decodeTable({ ...EMPTY, words: '0rise', pos: '' })).toThrow('wordnet: table has 1 words but 0 part-of-speech marks');
	});

	it('gives every member of a unit its family and unit', () => {
		const index = decodeTable({ ...EMPTY, words: '0hour 0hr 0minute', pos: '111', units: 'time unit=0.1,2' });
		expect([...index.unitFamily]).toEqual([0, 0, 0]);
		expect([...index.unitOf]).toEqual([0, 0, 1]);
		expect(index.families).toEqual(['time unit']);
	});
});
