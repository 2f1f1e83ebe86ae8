import { describe, expect, it } from 'vitest';
import { mean, ms, overlaps, pct, percentile, share, tally } from './stats.ts';

describe('percentile', () => {
	const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
	it.each([
		[50, 5],
		[95, 10],
		[90, 9],
		[0, 1],
		[100, 10]
	])('the %i-th percentile of 1..10 is %i (nearest rank)', (p, expected) => expect(percentile(values, p)).toBe(expected));
	it('is NaN for no values and rejects a percentile outside 0..100', () => {
		expect(percentile([], 50)).toBeNaN();
		expect(() => percentile([1], 101)).toThrow(/outside 0\.\.100/);
	});
	it('does not reorder its input', () => {
		const input = [3, 1, 2];
		percentile(input, 50);
		expect(input).toEqual([3, 1, 2]);
	});
});

describe('share, mean, tally, overlaps', () => {
	it('counts shares and means, NaN when there is nothing to count', () => {
		expect(share([1, 2, 3, 4], (x) => x > 2)).toBe(0.5);
		expect(share([], () => true)).toBeNaN();
		expect(mean([1, 2, 6])).toBe(3);
	});
	it('tallies most frequent first', () => expect(tally(['b', 'a', 'b', 'c', 'a', 'b'])).toEqual([['b', 3], ['a', 2], ['c', 1]]));
	it.each([
		[{ start: 0, end: 5 }, { start: 4, end: 9 }, true],
		[{ start: 0, end: 5 }, { start: 5, end: 9 }, false],
		[{ start: 3, end: 4 }, { start: 0, end: 9 }, true]
	])('%j overlaps %j: %s', (a, b, expected) => expect(overlaps(a, b)).toBe(expected));
	it('formats figures for reading', () => {
		expect([pct(0.9876), ms(0.4242), ms(3.14159), ms(1234.5)]).toEqual(['98.8%', '0.42', '3.1', '1235']);
	});
});
