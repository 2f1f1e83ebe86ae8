/** The corpus: documents from a manifest or bare files, and the index over all of them, built once and serialisable. */
export { buildIndex, restoreIndex, snapshotIndex, bigramBucket, type IndexSnapshot, type SourceIndex, type WordArrays } from './source-index.ts';
export { corpusFromFiles, corpusFromManifest, CorpusError } from './manifest.ts';
export { weigher } from './weights.ts';
