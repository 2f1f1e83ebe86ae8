/**
 * The History page: the saved checks, what the search and filter show, the
 * open check, and the last deletion (for Undo). Every failure becomes a
 * sentence in `problem` or `notice`; nothing is thrown at the page.
 */
import type { CheckResult, Verdict } from '#lib/engine/index.ts';
import { createHistorySearch } from '#lib/search/history.ts';
import { importedSentence, openHistory, type History, type SavedCheck } from '#lib/storage/index.ts';

/** Checks a claim again against the current corpus, and names that corpus. */
export type Rechecker = (claim: string) => Promise<{ result: CheckResult; corpus: string }>;

/** A sentence saying what the last action did; `undo` when it can be taken back. */
export type Notice = { text: string; kind: 'done' | 'failed'; undo?: SavedCheck[] };

function sentence(error: unknown, fallback: string): string {
	return error instanceof Error && error.message ? error.message : fallback;
}

export class HistoryPage {
	/** 'loading' until History is open; 'unavailable' when the browser refuses storage. */
	status = $state<'loading' | 'ready' | 'unavailable'>('loading');
	/** Why History cannot be shown, as a sentence; null while it can. */
	problem = $state<string | null>(null);
	/** Every saved check, newest first (replaced whole, never mutated). */
	checks = $state.raw<SavedCheck[]>([]);
	/** The text in the search box. */
	query = $state('');
	/** The verdict filter; 'all' shows every verdict. */
	verdict = $state<Verdict | 'all'>('all');
	/** The id of the check whose full result is shown. */
	openId = $state<string | null>(null);
	/** What the last action did. */
	notice = $state.raw<Notice | null>(null);
	/** A re-check is running. */
	busy = $state(false);

	/** The fuzzy search over the current checks, rebuilt when they change. */
	search = $derived(createHistorySearch(this.checks));
	/** The checks to show: those the query finds (closest first), of the chosen verdict. */
	visible = $derived(
		this.search(this.query)
			.map((m) => m.check)
			.filter((c) => this.verdict === 'all' || c.result.verdict === this.verdict)
	);

	#history: History | null = null;
	#recheck: Rechecker;

	constructor(recheck: Rechecker) {
		this.#recheck = recheck;
	}

	/** Opens History and reads it; call again to pick up what another tab saved. */
	async load(): Promise<void> {
		try {
			this.#history ??= await openHistory();
			this.checks = await this.#history.list();
			this.status = 'ready';
			this.problem = null;
		} catch (error) {
			this.status = 'unavailable';
			this.problem = sentence(error, 'History cannot be shown just now. Checking still works.');
		}
	}

	toggle(id: string): void {
		this.openId = this.openId === id ? null : id;
	}

	async setNote(id: string, note: string): Promise<boolean> {
		return this.#act(async (h) => {
			await h.setNote(id, note);
			return { text: note ? 'Note saved.' : 'Note removed.', kind: 'done' };
		});
	}

	async remove(check: SavedCheck): Promise<boolean> {
		return this.#act(async (h) => {
			const removed = await h.remove(check.id);
			if (this.openId === check.id) this.openId = null;
			return { text: `Deleted the check of “${shorten(check.claim)}”.`, kind: 'done', undo: removed ? [removed] : [] };
		});
	}

	async clear(): Promise<boolean> {
		return this.#act(async (h) => {
			const all = await h.list();
			await h.clear();
			this.openId = null;
			const n = all.length;
			return { text: `Cleared History: ${n} ${n === 1 ? 'check' : 'checks'} deleted.`, kind: 'done', undo: all };
		});
	}

	async undo(): Promise<boolean> {
		const back = this.notice?.undo ?? [];
		return this.#act(async (h) => {
			await Promise.all(back.map((c) => h.restore(c)));
			return { text: back.length === 1 ? 'The check is back in History.' : `${back.length} checks are back in History.`, kind: 'done' };
		});
	}

	async importFile(file: File): Promise<boolean> {
		return this.#act(async (h) => {
			const { added, skipped } = await h.importJson(await file.text());
			return { text: importedSentence(added, skipped), kind: 'done' };
		});
	}

	/** The whole of History as a file's text, or null (with a notice) when it cannot be read. */
	async exportAs(kind: 'json' | 'csv'): Promise<string | null> {
		let text: string | null = null;
		await this.#act(async (h) => {
			text = kind === 'json' ? await h.exportJson() : await h.exportCsv();
			return null;
		});
		return text;
	}

	/** Checks a saved claim again and keeps the answer as a new check, which it opens. */
	async recheck(check: SavedCheck): Promise<boolean> {
		this.busy = true;
		try {
			return await this.#act(async (h) => {
				const { result, corpus } = await this.#recheck(check.claim);
				const saved = await h.save({ claim: check.claim, result, corpus });
				this.openId = saved.id;
				this.query = '';
				this.verdict = 'all';
				const same = result.verdict === check.result.verdict ? 'the same verdict as before' : 'a different verdict from before';
				return { text: `Checked again against the current corpus: ${same}. The new check is at the top of History.`, kind: 'done' };
			});
		} finally {
			this.busy = false;
		}
	}

	/** Runs one action, reads History again, and says what happened; false when it failed. */
	async #act(body: (h: History) => Promise<Notice | null>): Promise<boolean> {
		const history = this.#history;
		if (!history) return false;
		try {
			const notice = await body(history);
			if (notice) this.notice = notice;
			this.checks = await history.list();
			return true;
		} catch (error) {
			this.notice = { text: sentence(error, 'That did not work. Reload the page and try again.'), kind: 'failed' };
			return false;
		}
	}
}

/** The start of a long claim, for a sentence: "We will never give up…". */
function shorten(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
