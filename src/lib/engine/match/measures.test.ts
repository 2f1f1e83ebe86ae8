import { describe, expect, it } from 'vitest';
import { tokenise } from '../text/index.ts';
import type { AlignOp } from './align.ts';
import { accountedOf } from './measures.ts';

const weight = () => 1;
const isWord = () => true;

/**
 * Claim "we thank partner partner partner ways", source "we thank you for the way": the first and
 * last two words paired, the three in between opposite "you for the" (replaced, not added).
 */
function replacedRun(claim: string) {
	const a = tokenise(claim);
	const ops: AlignOp[] = [
		{ op: 'pair', i: 0, j: 0, kind: 'same' },
		{ op: 'pair', i: 1, j: 1, kind: 'same' },
		{ op: 'pair', i: 2, j: 2, kind: 'mismatch' },
		{ op: 'pair', i: 3, j: 3, kind: 'mismatch' },
		{ op: 'pair', i: 4, j: 4, kind: 'mismatch' },
		{ op: 'pair', i: 5, j: 5, kind: 'inflection' }
	];
	return accountedOf(ops, a, [], weight, isWord);
}

describe('accountedOf: words the claim adds', () => {
	it('counts distinct words put for the passage’s as replaced, not added', () => {
		const m = replacedRun('we thank partners allies friends ways');
		expect(m.unaccounted).toBe(3);
		expect(m.unaccountedAdded).toBe(0);
		expect(m.longestAddedRun).toBe(0);
	});

	it('counts a word the claim repeats, wherever unaccounted for, as added', () => {
		const m = replacedRun('we thank moscow moscow moscow ways');
		expect(m.unaccounted).toBe(3);
		expect(m.unaccountedAdded).toBe(3);
		expect(m.longestAddedRun).toBe(3);
	});

	it('counts the repeats of a word the passage accounts for once as added', () => {
		const m = replacedRun('we union union partners friends union');
		expect(m.unaccounted).toBe(3);
		expect(m.unaccountedAdded).toBe(1);
	});
});
