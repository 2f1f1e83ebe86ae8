import { describe, expect, it } from 'vitest';
import { buildIndex, pairPlaces } from '../corpus/index.ts';
import { bestWindows } from './best-windows.ts';
import { findWindows } from './candidates.ts';
import { DiagonalVotes } from './votes.ts';

const passage = (middle: string) =>
	`Opening words of a long address. The harbour board approved dredging ${middle} channel before winter storms arrived early. Closing words follow here.`;
/** Three copies of one passage; only the third has the word "eastern", which the claim uses between two typos. */
const texts = [passage('western'), passage('western'), passage('eastern')];
const index = buildIndex({
	name: 'copies',
	description: '',
	documents: texts.map((text, i) => ({ id: `copy${i}`, title: `copy ${i}`, speakers: [], date: '2020-01-01', text }))
});
// "dredgng" and "chanel" break every pair around "eastern", so it casts no vote: the copies tie on votes.
const claim = 'The harbour board approved dredgng eastern chanel before winter storms arrived early';

describe('choosing among equally voted windows', () => {
	it('puts first the copy that holds more of the claim’s words, not the earliest', () => {
		const windows = findWindows(claim, index, 3);
		expect(windows.map((w) => w.votes)).toEqual([windows[0].votes, windows[0].votes, windows[0].votes]);
		expect(windows[0].doc).toBe(2);
		expect(findWindows(claim, index, 1).map((w) => w.doc)).toEqual([2]);
	});

	it('keeps the earliest first when the copies hold the claim’s words equally', () => {
		const windows = findWindows(claim.replace('eastern', 'northern'), index, 3);
		expect(windows.map((w) => w.doc)).toEqual([0, 1, 2]);
	});
});

describe('a claim whose words stand everywhere', () => {
	it('chooses among 200,000 equally voted windows without failing', () => {
		// One pair of words every 10 words: each place is its own window, all with the same votes.
		const filler = 'c1 c2 c3 c4 c5 c6 c7 c8';
		const text = Array.from({ length: 200_000 }, () => `harbour dredging ${filler}`).join(' ');
		const many = buildIndex({ name: 'many', description: '', documents: [{ id: 'd', title: 'd', speakers: [], date: '2020-01-01', text }] });
		const windows = findWindows('harbour dredging', many, 6);
		expect(windows).toHaveLength(6);
		expect(new Set(windows.map((w) => w.votes)).size).toBe(1);
	});
});

describe('a weakly voted window beside a chosen one', () => {
	const long = buildIndex({
		name: 'long',
		description: '',
		documents: [{ id: 'd', title: 'd', speakers: [], date: '2020-01-01', text: Array.from({ length: 200 }, (_, k) => `w${k}`).join(' ') }]
	});
	const choice = { limit: 6, claimIds: new Array(10).fill(-1), favoured: () => false };

	it('joins the chosen window even with too few votes to be chosen itself (the words after an omission)', () => {
		const votes = new DiagonalVotes(long.words, 10, 8);
		votes.cast([20], 0, 1, 0, 10);
		// 1.6 votes: under a fifth of the best window's, over the share that joins it.
		votes.cast([45], 0, 1, 0, 1.6);
		expect(bestWindows(votes, long.words, choice)).toEqual([{ doc: 0, first: 14, last: 61, votes: 10 }]);
	});

	it('is neither chosen nor joined when it has too few votes to join', () => {
		const votes = new DiagonalVotes(long.words, 10, 8);
		votes.cast([20], 0, 1, 0, 10);
		votes.cast([45], 0, 1, 0, 1.2);
		expect(bestWindows(votes, long.words, choice)).toEqual([{ doc: 0, first: 14, last: 36, votes: 10 }]);
	});
});

describe('a quotation of common words only', () => {
	it('is found where it stands, though every pair of it stands hundreds of times elsewhere', () => {
		// Each pair of "alpha beta gamma delta epsilon" is common (700 places); the five in a row stand once.
		const filler = Array.from({ length: 700 }, (_, k) => ['alpha beta one', 'beta gamma two', 'gamma delta three', 'delta epsilon four'].map((p) => `${p} x${k % 50}.`).join(' ')).join(' ');
		const text = `${filler} The quotation: alpha beta gamma delta epsilon, and no more. ${filler}`;
		const common = buildIndex({ name: 'c', description: '', documents: [{ id: 'd', title: 'd', speakers: [], date: '2020-01-01', text }] });
		const [best] = findWindows('alpha beta gamma delta epsilon', common, 6);
		const quoted = text.indexOf('alpha beta gamma delta epsilon');
		const wordsBefore = text.slice(0, quoted).split(' ').length - 1;
		expect(best.first).toBeLessThanOrEqual(wordsBefore);
		expect(best.last).toBeGreaterThanOrEqual(wordsBefore + 5);
		// Every one of its four pairs voted there, not only the rarest one, cast in full.
		const id = (w: string) => common.words.vocabulary.get(w)!;
		const vote = (a: string, b: string) => Math.log(1 + common.words.ids.length / (1 + pairPlaces(common.words, id(a), id(b)).length));
		const allFour = vote('alpha', 'beta') + vote('beta', 'gamma') + vote('gamma', 'delta') + vote('delta', 'epsilon');
		expect(best.votes).toBeGreaterThan(allFour - 1e-9);
	});
});
