/**
 * What the Library says of an indexing run: the progress bar's words while it
 * runs, and one sentence when it ends.
 */
import { INDEXING_CANCELLED, type IndexProgress, type IndexSummary } from '#lib/checker/client.ts';

/** Indexing under way, as the progress bar shows it. */
export type Progress = { label: string; done: number; total: number };

/** The progress bar's words, e.g. "Loading the pack: 3.2 of 10.8 MB", "Indexing: 12 of 240 documents". */
export function progressOf(p: IndexProgress): Progress {
	if (p.phase === 'loading pack') {
		const mb = (n: number) => (n / 1e6).toFixed(1);
		return { label: p.total ? `Loading the pack: ${mb(p.done)} of ${mb(p.total)} MB` : 'Loading the pack', done: p.done, total: p.total };
	}
	if (p.phase === 'saving') return { label: 'Keeping the index for next time', done: p.done, total: p.total };
	return { label: `Indexing: ${p.done} of ${p.total} documents`, done: p.done, total: p.total };
}

/** Said when a run made checks use the new choice. */
export function indexedSentence(summary: IndexSummary): string {
	const words = summary.words.toLocaleString('en-GB');
	const documents = `${summary.documents} ${summary.documents === 1 ? 'document' : 'documents'}`;
	return `Checks now run against ${documents} (${words} words).${summary.notKept ? ` ${summary.notKept}` : ''}`;
}

/** Said when a run was cancelled or failed with `message`: checks go on as before. */
export function stoppedSentence(message: string): string {
	return message === INDEXING_CANCELLED
		? 'Indexing cancelled. Checks still run against the sources chosen before; tick a source to index it again.'
		: `${message} Checks still run against the sources chosen before.`;
}
