import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { foldWordValue, numberAt, readNumberWords, tokenise } from './number-words.ts';

describe('readNumberWords', () => {
	it.each<[string, number, number]>([
		['zero', 0, 1],
		['seven days', 7, 1],
		['nineteen', 19, 1],
		['twenty five', 25, 2],
		['a hundred', 100, 2],
		['one hundred', 100, 2],
		['a thousand components', 1000, 2],
		['fifty billion dollars', 50e9, 2],
		['two hundred and fifty', 250, 4],
		['three million two hundred thousand', 3.2e6, 5],
		['a dozen eggs', 12, 2],
		['two dozen', 24, 2],
		['one hundred and', 100, 2],
		['two three', 2, 1],
		['thousand million', 0, 0]
	])('reads "%s" as %d from %d words', (text, value, used) => {
		const reading = readNumberWords(text.split(' '));
		expect(reading ?? { value: 0, used: 0 }).toEqual({ value, used });
	});

	it.each(['a', 'a record', 'billion', 'and five', 'constructor', 'several'])('reads no number in "%s"', (text) =>
		expect(readNumberWords(text.split(' '))).toBeNull()
	);
});

describe('foldWordValue', () => {
	it.each<[string, number | null]>([
		['twofold', 2],
		['tenfold', 10],
		['hundredfold', 100],
		['manifold', null],
		['fold', null]
	])('reads %s as %s', (word, value) => expect(foldWordValue(word)).toBe(value));
});

describe('numberAt', () => {
	it.each<[string, number | null, string]>([
		['1,000 components', 1000, '1,000'],
		['twenty-five years', 25, 'twenty-five'],
		['two hundred and ten', 210, 'two hundred and ten'],
		['two and a half', 2.5, 'two and a half'],
		['MiG-25', null, ''],
		['MC21', null, '']
	])('reads "%s" as %s, ending after "%s"', (text, value, read) => {
		const tokens = tokenise(text);
		// The number starts at the first token holding digits or a letter of a number word.
		const start = tokens.findIndex((tok) => tok.kind === 'num');
		const n = numberAt(tokens, start >= 0 ? start : 0);
		expect(n?.value ?? null).toBe(value);
		if (n) expect(text.slice(0, tokens[n.end - 1].end)).toBe(read);
	});
});

describe('numberAt reads only the words a number can have', () => {
	const WORDS = ['a', 'one', 'two', 'five', 'fifteen', 'twenty', 'ninety', 'zero', 'hundred', 'dozen', 'thousand', 'million', 'and', 'the', 'people', 'third', 'of', 'percent', 'score'];
	const PHRASE = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 });

	it('reads the same number from all the words of a clause as from the words up to the first no number has', () => {
		fc.assert(
			fc.property(PHRASE, (words) => {
				const whole = readNumberWords(words);
				const n = numberAt(tokenise(words.join(' ')), 0);
				return (n === null) === (whole === null) && (n === null || (n.value === whole!.value && n.end === whole!.used));
			}),
			{ numRuns: 3000 }
		);
	});
});
