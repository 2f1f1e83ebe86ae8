/**
 * The History page: the saved checks, what the search and filter show, the
 * open check, and the last deletion (for Undo). Every failure becomes a
 * sentence in `problem` or `notice`; nothing is thrown at the page.
 */
import type { Verdict } from '#lib/engine/index.ts';
import { HistorySearch } from '#lib/search/history.ts';
import {
	importedSentence,
	openHistory,
	StorageError,
	type CheckSummary,
	type DamagedCheck,
	type History,
	type SavedCheck,
	type StorageCause
} from '#lib/storage/index.ts';
import { Pages } from './pages.svelte.ts';
import { recheckAll, type Rechecker } from './recheck-all.ts';
import { sentence, type ActionNotice } from './notice.ts';

export type { Rechecker };
export { PAGE_SIZE } from './pages.svelte.ts';

/** A sentence saying what the last action did; `undo` when it can be taken back. */
export type Notice = ActionNotice<SavedCheck[]>;

export class HistoryPage {
	/** How many imports brought article checks: the article list reads them again when it changes. */
	articleImports = $state(0);
	/** 'loading' until History is open; 'unavailable' when the browser refuses storage. */
	status = $state<'loading' | 'ready' | 'unavailable'>('loading');
	/** Why History cannot be shown, as a sentence; null while it can. */
	problem = $state<string | null>(null);
	/** What kind of failure `problem` is (a newer version's data, storage blocked), when storage said. */
	problemKind = $state<StorageCause | null>(null);
	/** Every saved check's summary, newest first (replaced whole, never mutated). */
	checks = $state.raw<CheckSummary[]>([]);
	/** Stored rows that cannot be read as checks. */
	damaged = $state.raw<DamagedCheck[]>([]);
	/** The text in the search box. */
	query = $state('');
	/** The verdict filter; 'all' shows every verdict. */
	verdict = $state<Verdict | 'all'>('all');
	/** The id of the check whose full result is shown. */
	openId = $state<string | null>(null);
	/** The open check in full, read when it is opened; damaged when its row cannot be read; null while it is read. */
	opened = $state.raw<SavedCheck | DamagedCheck | null>(null);
	/** What the last action did. */
	notice = $state.raw<Notice | null>(null);
	/** A re-check is running. */
	busy = $state(false);
	/** Imported checks done so far while they are checked again; null when no such run is under way. */
	rechecking = $state.raw<{ done: number; total: number } | null>(null);

	/** The search over the current checks, rebuilt when they change. */
	search = $derived(new HistorySearch(this.checks));
	/** The checks the query finds (closest first), of the chosen verdict. */
	visible = $derived(
		this.search
			.find(this.query)
			.map((m) => m.check)
			.filter((c) => this.verdict === 'all' || c.verdict === this.verdict)
	);
	/** The checks drawn: the first pages of `visible`. */
	pages = new Pages(
		() => this.visible,
		() => `${this.verdict}\u0000${this.query}`
	);
	/** Checks that came in by import and have not been checked here. */
	imported = $derived(this.checks.filter((c) => c.importedAt !== null));

	#history: History | null = null;
	#recheck: Rechecker;
	#stop = false;

	constructor(recheck: Rechecker) {
		this.#recheck = recheck;
	}

	/** Opens History and reads it; call again to pick up what another tab saved. */
	async load(): Promise<void> {
		try {
			this.#history ??= await openHistory();
			await this.#read(this.#history);
			this.status = 'ready';
			this.problem = null;
		} catch (error) {
			this.status = 'unavailable';
			this.problem = sentence(error, 'History cannot be shown just now. Checking still works.');
			this.problemKind = error instanceof StorageError ? error.kind : null;
		}
	}

	/** Opens the check `id` (reading it in full), or closes it when it is open. */
	async toggle(id: string): Promise<void> {
		this.openId = this.openId === id ? null : id;
		this.opened = null;
		if (this.openId) await this.#readOpen();
	}

