/**
 * Checking imported checks again here, all in one go: each claim goes through this
 * browser's checker, and the answers replace the imported verdicts (notes kept).
 */
import type { CheckResult } from '#lib/engine/index.ts';
import type { CheckSummary, History, Recheck } from '#lib/storage/index.ts';

/** Checks a claim again against the current corpus, and names that corpus. */
export type Rechecker = (claim: string) => Promise<{ result: CheckResult; corpus: string }>;

/**
 * Answers written per transaction. Each batch is kept as soon as it is written, so
 * stopping (or a failure) part-way keeps every answer already given; 25 checks take
 * a fraction of a second, so progress moves steadily.
 */
const BATCH = 25;

export type RecheckRun = {
	/** Checks done so far, after each batch. */
	onprogress: (done: number) => void;
	/** Asked between checks: true stops the run there. */
	stopped: () => boolean;
};

/** What a run did: how many checks took a new answer, and how many of those changed verdict. */
export type RecheckDone = { done: number; changed: number };

export async function recheckAll(checks: readonly CheckSummary[], recheck: Rechecker, history: History, run: RecheckRun): Promise<RecheckDone> {
	let done = 0;
	let changed = 0;
	for (let from = 0; from < checks.length && !run.stopped(); from += BATCH) {
		const answers: Recheck[] = [];
		for (const check of checks.slice(from, from + BATCH)) {
			if (run.stopped()) break;
			const { result, corpus } = await recheck(check.claim);
			answers.push({ id: check.id, result, corpus });
			if (result.verdict !== check.verdict) changed += 1;
		}
		done += await history.replaceResults(answers);
		run.onprogress(done);
	}
	return { done, changed };
}
