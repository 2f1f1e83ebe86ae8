/** The verdict engine's public surface: pure TypeScript, no DOM; runs in Node, a Worker and the page. */
export { buildIndex, indexBytes, restoreIndex, snapshotIndex, type IndexSnapshot, type NamedArrays, type SourceIndex } from './corpus/index.ts';
export { costSentence, indexCost, tooLargeSentence, type IndexCost } from './corpus/index.ts';
export { verify } from './verify.ts';
export { toSpecResult } from './report.ts';
export { corpusFromManifest, corpusFromFiles, CorpusError } from './corpus/index.ts';
export type * from './types.ts';
/** For `npm run calibrate`: the check before the judge, and the judge's cut-offs. */
export { judgeReading, readClaim, type ClaimReading } from './verify.ts';
export { CUTOFFS, type Cutoffs } from './verdict/index.ts';