	async setNote(id: string, note: string): Promise<boolean> {
		return this.#act(async (h) => {
			await h.setNote(id, note);
			return { text: note ? 'Note saved.' : 'Note removed.', kind: 'done' };
		});
	}

	async remove(check: Pick<CheckSummary, 'id' | 'claim'>): Promise<boolean> {
		return this.#act(async (h) => {
			const removed = await h.remove(check.id);
			if (this.openId === check.id) this.openId = null;
			return { text: `Deleted the check of “${shorten(check.claim)}”.`, kind: 'done', undo: removed ? [removed] : [] };
		});
	}

	async removeDamaged(entry: DamagedCheck): Promise<boolean> {
		return this.#act(async (h) => {
			await h.removeDamaged(entry.key);
			if (this.openId === entry.key) this.openId = null;
			return { text: 'Deleted the damaged entry.', kind: 'done' };
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
			const summary = await h.importJson(await file.text());
			if (summary.articles) this.articleImports++;
			return { text: importedSentence(summary), kind: summary.refused.length ? 'failed' : 'done' };
		});
	}

	/** The whole of History as a file's text, or null (with a notice) when it cannot be read. */
	async exportAs(kind: 'json' | 'csv'): Promise<string | null> {
		const history = this.#history;
		if (!history) return null;
		try {
			// Nothing changes by exporting, so History is not read again afterwards.
			return kind === 'json' ? await history.exportJson() : await history.exportCsv();
		} catch (error) {
			this.notice = { text: sentence(error, 'History could not be read. Reload the page and try again.'), kind: 'failed' };
			return null;
		}
	}

	/** Checks a saved claim again and keeps the answer as a new check, which it opens. */
	async recheck(check: SavedCheck): Promise<boolean> {
		this.busy = true;
		try {
			return await this.#act(async (h) => {
				const { result, corpus } = await this.#recheck(check.claim);
				const saved = await h.save({ claim: check.claim, result, corpus });
				this.openId = saved.id;
				this.opened = saved;
				this.query = '';
				this.verdict = 'all';
				const same = result.verdict === check.result.verdict ? 'the same verdict as before' : 'a different verdict from before';
				return { text: `Checked again against the current corpus: ${same}. The new check is at the top of History.`, kind: 'done' };
			});
		} finally {
			this.busy = false;
		}
	}

	/** Checks every imported check again here, replacing its verdict and keeping its note. */
	async recheckImported(): Promise<boolean> {
		const targets = this.imported;
		this.#stop = false;
		this.rechecking = { done: 0, total: targets.length };
		try {
			return await this.#act(async (h) => {
				const run = { onprogress: (done: number) => (this.rechecking = { done, total: targets.length }), stopped: () => this.#stop };
				const { done, changed } = await recheckAll(targets, this.#recheck, h, run);
				const verdicts = changed === 1 ? '1 verdict changed' : `${changed} verdicts changed`;
				const left = targets.length - done;
				const rest = left > 0 ? ` Stopped with ${left} still marked imported; press the button again to go on.` : '';
				return { text: `Checked ${done} imported ${done === 1 ? 'check' : 'checks'} again here: ${verdicts}, notes kept.${rest}`, kind: 'done' };
			});
		} finally {
			this.rechecking = null;
		}
	}

	/** Stops checking imported checks again, after the check under way. */
	stopRecheck(): void {
		this.#stop = true;
	}

	async #read(history: History): Promise<void> {
		const { checks, damaged } = await history.read();
		this.checks = checks;
		this.damaged = damaged;
		if (this.openId && !checks.some((c) => c.id === this.openId)) this.openId = null;
		if (this.openId) await this.#readOpen();
	}

	/** Reads the open check in full (its note or verdict may have changed); a check gone meanwhile closes. */
	async #readOpen(): Promise<void> {
		const id = this.openId;
		const history = this.#history;
		if (!id || !history) return;
		const opened = await history.get(id).catch(() => undefined);
		if (this.openId !== id) return;
		this.opened = opened ?? null;
		if (!opened) this.openId = null;
	}

	/** Runs one action, reads History again, and says what happened; false when it failed. */
	async #act(body: (h: History) => Promise<Notice | null>): Promise<boolean> {
		const history = this.#history;
		if (!history) return false;
		try {
			const notice = await body(history);
			if (notice) this.notice = notice;
			await this.#read(history);
			return true;
		} catch (error) {
			this.notice = { text: sentence(error, 'That did not work. Reload the page and try again.'), kind: 'failed' };
			// What was done before the failure (a part of a long run, say) shows.
			await this.#read(history).catch(() => {});
			return false;
		}
	}
}

/** The start of a long claim, for a sentence: "We will never give up…". */
function shorten(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
