import { describe, expect, it } from 'vitest';
import { buildIndex, docAt, pairPlaces } from '../corpus/index.ts';
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

	it('casts into the buckets that have votes what the pair’s places would cast there, reading the corpus instead', () => {
		// "red green blue" in one stretch of three; in the others "green blue" stands 12 words after "red green".
		const gap = 'one two three four five six seven eight nine ten eleven twelve';
		const text = Array.from({ length: 300 }, (_, k) => (k % 3 === 0 ? `red green blue ${gap} ${gap}` : `red green ${gap} green blue ${gap}`)).join(' ');
		const many = buildIndex({ name: 'm', description: '', documents: [{ id: 'a', title: 'a', speakers: [], date: '2020-01-01', text }, { id: 'b', title: 'b', speakers: [], date: '2020-01-01', text }] });
		const id = (w: string) => many.words.vocabulary.get(w)!;
		const red = pairPlaces(many.words, id('red'), id('green'));
		const blue = pairPlaces(many.words, id('green'), id('blue'));
		const [read, cast] = [new DiagonalVotes(many.words, 3, 8), new DiagonalVotes(many.words, 3, 8)];
		for (const votes of [read, cast]) votes.cast(red, 0, red.length, 0, 1);
		read.castWhereVoted(id('green'), id('blue'), 1, 0.5);
		cast.cast(blue, 0, blue.length, 1, 0.5);
		expect(read.size).toBeLessThan(cast.size);
		for (let slot = 0; slot < read.size; slot++) {
			const same = cast.slot(read.keys[slot]);
			expect([read.votes[slot], read.first[slot], read.last[slot]]).toEqual([cast.votes[same], cast.first[same], cast.last[same]]);
		}
		expect(read.votes.some((v) => v === 1.5)).toBe(true);
	});

	it('puts each of a list of places in its own document, however many documents it skips', () => {
		const docs = Array.from({ length: 300 }, (_, d) => ({ id: `d${d}`, title: 'd', speakers: [], date: '2020-01-01', text: d % 7 === 3 ? '' : `w${d} x y z v` }));
		const many = buildIndex({ name: 'many', description: '', documents: docs });
		const total = many.words.ids.length;
		// Places a few apart, then far apart, then one in the last document.
		const places = [0, 1, 6, 7, 40, 41, 300, 900, total - 1].filter((p) => p < total);
		const votes = new DiagonalVotes(many.words, 1, 8);
		votes.cast(places, 0, places.length, 0, 1);
		expect(votes.keys.map((_, slot) => votes.docOf(slot))).toEqual([...new Set(places.map((p) => docAt(many.words, p)))]);
	});
});
