/**
 * Which of several passages is the source (SPEC "Several sources"): a chain
 * of named tie-breakers, each consulted only when the ones before it tie.
 */
import type { Candidate } from '../match/index.ts';
import type { Verdict } from '../types.ts';
import { wordingOf } from './judge.ts';

/** A candidate with what the judge made of it. */
export type Judged = Candidate & { verdict: Verdict; speakerAgrees: boolean };

/** Similarities within this step (0..1) are equal for ranking: the speaker and the document's date decide between them. */
const SIMILARITY_STEP = 0.02;

type TieBreaker = { name: string; key: (c: Judged) => number };

/** Higher key first. */
const TIE_BREAKERS: readonly TieBreaker[] = [
	{ name: 'a passage that is the source before one that is not', key: (c) => (c.verdict === 'not_found' ? 0 : 1) },
	{ name: 'exact words before close before changed', key: (c) => ({ exact: 2, close: 1, changed: 0 })[wordingOf(c.differences)] },
	{ name: 'the more similar passage', key: (c) => Math.round(c.measures.similarity / SIMILARITY_STEP) },
	{ name: 'the passage whose speaker is the one the claim names', key: (c) => (c.speakerAgrees ? 1 : 0) },
	{ name: 'the earlier document', key: (c) => -c.window.doc },
	{ name: 'the earlier place in it', key: (c) => -c.window.first }
];

export function compareCandidates(x: Judged, y: Judged): number {
	for (const { key } of TIE_BREAKERS) {
		const d = key(y) - key(x);
		if (d !== 0) return d;
	}
	return 0;
}

/** The names of the tie-breakers, in order, for DESIGN.md and tests. */
export const TIE_BREAKER_NAMES = TIE_BREAKERS.map((t) => t.name);
