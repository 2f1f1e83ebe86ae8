/**
 * The Library's own sources: what is stored, what checks run against, what the
 * last additions gave, and the indexing under way. Every failure becomes a
 * sentence in `problem`, `notice` or a result; nothing is thrown at the page.
 */
import { getChecker, type CheckedDocument, type OwnSource } from '#lib/checker/client.ts';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { extractFile, extractPasted, type Extracted } from '#lib/sources/index.ts';
import {
	DEFAULT_CHOICE,
	importedSourcesSentence,
	openSources,
	type SavedSource,
	type SourceChoice,
	type SourceMeta,
	type Sources
} from '#lib/storage/index.ts';
import { entriesOf, type LibraryEntry } from './library-entries.ts';
import { IndexingRuns } from './library-indexing.svelte.ts';
import { sentence, type ActionNotice } from './notice.ts';

/** What one file or paste gave: added (with the new source's id) or refused (with why). */
export type AddResult = { key: number; name: string; ok: boolean; message: string; sourceId?: string };

/** A sentence saying what the last action did; `undo` when it can be taken back. */
export type Notice = ActionNotice<SavedSource>;

export class SourceLibrary {
	/** 'loading' until storage is open; 'unavailable' when the browser refuses it. */
	status = $state<'loading' | 'ready' | 'unavailable'>('loading');
	/** Why own sources cannot be kept, as a sentence; null while they can. */
	problem = $state<string | null>(null);
	/** Own sources, oldest first (replaced whole). */
	sources = $state.raw<SavedSource[]>([]);
	/** What checks run against, as stored (replaced whole). */
	choice = $state.raw<SourceChoice>(DEFAULT_CHOICE);
	/** The loaded pack's documents, from the checker (replaced whole). */
	packDocuments = $state.raw<CheckedDocument[]>([]);
	/** What the latest files and pastes gave, one line each. */
	results = $state.raw<AddResult[]>([]);
	/** What the last action did. */
	notice = $state.raw<Notice | null>(null);
	/** Indexing under way, and what the last run ended with. */
	readonly indexing = new IndexingRuns();
	/** Files are being read. */
	reading = $state(false);

	/** Every document the Library shows: bundled, own, and the pack's once loaded. */
	entries: LibraryEntry[] = $derived(entriesOf(bundledCorpus.documents, this.sources, this.packDocuments));

	#store: Sources | null = null;
	#key = 0;
	/** The choice the worker last finished indexing, and the own sources in it; Cancel goes back to it. */
	#applied: { choice: SourceChoice; own: Set<string> } = { choice: DEFAULT_CHOICE, own: new Set() };
	/** Settles when load() has read what is stored: a choice made before then waits for it, or the stored one would undo it. */
	#markLoaded: () => void = () => {};
	#loaded = new Promise<void>((resolve) => (this.#markLoaded = resolve));

	async load(): Promise<void> {
		try {
			this.#store ??= await openSources();
			this.sources = await this.#store.list();
			this.choice = await this.#store.choice();
			this.status = 'ready';
			this.problem = null;
		} catch (error) {
			this.status = 'unavailable';
			this.problem = sentence(error, 'Your sources cannot be shown just now. Checking still works.');
		}
		// The worker starts on the index it kept, which is that of the stored choice.
		this.#applied = { choice: this.choice, own: new Set(this.sources.filter((x) => this.checks(x.id)).map((x) => x.id)) };
		this.reindex();
		this.#markLoaded();
	}

	/** Whether checks run against own source `id`. */
	checks(id: string): boolean {
		return !this.choice.leftOut.includes(id);
	}

