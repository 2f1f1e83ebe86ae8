import type { DBSchema, IDBPDatabase, IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { isRecord } from './shape.ts';
import { summaryOfRow, type DamagedMarker } from './summary.ts';
import type { CheckSummary, SavedCheck, SavedPublisher, SavedSource, SourceChoice } from './types.ts';
import type { SavedArticle } from './article-types.ts';

export const DB_NAME = 'verbatim';

/** Bump by one for each schema change, and add its `if (oldVersion < N)` block below. */
export const DB_VERSION = 5;

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
	/**
	 * What the list shows of each check, under the check's id, written with it in one
	 * transaction; or, for a row that cannot be read as a check, why not.
	 */
	summaries: {
		key: string;
		value: CheckSummary | DamagedMarker;
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
	/** Article checks: one entry per article, with its text and every statement's check. */
	articles: {
		key: string;
		value: SavedArticle;
		indexes: { 'by-date': number };
	};
	/**
	 * Small records under fixed keys; 'choice' is what checks run against, 'publisher' who
	 * publishes ClaimReviews (added without a version: a key is not a schema change).
	 */
	settings: {
		key: 'choice' | 'publisher';
		value: SourceChoice | SavedPublisher;
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
	if (oldVersion < 4) {
		// v4: a check says whether it came in by import (every check kept so far was made here), and has a summary.
		db.createObjectStore('summaries', { keyPath: 'id' });
		// A failed step aborts the upgrade's transaction by itself, and the open then rejects; nothing more to do here.
		markAndSummarize(transaction.objectStore('checks'), transaction.objectStore('summaries')).catch(() => {});
	}
	if (oldVersion < 5) {
		// v5: article checks, each one entry with its statements, listed by date; the checks are untouched.
		db.createObjectStore('articles', { keyPath: 'id' }).createIndex('by-date', 'createdAt');
	}
}

type UpgradeStore<Name extends 'checks' | 'summaries'> = IDBPObjectStore<VerbatimDB, StoreNames<VerbatimDB>[], Name, 'versionchange'>;

/**
 * Writes `importedAt: null` into every check that has no such field, and its summary
 * beside it, one cursor step at a time inside the upgrade's own transaction (nothing
 * else is awaited). A row that cannot be read stays as it is, its summary saying why.
 */
async function markAndSummarize(checks: UpgradeStore<'checks'>, summaries: UpgradeStore<'summaries'>): Promise<void> {
	const now = Date.now();
	for (let cursor = await checks.openCursor(); cursor; cursor = await cursor.continue()) {
		let row: unknown = cursor.value;
		if (isRecord(row) && !('importedAt' in row)) {
			row = { ...row, importedAt: null };
			await cursor.update(row as SavedCheck);
		}
		await summaries.put(summaryOfRow(row, now));
	}
}
