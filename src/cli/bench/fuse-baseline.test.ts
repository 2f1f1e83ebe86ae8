import { describe, expect, it } from 'vitest';
import { CLAIM_KINDS } from './claims.ts';
import { roundRobinByKind } from './fuse-baseline.ts';
import type { ClaimOutcome } from './measure.ts';

const outcome = (kind: (typeof CLAIM_KINDS)[number], k: number) => ({ claim: { kind, claim: `${kind} ${k}`, source: null } }) as unknown as ClaimOutcome;

describe('roundRobinByKind', () => {
	// The bench hung once: kinds added after the fixed order had no queue, so the loop never ended.
	it('returns every claim, of every kind, one kind after another', () => {
		const outcomes = CLAIM_KINDS.flatMap((kind) => [outcome(kind, 1), outcome(kind, 2)]);
		const order = roundRobinByKind(outcomes);
		expect(order).toHaveLength(outcomes.length);
		expect(new Set(order)).toEqual(new Set(outcomes));
		expect(order.slice(0, 2).map((o) => o.claim.kind)).toEqual(['exact', 'fabricated']);
	});
});
