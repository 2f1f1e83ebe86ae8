import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SavedCheck } from './types.ts';

export const DB_NAME = 'verbatim';

/** Bump by one for each schema change, and add its `if (oldVersion < N)` block below. */
export const DB_VERSION = 2;

export interface VerbatimDB extends DBSchema {
	checks: {
		key: string;
		value: SavedCheck;
		indexes: {
			/** createdAt: History lists newest first. */
			'by-date': number;
			/** [claim, createdAt]: an import finds a check already there without reading all of History. */
			'by-claim-date': [string, number];
		};
	};
}

/**
 * Brings a database at `oldVersion` (0 when new) to DB_VERSION. Each block runs
 * once per browser, in order, inside the one versionchange transaction; a block
 * never awaits anything but that transaction's own requests.
 */
export function upgrade(
	db: IDBPDatabase<VerbatimDB>,
	oldVersion: number,
	transaction: IDBPTransaction<VerbatimDB, StoreNames<VerbatimDB>[], 'versionchange'>
): void {
	if (oldVersion < 1) {
		// v1: the checks, keyed by id, listed by date.
		const checks = db.createObjectStore('checks', { keyPath: 'id' });
		checks.createIndex('by-date', 'createdAt');
	}
	if (oldVersion < 2) {
		// v2: imports find duplicates (same claim, same time) by index; the browser indexes existing checks itself.
		transaction.objectStore('checks').createIndex('by-claim-date', ['claim', 'createdAt']);
	}
}
