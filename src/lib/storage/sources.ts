import { fromCollectionJson, toCollectionJson } from './collection.ts';
import { abort, Connection, runOn, type Database } from './connection.ts';
import { StorageError, toStorageError } from './errors.ts';
import { sourceRefused, type Action } from './messages.ts';
import { webLink } from './web-link.ts';
import {
	DEFAULT_CHOICE,
	type SavedSource,
	type SourceChoice,
	type SourceContent,
	type SourceFormat,
	type SourceMeta,
	type Sources
} from './types.ts';

const FORMATS: readonly SourceFormat[] = ['txt', 'md', 'html', 'pdf', 'docx', 'pasted'];

/**
 * The user's own sources over IndexedDB. Each method is one transaction,
 * awaits nothing but that transaction's requests, and turns any failure into
 * a StorageError.
 */
export class IdbSources implements Sources {
	#connection = new Connection();

	/** Opens the database now, so a browser that refuses storage is found out at once. */
	async open(): Promise<void> {
		await this.#run('sources-read', async () => {});
	}

	list(): Promise<SavedSource[]> {
		return this.#run('sources-read', async (db) =>
			(await db.getAll('sources')).sort((a, b) => a.addedAt - b.addedAt || a.id.localeCompare(b.id))
		);
	}

	get(id: string): Promise<SavedSource | undefined> {
		return this.#run('sources-read', (db) => db.get('sources', id));
	}

	add(content: SourceContent, meta: SourceMeta): Promise<SavedSource> {
		if (content.text.trim() === '') return Promise.reject(new StorageError(sourceRefused.empty));
		const fileName = content.fileName ?? '';
		// A link read from the file (a web page's canonical address) is kept only when it is a web address.
		const url = webLink(meta.url) ? meta.url : undefined;
		const described = cleanMeta({ ...meta, url, title: meta.title.trim() || fileName || firstWords(content.text) });
		const source: SavedSource = {
			...described,
			id: crypto.randomUUID(),
			text: content.text,
			format: FORMATS.includes(content.kind as SourceFormat) ? (content.kind as SourceFormat) : 'txt',
			fileName,
			bytes: content.bytes,
			hash: content.hash,
			addedAt: Date.now()
		};
		return this.#run('sources-add', async (db) => {
			const tx = db.transaction('sources', 'readwrite');
			const there = await tx.store.index('by-hash').get(source.hash);
			if (there) {
				abort(tx);
				throw new StorageError(sourceRefused.duplicate(there.title));
			}
			await Promise.all([tx.store.add(source), tx.done]);
			return source;
		});
	}

	update(id: string, meta: SourceMeta): Promise<SavedSource> {
		if (meta.title.trim() === '') return Promise.reject(new StorageError(sourceRefused.noTitle));
		if (meta.url?.trim() && !webLink(meta.url)) return Promise.reject(new StorageError(sourceRefused.badLink));
		return this.#run('sources-change', async (db) => {
			const tx = db.transaction('sources', 'readwrite');
			const source = await tx.store.get(id);
			if (!source) {
				abort(tx);
				throw new StorageError(sourceRefused.gone);
			}
			const { id: _, text, format, fileName, bytes, hash, addedAt } = source;
			const changed: SavedSource = { ...cleanMeta(meta), id, text, format, fileName, bytes, hash, addedAt };
			await Promise.all([tx.store.put(changed), tx.done]);
			return changed;
		});
	}

	remove(id: string): Promise<SavedSource | undefined> {
		return this.#run('sources-change', async (db) => {
			const tx = db.transaction('sources', 'readwrite');
			const source = await tx.store.get(id);
			await Promise.all([source && tx.store.delete(id), tx.done]);
			return source;
		});
	}

	restore(source: SavedSource): Promise<void> {
		return this.#run('sources-change', async (db) => {
			await db.put('sources', source);
		});
	}

	choice(): Promise<SourceChoice> {
		return this.#run('sources-read', async (db) => ({ ...DEFAULT_CHOICE, ...(await db.get('settings', 'choice')) }));
	}

	setChoice(choice: SourceChoice): Promise<void> {
		const { bundled, packs, leftOut } = choice;
		return this.#run('sources-change', async (db) => {
			await db.put('settings', { bundled, packs: [...packs], leftOut: [...leftOut] }, 'choice');
		});
	}

	async exportCollection(): Promise<string> {
		return toCollectionJson(await this.list());
	}

	importCollection(text: string): Promise<{ added: number; skipped: number; linksLeftOut: string[] }> {
		// Read the whole file before touching the database: a bad file changes nothing.
		let incoming: SavedSource[];
		try {
			incoming = fromCollectionJson(text);
		} catch (error) {
			return Promise.reject(toStorageError(error, 'sources-import'));
		}
		// A source is worth more than its link: a link that is not a web address is left out, and the source comes in.
		const badLink = new Set(incoming.filter((s) => s.url !== undefined && !webLink(s.url)).map((s) => s.id));
		incoming = incoming.map(({ url, ...source }) => (badLink.has(source.id) || url === undefined ? source : { ...source, url }));
		return this.#run('sources-import', async (db) => {
			// One transaction: if anything fails (quota, say), none of the file is added.
			const tx = db.transaction('sources', 'readwrite');
			const byHash = tx.store.index('by-hash');
			const seen = new Set<string>();
			const writes: Promise<string>[] = [];
			const linksLeftOut: string[] = [];
			try {
				for (const source of incoming) {
					const there =
						seen.has(`id:${source.id}`) ||
						seen.has(`hash:${source.hash}`) ||
						(await tx.store.count(source.id)) > 0 ||
						(await byHash.count(source.hash)) > 0;
					seen.add(`id:${source.id}`).add(`hash:${source.hash}`);
					if (there) continue;
					writes.push(tx.store.add(source));
					if (badLink.has(source.id)) linksLeftOut.push(source.title);
				}
				await Promise.all([...writes, tx.done]);
			} catch (error) {
				abort(tx);
				throw error;
			}
			return { added: writes.length, skipped: incoming.length - writes.length, linksLeftOut };
		});
	}

	#run<T>(action: Action, body: (db: Database) => Promise<T>): Promise<T> {
		return runOn(this.#connection, action, body);
	}
}

/** Trimmed fields; empty optional ones left out, so the stored record says only what is known. */
function cleanMeta(meta: SourceMeta): SourceMeta {
	const out: SourceMeta = { title: meta.title.trim(), speakers: meta.speakers.map((s) => s.trim()).filter(Boolean) };
	const publisher = meta.publisher?.trim();
	const date = meta.date?.trim();
	const url = meta.url?.trim();
	if (publisher) out.publisher = publisher;
	if (date) out.date = date;
	if (url) out.url = url;
	if (meta.kind) out.kind = meta.kind;
	return out;
}

/** A title for a paste with none: its first words, e.g. "We can manufacture everything…". */
function firstWords(text: string, max = 60): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}
