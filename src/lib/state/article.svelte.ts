/**
 * One article check on the Article page: the text pasted or opened, the statements checked
 * so far (they arrive one by one from the worker), which one is open, and the filter.
 */
import { getChecker, type ArticleRun } from '#lib/checker/client.ts';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import type { StatementCheck } from '#lib/engine/article/index.ts';
import type { Corpus } from '#lib/engine/index.ts';
import { verdictStands } from '#lib/engine/verdict/stands.ts';
import { extractFile } from '#lib/sources/index.ts';
import { openArticles } from '#lib/storage/index.ts';
import { corpusOf } from './result-corpus.ts';

export function stands(check: StatementCheck): boolean {
	return verdictStands(check.result.verdict);
}

export class ArticleSession {
	/** The text in the article field. */
	text = $state('');
	/** The article as checked: every statement's span points into it. */
	checkedText = $state('');
	/** A title for the report and History: the opened file's, or the article's first line. */
	title = $state('');
	/** Statements checked so far, in article order (replaced whole as each arrives). */
	checks = $state.raw<StatementCheck[]>([]);
	/** How many statements the article has; 0 until the worker has read it. */
	total = $state(0);
	running = $state(false);
	/** The last check was stopped before its last statement. */
	cancelled = $state(false);
	/** Why the article could not be read or checked, as a sentence; null when it was. */
	message = $state<string | null>(null);
	/** What the reading noticed: unclosed quotation marks, statements past the limit. */
	notices = $state.raw<string[]>([]);
	/** The statement whose evidence is open (its number, from 1), or null. */
	open = $state<number | null>(null);
	/** Show only the statements that do not stand. */
	onlyNotStanding = $state(false);
	/** The corpus the open statement's result is shown against, with the texts it cites. */
	corpus = $state.raw<Corpus>(bundledCorpus);
	/** How many articles have finished checking on this page (tests and the figures script wait on it). */
	finished = $state(0);
	/** Why the last article check was not kept in History; null when it was (or is being) saved. */
	storageNotice = $state<string | null>(null);
	/** The History id of the article check shown, once saved or when reopened. */
	savedId = $state<string | null>(null);

	/** The statements listed and marked, after the filter. */
	shown = $derived(this.onlyNotStanding ? this.checks.filter((c) => !stands(c)) : this.checks);
	/** The open statement's check. */
	current = $derived(this.checks.find((c) => c.statement.n === this.open) ?? null);

	#run: ArticleRun | null = null;
	/** The text of the file opened last, whose title is the file's. */
	#openedText: string | null = null;
	#pass = 0;

	async check(text: string = this.text): Promise<void> {
		this.#run?.cancel();
		const pass = ++this.#pass;
		Object.assign(this, { checkedText: text, checks: [], total: 0, open: null, message: null, notices: [], cancelled: false, running: true, savedId: null, storageNotice: null });
		if (text !== this.#openedText) this.title = text.trim().split('\n')[0].slice(0, 80);
		const collected: StatementCheck[] = [];
		try {
			// Verdicts arrive faster than frames: the page takes them in at most once a frame.
			let drawing = false;
			const draw = () => {
				drawing = false;
				if (pass === this.#pass) this.checks = collected.filter(Boolean);
			};
			this.#run = getChecker().checkArticle(text, (check, total) => {
				if (pass !== this.#pass) return;
				// By number: a request the client asks again of a fresh worker (after an indexing Cancel) starts over.
				collected[check.statement.n - 1] = check;
				this.total = total;
				if (!drawing) (drawing = true), requestAnimationFrame(draw);
			});
			const done = await this.#run.done;
			if (pass !== this.#pass) return;
			draw();
			Object.assign(this, { message: done.message, notices: done.notices, cancelled: done.cancelled, total: done.total });
			if (this.checks.length) void this.#save(pass, text, this.checks, done.notices);
		} catch (error) {
			if (pass === this.#pass) this.message = error instanceof Error ? error.message : 'The checker could not answer. Reload the page to try again.';
		} finally {
			if (pass === this.#pass) {
				this.running = false;
				this.finished++;
			}
		}
	}

	/** Keeps the article check in History as one entry; checking never waits on it. */
	async #save(pass: number, text: string, checks: StatementCheck[], notices: string[]): Promise<void> {
		try {
			const saved = await (await openArticles()).save({ title: this.title, text, checks, notices, corpus: this.corpus.name });
			if (pass === this.#pass) Object.assign(this, { savedId: saved.id, storageNotice: null });
		} catch (error) {
			if (pass === this.#pass) this.storageNotice = `This article check was not kept in History: ${error instanceof Error ? error.message : 'storage refused it'}`;
		}
	}

	/** Shows an article check kept in History, as it was saved. */
	async reopen(id: string): Promise<void> {
		try {
			const saved = await (await openArticles()).get(id);
			if (!saved) {
				this.message = 'This article check is no longer in History (it was deleted, or this is another browser).';
				return;
			}
			Object.assign(this, { text: saved.text, checkedText: saved.text, title: saved.title, checks: saved.checks, total: saved.checks.length, notices: saved.notices, savedId: saved.id, message: null, open: null });
		} catch (error) {
			this.message = error instanceof Error ? error.message : 'History could not be read.';
		}
	}

	cancel(): void {
		this.#run?.cancel();
	}

	/** Reads a file the user opened, with the Library's readers, into the field; a refusal is the message. */
	async openFile(file: File): Promise<void> {
		const read = await extractFile(file);
		if (!read.ok) {
			this.message = `${read.fileName}: ${read.message}`;
			return;
		}
		// The Library's Markdown reader drops ">" (right for a source); an article keeps it, as it marks a block quote.
		const text = read.kind === 'md' ? await file.text() : read.text;
		this.text = this.#openedText = text;
		this.title = read.meta.title || read.fileName;
		this.message = null;
	}

	/** Opens a statement's evidence, with the texts of the documents its result cites. */
	async show(n: number): Promise<void> {
		this.open = n;
		const check = this.current;
		if (!check) return;
		const corpus = await corpusOf(check.result).catch(() => this.corpus);
		if (this.open === n) this.corpus = corpus;
	}

	/** The next (or previous) statement among those shown, from the open one. */
	step(by: 1 | -1): void {
		const list = this.shown;
		if (!list.length) return;
		const at = list.findIndex((c) => c.statement.n === this.open);
		const next = at < 0 ? (by > 0 ? 0 : list.length - 1) : (at + by + list.length) % list.length;
		void this.show(list[next].statement.n);
	}
}
