/**
 * The kept indexes: built indexes stored so a reload restores them instead of
 * building again. Its own database ('verbatim-index-cache'), apart from the
 * user's checks and sources: everything in it can be rebuilt, so it may be
 * cleared at any time without losing anything.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Corpus, IndexSnapshot } from '#lib/engine/index.ts';

/** One kept index: the corpus it was built from (with texts) and the engine's arrays. */
export type KeptIndex = {
	/** corpusSignature() of the choice it was built for. */
	signature: string;
	/** The app build that made it; an index from another build is never restored. */
	build: string;
	corpus: Corpus;
	snapshot: IndexSnapshot;
};

interface IndexCacheDB extends DBSchema {
	indexes: { key: string; value: KeptIndex };
	/** Signature -> when that index was kept or last used (ms since the epoch); the oldest goes first. */
	used: { key: string; value: number };
	/** 'current': the kept index checks last ran against, and the build that made it. */
	meta: { key: 'current'; value: { signature: string; build: string } };
}

export const INDEX_CACHE_DB = 'verbatim-index-cache';
const VERSION = 1;

/** How many indexes are kept. The State of the Union pack alone takes about 75 MB, so few. */
export const MAX_KEPT_INDEXES = 2;

/** What storage said when it could not keep an index; the worker reports it, and the index still works. */
export const NOT_KEPT =
	'This browser did not let Verbatim keep the index (storage full or blocked), so it will be built again after a reload.';

let opening: Promise<IDBPDatabase<IndexCacheDB>> | null = null;

function database(): Promise<IDBPDatabase<IndexCacheDB>> {
	opening ??= openDB<IndexCacheDB>(INDEX_CACHE_DB, VERSION, {
		upgrade(db, oldVersion) {
			// v1: indexes by signature, the time each was used, the current signature.
			if (oldVersion < 1) {
				db.createObjectStore('indexes', { keyPath: 'signature' });
				db.createObjectStore('used');
				db.createObjectStore('meta');
			}
		},
		// Nothing here is worth blocking another tab's upgrade for.
		blocking() {
			void opening?.then((db) => db.close());
			opening = null;
		}
	});
	opening.catch(() => (opening = null));
	return opening;
}

/** Closes the connection (the next call opens it again), e.g. between tests that each start a fresh IndexedDB. */
export async function closeIndexCache(): Promise<void> {
	const db = opening;
	opening = null;
	(await db?.catch(() => null))?.close();
}

/**
 * Keeps `kept` as the current index, and drops the oldest beyond MAX_KEPT_INDEXES.
 * Rejects with NOT_KEPT when the browser refuses (quota, private mode).
 */
export async function keepIndex(kept: KeptIndex): Promise<void> {
	try {
		const db = await database();
		const tx = db.transaction(['indexes', 'used', 'meta'], 'readwrite');
		const [indexes, used] = [tx.objectStore('indexes'), tx.objectStore('used')];
		const [signatures, times] = await Promise.all([used.getAllKeys(), used.getAll()]);
		const others = signatures
			.map((signature, i) => ({ signature, time: times[i] }))
			.filter((o) => o.signature !== kept.signature)
			.sort((a, b) => a.time - b.time);
		const stale = others.slice(0, Math.max(0, others.length - (MAX_KEPT_INDEXES - 1)));
		await Promise.all([
			...stale.flatMap(({ signature }) => [indexes.delete(signature), used.delete(signature)]),
			indexes.put(kept),
			used.put(Date.now(), kept.signature),
			tx.objectStore('meta').put({ signature: kept.signature, build: kept.build }, 'current'),
			tx.done
		]);
	} catch {
		throw new Error(NOT_KEPT);
	}
}

/** The kept index of `signature`, marked current; undefined when none is kept or storage is unavailable. */
export async function useKeptIndex(signature: string): Promise<KeptIndex | undefined> {
	try {
		const db = await database();
		const tx = db.transaction(['indexes', 'used', 'meta'], 'readwrite');
		const kept = await tx.objectStore('indexes').get(signature);
		if (kept) {
			const current = { signature, build: kept.build };
			await Promise.all([tx.objectStore('used').put(Date.now(), signature), tx.objectStore('meta').put(current, 'current')]);
		}
		await tx.done;
		return kept;
	} catch {
		// An index that cannot be read is rebuilt: nothing is lost.
		return undefined;
	}
}

/** The index checks last ran against, if it is kept and was made by `build`; undefined otherwise. */
export async function currentKeptIndex(build: string): Promise<KeptIndex | undefined> {
	try {
		const db = await database();
		const tx = db.transaction(['indexes', 'meta'], 'readonly');
		const current = await tx.objectStore('meta').get('current');
		// Another build's index is never read: its arrays may not match this engine.
		const kept = current?.build === build ? await tx.objectStore('indexes').get(current.signature) : undefined;
		await tx.done;
		return kept;
	} catch {
		return undefined;
	}
}

/** Records that checks run against a corpus that is not kept (the bundled one, always built). */
export async function forgetCurrent(): Promise<void> {
	try {
		const db = await database();
		await db.delete('meta', 'current');
	} catch {
		// Nothing to undo: at worst the next start restores the previous corpus, which the page then replaces.
	}
}
