import { describe, expect, it } from 'vitest';
import { seededRng } from '../../../cli/bench/prng.ts';
import { buildIndex, snapshotIndex } from './source-index.ts';
import { rareWordLimit } from './postings.ts';
import { readWords } from './read-words.ts';
import { pairPlaces, rareWordPlaces } from './segments.ts';
import type { WordArrays } from './word-arrays.ts';

const doc = (id: string, text: string) => ({ id, title: id, text, speakers: [] });

/**
 * Words of every frequency around the rare-word limit of a corpus of `total` words:
 * "r<f>x<k>" occurs f times, the rest is filler of a few common words, all in random order but `last`.
 */
function corpusText(total: number, frequencies: readonly number[], seed: number, last = ''): string {
	const rng = seededRng(seed);
	const words: string[] = [];
	for (const f of frequencies) for (let k = 0; k < 3; k++) for (let n = 0; n < f; n++) words.push(`r${f}x${k}`);
	while (words.length < total) words.push(`filler${rng.int(0, 199)}`);
	for (let i = words.length - 1; i > 0; i--) {
		const j = rng.int(0, i);
		[words[i], words[j]] = [words[j], words[i]];
	}
	// A word ending a document starts no pair there: its place there is found another way.
	if (last) [words[words.indexOf(last)], words[words.length - 1]] = [words[words.length - 1], last];
	return words.join(' ');
}

/** Same places for every word and every pair of the rare words, whatever the tables behind them. */
function expectSamePlaces(segmented: WordArrays, fresh: WordArrays): void {
	expect(segmented.vocabulary).toEqual(fresh.vocabulary);
	for (const id of fresh.vocabulary.values()) {
		const [a, b] = [rareWordPlaces(segmented, id), rareWordPlaces(fresh, id)];
		expect(a && Array.from(a)).toEqual(b && Array.from(b));
	}
	const rare = [...fresh.vocabulary].filter(([key]) => key.startsWith('r')).map(([, id]) => id);
	for (const a of rare.slice(0, 40)) for (const b of rare) expect(Array.from(pairPlaces(segmented, a, b))).toEqual(Array.from(pairPlaces(fresh, a, b)));
}

describe('segmented postings', () => {
	// Large enough that the rare-word limit grows with the corpus: 1.52 M words put it at 76.
	const base = doc('base', corpusText(1_520_000, Array.from({ length: 12 }, (_, k) => 72 + k), 1, 'r78x0'));
	const additions = [1, 2, 3].map((k) => doc(`more${k}`, corpusText(30_000, [1, 2, 3], 10 + k)));

	it('give, after each added document, the places a fresh build gives, words that just became rare included', () => {
		let words = readWords([base]);
		const limitBefore = rareWordLimit(words.ids.length);
		for (let k = 1; k <= additions.length; k++) {
			const documents = [base, ...additions.slice(0, k)];
			words = readWords(documents, { words, documents: documents.slice(0, -1) });
			expect(words.added).toHaveLength(k);
			expectSamePlaces(words, readWords(documents));
		}
		// The limit rose past whole numbers, so some words rare now were too common for the main table.
		expect(Math.floor(rareWordLimit(words.ids.length))).toBeGreaterThan(Math.floor(limitBefore));
		expect(words.frequency[words.vocabulary.get('r78x0')!]).toBeGreaterThan(words.rareWords.limit);
		expect(rareWordPlaces(words, words.vocabulary.get('r78x0')!)).toHaveLength(78);
	}, 60_000);

	it('are merged before a snapshot, which then equals a fresh build', () => {
		const documents = [base, additions[0]];
		const grown = buildIndex({ name: '', description: '', documents }, buildIndex({ name: '', description: '', documents: [base] }));
		expect(grown.words.added).toHaveLength(1);
		const [merged, fresh] = [snapshotIndex(grown), snapshotIndex(buildIndex({ name: '', description: '', documents }))];
		expect(merged.vocabulary.join(' ') === fresh.vocabulary.join(' ')).toBe(true);
		expect(merged.rareWordLimit).toBe(fresh.rareWordLimit);
		const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
		for (const [name, array] of Object.entries(fresh.arrays)) expect(bytes(merged.arrays[name as keyof typeof fresh.arrays]).equals(bytes(array)), name).toBe(true);
	}, 60_000);
});
