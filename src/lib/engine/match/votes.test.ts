import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/index.ts';
import { DiagonalVotes } from './votes.ts';

/** Two documents of ten words each: corpus positions 0-9 and 10-19. */
const index = buildIndex({
	name: 'two',
	description: '',
	documents: ['one two three four five six seven eight nine ten', 'alpha beta gamma delta epsilon zeta eta theta iota kappa'].map((text, i) => ({
		id: `d${i}`,
		title: `d${i}`,
		speakers: [],
		date: '2020-01-01',
		text
	}))
});

describe('DiagonalVotes', () => {
	it('adds the votes of postings on one diagonal into one bucket that reaches all of them', () => {
		const votes = new DiagonalVotes(index.words, 4, 8);
		// Claim words 0 and 1 found at positions 2 and 3: both on diagonal 2.
		votes.cast([2], 0, 1, 0, 1.5);
		votes.cast([3], 0, 1, 1, 2);
		expect(votes.size).toBe(1);
		expect(votes.votes[0]).toBe(3.5);
		expect([votes.first[0], votes.last[0]]).toEqual([2, 6]);
	});

	it('keeps votes of two documents apart, and never makes them neighbouring buckets', () => {
		const votes = new DiagonalVotes(index.words, 4, 8);
		votes.cast([9, 10], 0, 2, 0, 1);
		expect(votes.size).toBe(2);
		expect(votes.first).toEqual([9, 10]);
		const [end, start] = votes.keys;
		expect(Math.abs(end - start)).toBeGreaterThan(1);
		expect(votes.slot(start - 1)).toBe(-1);
	});

	it('reads only postings [from, to) and says which bucket is strongest', () => {
		const votes = new DiagonalVotes(index.words, 4, 8);
		votes.cast([0, 5, 15, 16], 1, 3, 0, 2);
		expect(votes.size).toBe(2);
		expect(votes.strongest()).toBe(2);
		expect(new DiagonalVotes(index.words, 4, 8).strongest()).toBe(0);
	});

	it('finds every one of thousands of buckets again, in the order they got votes, after its table grows', () => {
		const long = buildIndex({
			name: 'long',
			description: '',
			documents: [{ id: 'd', title: 'd', speakers: [], date: '2020-01-01', text: Array.from({ length: 40_000 }, (_, k) => `w${k % 97}`).join(' ') }]
		});
		const votes = new DiagonalVotes(long.words, 4, 8);
		// One posting every 8 positions: each on a diagonal band of its own.
		const places = Array.from({ length: 5000 }, (_, k) => k * 8);
		votes.cast(places, 0, places.length, 0, 1);
		votes.cast(places, 0, places.length, 0, 1);
		expect(votes.size).toBe(5000);
		expect(votes.votes.every((v) => v === 2)).toBe(true);
		expect(votes.first).toEqual(places);
		expect(votes.keys.every((key, slot) => votes.slot(key) === slot)).toBe(true);
		expect(votes.slot(votes.keys[4999] + 1)).toBe(-1);
		expect(votes.keys.every((_, slot) => votes.docOf(slot) === 0)).toBe(true);
	});

	it('names the document of a bucket from its key', () => {
		const votes = new DiagonalVotes(index.words, 4, 8);
		votes.cast([3, 12, 18], 0, 3, 0, 1);
		expect([0, 1, 2].map((slot) => votes.docOf(slot))).toEqual([0, 1, 1]);
	});
});
