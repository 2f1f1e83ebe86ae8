import { describe, expect, it } from 'vitest';
import type { Difference } from '#lib/engine/index.ts';
import { claimPieces, splitByRanges, unplaced } from './segments.ts';

function diff(claim: string, source: string, start: number | null, end = start): Difference {
	return {
		type: 'number',
		severity: 'meaning',
		claim,
		source,
		claimSpan: start === null ? null : { start, end: end ?? start },
		sourceSpan: null
	};
}

describe('splitByRanges', () => {
	it('cuts at every edge and tags each piece with the ranges covering it', () => {
		const text = 'abcdefghij';
		const pieces = splitByRanges(text, 100, [
			{ start: 102, end: 106, tag: 'passage' },
			{ start: 104, end: 105, tag: 'mark' }
		]);
		expect(pieces.map((p) => [p.text, p.tags])).toEqual([
			['ab', []],
			['cd', ['passage']],
			['e', ['passage', 'mark']],
			['f', ['passage']],
			['ghij', []]
		]);
		expect(pieces.map((p) => p.text).join('')).toBe(text);
	});

	it('clips ranges that reach outside the text', () => {
		const pieces = splitByRanges('hello', 10, [{ start: 0, end: 12, tag: 'x' }]);
		expect(pieces.map((p) => [p.text, p.tags])).toEqual([
			['he', ['x']],
			['llo', []]
		]);
	});
});

describe('claimPieces', () => {
	const claim = 'Trade has grown by about 7.5 percent';

	it('puts each difference where it stands in the claim and keeps the rest as text', () => {
		const at = claim.indexOf('7.5');
		const pieces = claimPieces(claim, [diff('7.5', '5.7', at, at + 3)]);
		expect(pieces).toEqual([
			{ kind: 'text', text: 'Trade has grown by about ' },
			expect.objectContaining({ kind: 'difference', claim: '7.5', source: '5.7' }),
			{ kind: 'text', text: ' percent' }
		]);
	});

	it('shows a word the claim leaves out at its place, with nothing struck out', () => {
		const at = claim.indexOf('about');
		const pieces = claimPieces(claim, [diff('', 'only', at)]);
		expect(pieces[1]).toEqual(expect.objectContaining({ kind: 'difference', claim: '', source: 'only' }));
		expect(pieces.map((p) => (p.kind === 'text' ? p.text : p.claim)).join('')).toBe(claim);
	});

	it('leaves overlapping and placeless differences to `unplaced`', () => {
		const first = diff('grown by', 'risen by', 10, 18);
		const overlapping = diff('by', 'to', 16, 18);
		const nowhere = diff('', 'reaching a record level', null);
		const all = [overlapping, first, nowhere];
		expect(claimPieces(claim, all).filter((p) => p.kind === 'difference')).toHaveLength(1);
		expect(unplaced(all)).toEqual([overlapping, nowhere]);
	});
});
