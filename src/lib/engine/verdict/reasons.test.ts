import { describe, expect, it } from 'vitest';
import type { Attribution, Difference } from '../types.ts';
import { reasonFor } from './reasons.ts';

const nobody: Attribution = { speaker: null, evidence: 'narration', cue: '', cueSpan: null };
const changed = (claim: string, source: string): Difference => ({ type: 'word', severity: 'meaning', claim, source, claimSpan: null, sourceSpan: null });

describe('the reason given for altered', () => {
	it.each([
		['lost', 'won'],
		['falling', 'growing']
	])('calls %j against %j the opposite, as words or as forms of them', (claim, source) => {
		expect(reasonFor('altered', [changed(claim, source)], null, nobody, 'X')).toBe(`The source says “${source}”, the opposite of “${claim}”.`);
	});

	it.each([
		['grain', 'oil'],
		['privatisation', 'modernisation'],
		['can', 'must']
	])('says only that the source says otherwise for %j put for %j: no opposite of it', (claim, source) => {
		expect(reasonFor('altered', [changed(claim, source)], null, nobody, 'X')).toBe(`The source says “${source}”, not “${claim}”.`);
	});
});
