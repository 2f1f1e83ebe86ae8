import { openDB, type IDBPDatabase } from 'idb';
import { toStorageError } from './errors.ts';
import type { Action } from './messages.ts';
import { DB_NAME, DB_VERSION, upgrade, type VerbatimDB } from './schema.ts';

export type Database = IDBPDatabase<VerbatimDB>;

/**
 * One lazily opened connection that steps aside for other tabs. When another
 * tab needs a newer schema, this connection closes at once (so that tab's
 * upgrade is not blocked) and the next call here opens it again: at the new
 * version if this page knows it, or failing with a VersionError if it does not.
 */
export class Connection {
	#db: Promise<Database> | null = null;
	/** Connections closed for another tab or by the browser; a call that met one may try again. */
	#dropped = new WeakSet<Database>();

	/** The open database; opens it when it is not open. Rejects with the browser's own error. */
	get(): Promise<Database> {
		this.#db ??= this.#open();
		return this.#db;
	}

	/** Whether `db` was closed under a caller's feet (so an InvalidStateError from it is not the browser refusing storage). */
	wasDropped(db: Database): boolean {
		return this.#dropped.has(db);
	}

	#open(): Promise<Database> {
		const opening = openDB<VerbatimDB>(DB_NAME, DB_VERSION, {
			upgrade: (db, oldVersion, _newVersion, transaction) => upgrade(db, oldVersion, transaction),
			// Another tab wants a newer version: let it. Transactions under way finish first.
			blocking: () => this.#drop(opening, true),
			// The browser closed it (storage cleared, disk trouble): open again on next use.
			terminated: () => this.#drop(opening, false)
			// `blocked` (an older tab holds the database open) needs nothing here: this open waits,
			// and that tab, running this same code, closes its connection on `blocking`.
		});
		// A failed open is not kept, so the next call tries again.
		opening.catch(() => {
			if (this.#db === opening) this.#db = null;
		});
		return opening;
	}

	#drop(which: Promise<Database>, close: boolean): void {
		if (this.#db === which) this.#db = null;
		void which.then((db) => {
			this.#dropped.add(db);
			if (close) db.close();
		});
	}
}

/**
 * Runs `body` on the open database and turns any failure into a StorageError;
 * a connection closed for another tab meanwhile gets one more try.
 */
export async function runOn<T>(connection: Connection, action: Action, body: (db: Database) => Promise<T>): Promise<T> {
	try {
		const db = await connection.get();
		try {
			return await body(db);
		} catch (error) {
			if (!connection.wasDropped(db)) throw error;
			return await body(await connection.get());
		}
	} catch (error) {
		throw toStorageError(error, action);
	}
}

/** Undoes whatever a transaction wrote; harmless when it has already ended. */
export function abort(tx: { abort(): void; done: Promise<void> }): void {
	tx.done.catch(() => {});
	try {
		tx.abort();
	} catch {
		// Already committed or aborted: nothing left to undo.
	}
}
