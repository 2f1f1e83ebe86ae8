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
	return accountedOf(opsOf('sspppi'), tokenise(claim), [], weight, isWord);
}

/** One op per claim word, in order, against the source word of the same place: s paired the same, i inflected, p put for it (mismatch), c left over. */
function opsOf(kinds: string): AlignOp[] {
	const kind = { s: 'same', i: 'inflection', p: 'mismatch' } as const;
	return [...kinds].map((k, i): AlignOp => (k === 'c' ? { op: 'claim', i } : { op: 'pair', i, j: i, kind: kind[k as keyof typeof kind] }));
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

describe('accountedOf: a clause added at an edge', () => {
	/** The claim's first `paired` words paired one for one with the source; the rest left over. */
	function tailAfter(claim: string, paired: number, sentence: string) {
		const a = tokenise(claim);
		return accountedOf(opsOf('s'.repeat(paired) + 'c'.repeat(a.length - paired)), a, [], weight, isWord, tokenise(sentence));
	}

	it('counts every word of the added clause, function words too', () => {
		const m = tailAfter('we shall have attained security and that was a mistake', 5, 'we shall have attained security');
		expect(m.longestAddedRun).toBe(1);
		expect(m.addedAtEdge).toBe(5);
	});

	it('does not count words the sentences of the match use elsewhere (a clause moved)', () => {
		expect(tailAfter('we shall have attained security and that was a mistake', 5, 'that was a mistake, and we shall have attained security').addedAtEdge).toBe(0);
	});

	it('leaves an added negator to the negation test', () => {
		// The sentences hold "and that was so" elsewhere: only the "not" is the claim's own.
		expect(tailAfter('we shall have attained security and that was not so', 5, 'we shall have attained security and that was so').addedAtEdge).toBe(0);
	});

	it('counts a function word paired last with the clause after it', () => {
		// "need, and | they were wrong" against "need, and | as these agents will tell you".
		expect(tailAfter('we shall have attained security and they were wrong', 6, 'we shall have attained security and as these agents').addedAtEdge).toBe(4);
	});

	it('does not let a function word paired alone end the match', () => {
		const a = tokenise('we shall have attained security and yet now they were wrong');
		const ops = opsOf('ssssscccscc');
		// "they" (i = 8) paired alone, three words from the match: the tail is still "and yet now they were wrong".
		expect(accountedOf(ops, a, [], weight, isWord, tokenise('we shall have attained security')).addedAtEdge).toBe(6);
	});
});

describe('accountedOf: words put for the passage’s need a match on both sides', () => {
	it('does not read words before a function word paired alone as put for the passage’s', () => {
		// "fires interfere regions | people avoided repetition | that | calamity": "that" paired by chance.
		const a = tokenise('fires interfere regions people avoided repetition that calamity');
		const ops = opsOf('ssspppsc');
		const m = accountedOf(ops, a, [], weight, isWord);
		expect(m.unaccounted).toBe(4);
		expect(m.unaccountedAdded).toBe(4);
	});
});

describe('accountedOf: a function word paired near another still ties the claim to the passage', () => {
	it('reads a word put between two paired ones ("to | create | the" for "to make the") as put for the passage’s', () => {
		const m = accountedOf(opsOf('ccspss'), tokenise('manifestly unjust to create the taxing'), [], weight, isWord);
		expect(m.unaccountedAdded).toBe(2);
	});
});

describe('accountedOf: an aside of function words at an edge', () => {
	it('counts function words the passage’s sentences never use as an aside of the claim’s own', () => {
		const m = accountedOf(opsOf('ccccsss'), tokenise('between you and me fatal materialism plagues'), [], weight, isWord, tokenise('against the fatal materialism plagues'));
		expect(m.addedAtEdge).toBe(4);
	});

	it('leaves function words the sentences use alone', () => {
		const m = accountedOf(opsOf('ccsss'), tokenise('against the fatal materialism plagues'), [], weight, isWord, tokenise('on guard against the fatal materialism plagues'));
		expect(m.addedAtEdge).toBe(0);
	});
});

describe('accountedOf: a clause put inside the match', () => {
	it('reads far more words than the passage has opposite them as added, and counts them all', () => {
		// "this future, | as my critics admit, we | must": five claim words opposite the passage's one "we".
		const a = tokenise('achieve this future as my critics admit we must enrich');
		const m = accountedOf(opsOf('sssccccpss'), a, [], weight, isWord, tokenise('achieve this future we must enrich'));
		expect(m.unaccountedAdded).toBe(2);
		expect(m.addedInside).toBe(5);
	});

	it('counts the words of a stretch inside that the passage’s sentences never use', () => {
		// "the militia, | which cost a fortune, | Congress": two of the four words are the claim's own.
		const a = tokenise('employment of the militia which cost a fortune congress can not');
		const m = accountedOf(opsOf('ssssccccsss'), a, [], weight, isWord, tokenise('employment of the militia congress can not'));
		expect(m.addedInside).toBe(4);
		expect(m.foreignInside).toBe(2);
	});

	it('reads words the stretch shares with those opposite as the passage’s own, not as words they replace', () => {
		// The aligner set "prices kept rising" against "but those which" and left the claim's own "but those which" unpaired.
		const a = tokenise('fully ascertained while prices kept rising but those which have been communicated');
		const b = tokenise('fully ascertained but those which have been communicated');
		const pair = (i: number, j: number, kind: 'same' | 'mismatch' = 'same'): AlignOp => ({ op: 'pair', i, j, kind });
		const claim = (i: number): AlignOp => ({ op: 'claim', i });
		const ops = [pair(0, 0), pair(1, 1), claim(2), pair(3, 2, 'mismatch'), pair(4, 3, 'mismatch'), pair(5, 4, 'mismatch'), claim(6), claim(7), claim(8), pair(9, 5), pair(10, 6), pair(11, 7)];
		const m = accountedOf(ops, a, [], weight, isWord, b, b);
		expect(m.unaccountedAdded).toBe(3);
		expect(m.addedInside).toBe(7);
		expect(m.foreignInside).toBe(3);
	});

	it('still reads two words put for one as a rewording', () => {
		const m = accountedOf(opsOf('ssscpss'), tokenise('achieve this future plainly we must enrich'), [], weight, isWord, tokenise('achieve this future clearly must enrich'));
		expect(m.unaccountedAdded).toBe(0);
		expect(m.addedInside).toBe(0);
	});
});
