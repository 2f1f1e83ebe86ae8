import type { IDBPTransaction } from 'idb';
import { readCheck } from './check-shape.ts';
import { abort, Connection, runOn, type Database } from './connection.ts';
import { StorageError, toStorageError } from './errors.ts';
import type { SavedArticle } from './article-types.ts';
import { readArticle } from './articles.ts';
import { importChecks } from './import-checks.ts';
import { EMPTY_CLAIM, notKept, NOTE_TARGET_GONE, type Action } from './messages.ts';
import type { VerbatimDB } from './schema.ts';
import { claimOf, readSummary, summarize, summaryOfRow } from './summary.ts';
import { fromJson, toCsv, toJson, type ReadFile } from './transfer.ts';
import type { DamagedCheck, History, HistoryList, ImportSummary, Recheck, SavedCheck, SaveInput } from './types.ts';

/** Both stores a write touches: a check and its summary are always written together. */
const BOTH = ['checks', 'summaries'] as const;

/**
 * History over IndexedDB. Each method is one transaction, awaits nothing but
 * that transaction's requests, and turns any failure into a StorageError.
 */
export class IdbHistory implements History {
	#connection = new Connection();

	/** Opens the database now, so a browser that refuses storage is found out before the first save. */
	async open(): Promise<void> {
		await this.#run('open', async () => {});
	}

	save({ claim, result, note = '', corpus = '' }: SaveInput): Promise<SavedCheck> {
		if (claim.trim() === '') return Promise.reject(new StorageError(EMPTY_CLAIM));
		const check: SavedCheck = { id: crypto.randomUUID(), claim, result, note, createdAt: Date.now(), corpus, importedAt: null };
		// What History could not read back is never written: a paste past its limits is refused here, with why.
		const read = readCheck(check, check.createdAt);
		if (!read.ok) return Promise.reject(new StorageError(notKept(read.fault)));
		return this.#run('save', async (db) => {
			const tx = db.transaction(BOTH, 'readwrite');
			await Promise.all([tx.objectStore('checks').add(check), tx.objectStore('summaries').add(summarize(check)), tx.done]);
			return check;
		});
	}

	setNote(id: string, note: string): Promise<void> {
		return this.#run('change', async (db) => {
			const tx = db.transaction(BOTH, 'readwrite');
			const read = readCheck(await tx.objectStore('checks').get(id), Date.now());
			if (!read.ok) {
				abort(tx);
				throw new StorageError(NOTE_TARGET_GONE);
			}
			await Promise.all([...putBoth(tx, { ...read.check, note }), tx.done]);
		});
	}

	read(): Promise<HistoryList> {
		return this.#run('read', async (db) => {
			const now = Date.now();
			const tx = db.transaction(BOTH);
			const [checks, summaries] = await Promise.all([tx.objectStore('checks').count(), tx.objectStore('summaries').count()]);
			// Rows written behind this module's back (by hand, or a test) have no summary: make them all again.
			const rows = checks === summaries ? await tx.objectStore('summaries').getAll() : await resummarize(db, now);
			return listOf(rows, now);
		});
	}

	list(): Promise<SavedCheck[]> {
		return this.#run('read', async (db) => {
			const now = Date.now();
			const checks = (await db.getAll('checks')).flatMap((row) => {
				const read = readCheck(row, now);
				return read.ok ? [read.check] : [];
			});
			return checks.sort(newestFirst);
		});
	}

	get(id: string): Promise<SavedCheck | DamagedCheck | undefined> {
		return this.#run('read', async (db) => {
			const row = await db.get('checks', id);
			if (row === undefined) return undefined;
			const read = readCheck(row, Date.now());
			return read.ok ? read.check : { key: row.id, claim: claimOf(row), fault: read.fault };
		});
	}

	remove(id: string): Promise<SavedCheck | undefined> {
		return this.#run('change', async (db) => {
			const tx = db.transaction(BOTH, 'readwrite');
			const read = readCheck(await tx.objectStore('checks').get(id), Date.now());
			await Promise.all([tx.objectStore('checks').delete(id), tx.objectStore('summaries').delete(id), tx.done]);
			return read.ok ? read.check : undefined;
		});
	}

	removeDamaged(key: IDBValidKey): Promise<void> {
		return this.#run('change', async (db) => {
			const tx = db.transaction(BOTH, 'readwrite');
			// The key of a damaged row need not be a string; IndexedDB takes any valid key.
			const anyKey = key as string;
			await Promise.all([tx.objectStore('checks').delete(anyKey), tx.objectStore('summaries').delete(anyKey), tx.done]);
		});
	}

	restore(check: SavedCheck): Promise<void> {
		return this.#run('change', async (db) => {
			const tx = db.transaction(BOTH, 'readwrite');
			await Promise.all([...putBoth(tx, check), tx.done]);
		});
	}

	replaceResults(rechecks: Recheck[]): Promise<number> {
		return this.#run('change', async (db) => {
			const tx = db.transaction(BOTH, 'readwrite');
			const now = Date.now();
			const stored = await Promise.all(rechecks.map((r) => tx.objectStore('checks').get(r.id)));
			const writes = rechecks.flatMap((r, i) => {
				const read = readCheck(stored[i], now);
				return read.ok ? putBoth(tx, { ...read.check, result: r.result, corpus: r.corpus, importedAt: null }) : [];
			});
			await Promise.all([...writes, tx.done]);
			return writes.length / 2;
		});
	}

	clear(): Promise<void> {
		return this.#run('change', async (db) => {
			const tx = db.transaction(BOTH, 'readwrite');
			const now = Date.now();
			// Rows that cannot be read stay: Undo, which puts back what list() gave, could not bring them back.
			const sound = (await tx.objectStore('checks').getAll()).filter((row) => readCheck(row, now).ok).map((row) => row.id);
			const deletes = sound.flatMap((id) => [tx.objectStore('checks').delete(id), tx.objectStore('summaries').delete(id)]);
			await Promise.all([...deletes, tx.done]);
		});
	}

	async exportJson(): Promise<string> {
		const articles = await this.#run('read', async (db): Promise<SavedArticle[]> => ((await db.getAll('articles')) as unknown[]).flatMap((row) => readArticle(row) ?? []));
		return toJson(await this.list(), new Date(), articles);
	}

	async exportCsv(): Promise<string> {
		return toCsv(await this.list());
	}

	importJson(text: string): Promise<ImportSummary> {
		// Read the whole file before touching the database: a file that is not an export changes nothing.
		const now = Date.now();
		let file: ReadFile;
		try {
			file = fromJson(text, now);
		} catch (error) {
			return Promise.reject(toStorageError(error, 'import'));
		}
		// Whatever the file says about where its checks came from, here they are imported.
		const incoming = file.checks.map((check) => ({ ...check, importedAt: now }));
		return this.#run('import', async (db) => {
			const checks = await importChecks(db, incoming);
			const articles = await importArticles(db, file.articles);
			return { ...checks, ...(articles ? { articles } : {}), refused: file.refused };
		});
	}

	#run<T>(action: Action, body: (db: Database) => Promise<T>): Promise<T> {
		return runOn(this.#connection, action, body);
	}
}

