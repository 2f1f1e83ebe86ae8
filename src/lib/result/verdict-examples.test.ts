import { expect, it } from 'vitest';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { buildIndex, verify } from '#lib/engine/index.ts';
import { VERDICT_ORDER } from './verdicts.ts';
import { VERDICT_EXAMPLES } from './verdict-examples.ts';

const index = buildIndex(bundledCorpus);

it('has one example of every verdict, in the order the verdicts are listed', () => {
	expect(VERDICT_EXAMPLES.map((e) => e.verdict)).toEqual(VERDICT_ORDER);
});

it.each(VERDICT_EXAMPLES.map((e) => [e.verdict, e.claim] as const))('the engine calls the %s example %s', (verdict, claim) => {
	expect(verify(claim, index).verdict).toBe(verdict);
});
