/**
 * The Library's indexing runs: one at a time (a new one replaces the one under
 * way), with progress while it runs and a sentence when it ends.
 */
import { getChecker, type CorpusChoice, type Indexing } from '#lib/checker/client.ts';
import { corpusInUse } from './corpus-in-use.svelte.ts';
import { indexedSentence, progressOf, stoppedSentence, type Progress } from './indexing-words.ts';

const failure = (error: unknown) => (error instanceof Error && error.message ? error.message : 'Indexing failed.');

export class IndexingRuns {
	/** Indexing under way; null when idle. */
	progress = $state.raw<Progress | null>(null);
	/** What the last run ended with, as a sentence. */
	outcome = $state<string | null>(null);

	#run: Indexing | null = null;

	/** Makes checks run against `corpus`; `ended(ok)` hears how the run ended, unless a later run replaced it. */
	start(corpus: CorpusChoice, ended: (ok: boolean) => void): void {
		this.#run?.cancel();
		const run = getChecker().useCorpus(corpus, (p) => {
			if (this.#run === run) this.progress = progressOf(p);
		});
		this.#run = run;
		this.progress = { label: 'Preparing to index', done: 0, total: 0 };
		const current = () => this.#run === run;
		run.done
			.then(
				(summary) => {
					if (!current()) return;
					this.outcome = indexedSentence(summary);
					ended(true);
				},
				(error: unknown) => {
					if (!current()) return;
					this.outcome = stoppedSentence(failure(error));
					ended(false);
				}
			)
			.finally(() => {
				if (!current()) return;
				this.#run = null;
				this.progress = null;
				void corpusInUse().refresh();
			});
	}

	/** Stops the run under way; checks go on against what they ran against before. */
	cancel(): void {
		this.#run?.cancel();
	}
}