/** Puts the article checks History does not hold yet (by id); returns how many came in. */
async function importArticles(db: Database, articles: SavedArticle[]): Promise<number> {
	const tx = db.transaction('articles', 'readwrite');
	const fresh = [];
	for (const article of articles) if (!(await tx.store.getKey(article.id))) fresh.push(article);
	await Promise.all([...fresh.map((article) => tx.store.put(article)), tx.done]);
	return fresh.length;
}

/** The writes that store `check` and its summary, in a transaction over both stores. */
function putBoth(tx: IDBPTransaction<VerbatimDB, typeof BOTH, 'readwrite'>, check: SavedCheck): Promise<string>[] {
	return [tx.objectStore('checks').put(check), tx.objectStore('summaries').put(summarize(check))];
}

/**
 * Makes every summary again from the checks, and writes them. When they cannot be
 * written (the disk is full, say) History is still listed from them; the next open tries again.
 */
async function resummarize(db: Database, now: number): Promise<unknown[]> {
	const rows = (await db.getAll('checks')).map((row) => summaryOfRow(row, now));
	try {
		const tx = db.transaction('summaries', 'readwrite');
		await Promise.all([tx.store.clear(), ...rows.map((row) => tx.store.put(row)), tx.done]);
	} catch {
		// Summaries are a copy of what the checks say; the list below does not need them stored.
	}
	return rows;
}

/** Stored summaries as the list shows them: the readable newest first, and the damaged apart. */
function listOf(rows: unknown[], now: number): HistoryList {
	const list: HistoryList = { checks: [], damaged: [] };
	for (const row of rows) {
		const read = readSummary(row, now);
		if (read.ok) list.checks.push(read.summary);
		else list.damaged.push(read.damaged);
	}
	list.checks.sort(newestFirst);
	return list;
}

/** Newest first; at the same time, as the date index ordered them (by id, descending). */
function newestFirst(a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number {
	return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}
