import { describe, expect, it } from 'vitest';
import { WARM_UP_CLAIMS, WARM_UP_MIN_WORDS, warmUp, warmUpClaims, type WarmUpCorpus } from './warm-up.ts';

const text = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} says the harbour opens at dawn.`).join(' ');
const large: WarmUpCorpus = { words: { ids: { length: WARM_UP_MIN_WORDS } }, corpus: { documents: [{ id: 'a', title: 'A', text, speakers: [] }] } };

describe('warmUp', () => {
	it('checks every warm-up claim of a large corpus when no check is asked', async () => {
		const checked: string[] = [];
		expect(await warmUp(large, () => false, (claim) => checked.push(claim))).toBe(WARM_UP_CLAIMS);
		expect(checked).toEqual(warmUpClaims(large.corpus.documents));
	});

	it('checks nothing when a check was asked before it began (while the kept index was read)', async () => {
		const checked: string[] = [];
		expect(await warmUp(large, () => true, (claim) => checked.push(claim))).toBe(0);
		expect(checked).toEqual([]);
	});

	it('stops at the first check asked meanwhile', async () => {
		let asked = false;
		const checked: string[] = [];
		const count = await warmUp(large, () => asked, (claim) => {
			checked.push(claim);
			if (checked.length === 2) asked = true;
		});
		expect(count).toBe(2);
	});

	it('leaves a small corpus alone', async () => {
		const small: WarmUpCorpus = { ...large, words: { ids: { length: WARM_UP_MIN_WORDS - 1 } } };
		expect(await warmUp(small, () => false, () => {})).toBe(0);
	});
});

describe('warmUpClaims', () => {
	it('takes whole sentences from across the corpus, every other one with a word left out', () => {
		const claims = warmUpClaims(large.corpus.documents);
		expect(claims).toHaveLength(WARM_UP_CLAIMS);
		expect(claims[0]).toMatch(/^Sentence number \d+ says the harbour opens at dawn\.$/);
		expect(claims[1]).toMatch(/^Sentence \d+ says the harbour opens at dawn\.$/);
		expect(new Set(claims).size).toBe(WARM_UP_CLAIMS);
	});
});
