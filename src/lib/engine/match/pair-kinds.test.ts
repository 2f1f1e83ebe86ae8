import { describe, expect, it } from 'vitest';
import { tokenise, type Token } from '../text/index.ts';
import { KINDS, pairKinds } from './pair-kinds.ts';

const known = (t: Token) => t.norm !== 'goverment';
const rows = (claim: string, source: string) => {
	const [a, b] = [tokenise(claim), tokenise(source)];
	const kinds = pairKinds(a, b, known);
	return a.map((_, i) => [...kinds.subarray(i * b.length, (i + 1) * b.length)].map((k) => KINDS[k]));
};

describe('pairKinds', () => {
	it('gives a word repeated in the claim the row it has alone', () => {
		const source = 'the goal of the government is growth';
		const twice = rows('the goal and the growth', source);
		expect(twice[3]).toEqual(twice[0]);
		expect(twice[3]).toEqual(rows('the', source)[0]);
	});

	it('tells a name from the same word in lower case, though both read as one norm', () => {
		const [name, word] = [rows('Lukashenko said', 'Lukashenka spoke')[0], rows('lukashenko said', 'Lukashenka spoke')[0]];
		const both = rows('lukashenko and Lukashenko', 'Lukashenka spoke');
		expect(both[2]).toEqual(name);
		expect(both[0]).toEqual(word);
		expect(both[2]).not.toEqual(both[0]);
	});

	it('reads each pair of words as the lexicon relates them', () => {
		const [row] = rows('goverment', 'government governments rule');
		expect(row).toEqual(['typo', 'mismatch', 'mismatch']);
		expect(rows('increase', 'decrease table')[0]).toEqual(['antonym', 'mismatch']);
	});
});
