import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SavedCheck, SavedSource, SourceChoice } from './types.ts';

export const DB_NAME = 'verbatim';

/** Bump by one for each schema change, and add its `if (oldVersion < N)` block below. */
export const DB_VERSION = 3;

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
	/** The user's own sources, text and description. */
	sources: {
		key: string;
		value: SavedSource;
		indexes: {
			/** Content hash, unique: the same source cannot be added twice. */
			'by-hash': string;
		};
	};
	/** Small records under fixed keys; 'choice' is what checks run against. */
	settings: {
		key: 'choice';
		value: SourceChoice;
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
	if (oldVersion < 3) {
		// v3: the user's own sources (one per content hash) and the choice of sources to check against; checks untouched.
		db.createObjectStore('sources', { keyPath: 'id' }).createIndex('by-hash', 'hash', { unique: true });
		db.createObjectStore('settings');
	}
}
