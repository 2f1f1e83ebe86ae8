/**
 * A built index as a record IndexedDB can keep (structured clone stores the
 * typed arrays as they are), and back. The corpus travels with it, so a kept
 * index restores without asking storage or the network for any text.
 */
import { restoreIndex, snapshotIndex, type SourceIndex } from '#lib/engine/index.ts';
import type { KeptIndex } from '#lib/storage/index-cache.ts';

/** The record to keep for `index`, built for the choice named `signature` under app build `build`. */
export function keptIndexOf(index: SourceIndex, signature: string, build: string): KeptIndex {
	return { signature, build, corpus: index.corpus, snapshot: snapshotIndex(index) };
}

/** The index a kept record holds; throws (a programmer error) when its arrays belong to another corpus. */
export function indexFromKept(kept: KeptIndex): SourceIndex {
	return restoreIndex(kept.corpus, kept.snapshot);
}