	async addFiles(files: File[]): Promise<void> {
		this.reading = true;
		const results: AddResult[] = [];
		for (const file of files) {
			results.push(await this.#add(await extractFile(file), file.name));
			this.results = [...results];
		}
		this.reading = false;
		await this.#changed();
	}

	async addPasted(text: string, title: string): Promise<boolean> {
		const result = await this.#add(await extractPasted(text, title.trim() || undefined), title.trim() || 'Pasted text');
		this.results = [result];
		await this.#changed();
		return result.ok;
	}

	update(source: SavedSource, meta: SourceMeta): Promise<boolean> {
		return this.#act(async (s) => {
			await s.update(source.id, meta);
			return { text: `Saved the details of “${meta.title.trim()}”.`, kind: 'done' };
		});
	}

	remove(source: SavedSource): Promise<boolean> {
		return this.#act(async (s) => {
			const removed = await s.remove(source.id);
			this.results = this.results.filter((r) => r.sourceId !== source.id);
			return { text: `Deleted “${source.title}” from your sources.`, kind: 'done', undo: removed };
		});
	}

	undo(): Promise<boolean> {
		const back = this.notice?.undo;
		if (!back) return Promise.resolve(false);
		return this.#act(async (s) => {
			await s.restore(back);
			return { text: `“${back.title}” is back in your sources.`, kind: 'done' };
		});
	}

	setChecked(id: string, on: boolean): Promise<boolean> {
		const leftOut = this.choice.leftOut.filter((x) => x !== id);
		return this.#choose({ ...this.choice, leftOut: on ? leftOut : [...leftOut, id] });
	}

	setBundled(on: boolean): Promise<boolean> {
		return this.#choose({ ...this.choice, bundled: on });
	}

	setPack(on: boolean): Promise<boolean> {
		const packs = this.choice.packs.filter((p) => p !== 'sotu');
		return this.#choose({ ...this.choice, packs: on ? [...packs, 'sotu'] : packs });
	}

	importFile(file: File): Promise<boolean> {
		return this.#act(async (s) => {
			const { added, skipped, linksLeftOut } = await s.importCollection(await file.text());
			return { text: importedSourcesSentence(added, skipped, linksLeftOut), kind: 'done' };
		});
	}

	/** Every own source as a file's text, or null (with a notice) when they cannot be read. */
	async exportCollection(): Promise<string | null> {
		if (!this.#store) return null;
		try {
			return await this.#store.exportCollection();
		} catch (error) {
			this.notice = { text: sentence(error, 'Your sources could not be read.'), kind: 'failed' };
			return null;
		}
	}

	/** Makes checks run against the current choice, with progress; a run under way is replaced. */
	reindex(): void {
		const choice = this.choice;
		const own: OwnSource[] = this.sources
			.filter((s) => !choice.leftOut.includes(s.id))
			.map(({ id, title, text, publisher, date, url, kind, speakers }) => ({ id, title, text, publisher, date, url, kind, speakers }));
		this.indexing.start({ bundled: choice.bundled, own, packs: choice.packs }, (ok) => {
			if (!ok) return void this.#revert();
			this.#applied = { choice, own: new Set(own.map((o) => o.id)) };
			void this.#readPack();
		});
	}

	/** Back to the choice last indexed; sources added since then stay stored, unticked. */
	async #revert(): Promise<void> {
		const { choice, own } = this.#applied;
		const leftOut = this.sources.map((x) => x.id).filter((id) => !own.has(id));
		await this.#choose({ bundled: choice.bundled, packs: choice.packs, leftOut }, false);
	}

	async #readPack(): Promise<void> {
		try {
			const docs = await getChecker().documents();
			this.packDocuments = docs.filter((d) => d.source !== 'bundled' && d.source !== 'own');
		} catch {
			// The list of the pack's documents only adds to the Library; checking is unaffected.
		}
	}

	async #add(extracted: Extracted, name: string): Promise<AddResult> {
		const key = ++this.#key;
		if (!extracted.ok) return { key, name: extracted.fileName || name, ok: false, message: extracted.message };
		const shown = extracted.fileName || name;
		if (!this.#store) return { key, name: shown, ok: false, message: this.problem ?? 'Your sources cannot be kept in this browser.' };
		try {
			const { meta } = extracted;
			const saved = await this.#store.add(extracted, { ...meta, speakers: meta.speakers });
			this.sources = [...this.sources, saved];
			return { key, name: shown, ok: true, message: `Added as “${saved.title}”.`, sourceId: saved.id };
		} catch (error) {
			return { key, name: shown, ok: false, message: sentence(error, 'This source was not added.') };
		}
	}

	async #choose(choice: SourceChoice, index = true): Promise<boolean> {
		this.choice = choice;
		// Ticked while the Library was still opening (the pack button pressed at once): load() has
		// since put the stored choice back, so the user's goes on top of it.
		await this.#loaded;
		this.choice = choice;
		const ok = await this.#act(async (s) => {
			await s.setChoice(choice);
			return null;
		}, index);
		return ok;
	}

	/** Runs one change, reads the sources again, says what happened and indexes again; false when it failed. */
	async #act(body: (s: Sources) => Promise<Notice | null>, index = true): Promise<boolean> {
		const store = this.#store;
		if (!store) return false;
		try {
			const notice = await body(store);
			if (notice) this.notice = notice;
			if (index) await this.#changed();
			return true;
		} catch (error) {
			this.notice = { text: sentence(error, 'That did not work. Reload the page and try again.'), kind: 'failed' };
			return false;
		}
	}

	async #changed(): Promise<void> {
		if (this.#store) {
			try {
				this.sources = await this.#store.list();
			} catch (error) {
				this.notice = { text: sentence(error, 'Your sources could not be read.'), kind: 'failed' };
			}
		}
		this.reindex();
	}
}
