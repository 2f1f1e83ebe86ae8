/**
 * One check session on the Check page: the claim being typed, the latest
 * answer, and whether it was kept in History. Checking never waits on storage.
 */
import { tick } from 'svelte';
import { getChecker } from '#lib/checker/client.ts';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import type { CheckResult, Corpus } from '#lib/engine/index.ts';
import { missingSources, type SharedSource } from '#lib/result/share.ts';
import { citedDocuments, corpusOf } from './result-corpus.ts';
import { openHistory, type History } from '#lib/storage/index.ts';
import { sentence } from './notice.ts';

/** Only the page's first verdict is timed (a measure for each would pile up). */
let firstVerdict = true;

export class CheckSession {
	/** The text in the claim field. */
	claim = $state('');
	/** The latest answer (not deeply reactive: it is replaced whole, and History stores it as is). */
	result = $state.raw<CheckResult | null>(null);
	/** The corpus the latest answer was checked against, with the texts of the documents it cites. */
	corpus = $state.raw<Corpus>(bundledCorpus);
	/** The claim exactly as it was checked, for links and History. */
	checkedClaim = $state('');
	/** The verdict is shown, but not yet its evidence: the texts of the documents it cites are on their way. */
	detailsPending = $state(false);
	/** A check is running. */
	busy = $state(false);
	/** Why the checker could not answer, as a sentence; null when it answered. */
	error = $state<string | null>(null);
	/** Why the latest check was not kept in History; null when it was (or is being) saved. */
	storageNotice = $state<string | null>(null);
	/** The History id of the latest check, once saved. */
	savedId = $state<string | null>(null);
	/** The note saved with the latest check. */
	note = $state('');
	/** How many checks have answered on this page, evidence shown (tests and the figures script wait on it). */
	answered = $state(0);
	/** Milliseconds from asking the checker to having its answer, for the latest check. */
	roundTripMs = $state<number | null>(null);
	/** The own sources a shared link says its check used that checks here do not run against. */
	missingSources = $state.raw<SharedSource[]>([]);
	/** There is something in the field to check. */
	hasClaim = $derived(this.claim.trim() !== '');

	#history: Promise<History> | null = null;
	#run = 0;

	/**
	 * Checks `claim` (by default the field's text) and keeps it in History. `shared`: the own
	 * sources a shared link says its check used, to say which of them are not here.
	 * The verdict is shown as soon as the checker answers; when the page does not hold the texts of
	 * the documents the result cites (an own source of 24 M characters, say), its evidence follows
	 * them (`detailsPending` until then), and `answered` counts the check once both are shown.
	 */
	async check(claim: string = this.claim, shared: SharedSource[] = []): Promise<void> {
		const run = ++this.#run;
		this.claim = claim;
		this.busy = true;
		this.error = null;
		try {
			const asked = performance.now();
			const result = await getChecker().check(claim);
			if (run !== this.#run) return;
			this.roundTripMs = performance.now() - asked;
			const known = citedDocuments(result).every((id) => this.corpus.documents.some((d) => d.id === id && d.text));
			this.#showVerdict(claim, result, !known, asked);
			const corpus = known ? this.corpus : await corpusOf(result);
			const missing = shared.length ? missingSources(shared, await getChecker().documents()) : [];
			if (run !== this.#run) return;
			this.missingSources = missing;
			this.corpus = corpus;
			this.detailsPending = false;
			if (known) void corpusOf(result).then((c) => run === this.#run && (this.corpus = c), () => {});
			this.answered += 1;
			// A claim of spaces (an empty `?q=`, say) is answered, but there is nothing to keep.
			if (claim.trim() !== '') void this.#save(claim, result, run);
		} catch (error) {
			if (run !== this.#run) return;
			this.error = sentence(error, 'The checker could not answer. Reload the page to try again.');
		} finally {
			if (run === this.#run) this.busy = false;
		}
	}

	/** Shows the verdict of `result`, asked for at `asked`; `detailsPending`: its evidence waits for the cited documents' texts. */
	#showVerdict(claim: string, result: CheckResult, detailsPending: boolean, asked: number): void {
		this.detailsPending = detailsPending;
		this.missingSources = [];
		this.result = result;
		this.checkedClaim = claim;
		this.savedId = null;
		this.note = '';
		if (firstVerdict) {
			firstVerdict = false;
			// For tests/figures/restore-figures.ts: how long the page waited for the answer, then to show it.
			const answered = performance.now();
			performance.measure('page: check asked to answered', { start: asked, end: answered });
			void tick().then(() => performance.measure('page: answer to verdict shown', { start: answered }));
		}
	}

	/** Saves a note with the latest check; resolves to a sentence saying what happened. */
	async saveNote(note: string): Promise<string> {
		const id = this.savedId;
		if (!id) return 'This check is not in History, so the note cannot be saved.';
		try {
			await (await this.#open()).setNote(id, note);
			this.note = note;
			return note ? 'Note saved in History.' : 'Note removed.';
		} catch (error) {
			return sentence(error, 'The note could not be saved.');
		}
	}

	#open(): Promise<History> {
		this.#history ??= openHistory().catch((error: unknown) => {
			this.#history = null; // try again with the next check: the user may have allowed storage since
			throw error;
		});
		return this.#history;
	}

	async #save(claim: string, result: CheckResult, run: number): Promise<void> {
		try {
			const saved = await (await this.#open()).save({ claim, result, corpus: this.corpus.name });
			if (run !== this.#run) return;
			this.savedId = saved.id;
			this.storageNotice = null;
		} catch (error) {
			if (run !== this.#run) return;
			this.storageNotice = sentence(
				error,
				'Your browser could not use local storage just now, so this check was not saved to History; checking still works.'
			);
		}
	}
}
