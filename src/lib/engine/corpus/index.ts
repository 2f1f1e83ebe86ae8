/** The corpus: documents from a manifest or bare files, and the index over all of them, built once and serialisable. */
export { buildIndex, restoreIndex, snapshotIndex, type IndexSnapshot, type SourceIndex } from './source-index.ts';
export { docAt, indexBytes, wordSpan, type NamedArrays, type WordArrays } from './word-arrays.ts';
export { commonPostings, pairRange } from './postings.ts';
export { pairPlaces, rareWordPlaces } from './segments.ts';
export { corpusFromFiles, corpusFromManifest, CorpusError } from './manifest.ts';
export { weigher } from './weights.ts';
export { costSentence, indexCost, tooLargeSentence, TAB_BUDGET_BYTES, type IndexCost } from './cost.ts';
