/** The verdict: the one judge (measures + differences + speakers -> verdict), the ranking of passages, and the reasons. */
export { isSource, isSpeakerConflict, judge, wordingOf, type Wording } from './judge.ts';
export { compareCandidates, TIE_BREAKER_NAMES, type Judged } from './rank.ts';
export { CUTOFFS, type Cutoffs } from './cutoffs.ts';
export { notFoundReason, reasonFor } from './reasons.ts';
export { contextDifferences } from './context.ts';
export { verdictStands } from './stands.ts';
