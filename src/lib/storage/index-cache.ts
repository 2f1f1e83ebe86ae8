/**
 * The kept indexes: built indexes stored so a reload restores them instead of
 * building again. Its own database ('verbatim-index-cache'), apart from the
 * user's checks and sources: everything in it can be rebuilt, so it may be
 * cleared at any time without losing anything.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { CHUNK_BYTES, chunksOf, contentsOf, headerOf, KeptAssembler, keptBytes, type IndexChunk, type KeptHeader, type KeptIndex, type KeptTexts } from './index-chunks.ts';

export type { KeptIndex } from './index-chunks.ts';

interface IndexCacheDB extends DBSchema {
	/** v2: what a kept index holds besides its big arrays and texts; written after all its chunks. v3: texts as bytes. */
	headers: { key: string; value: KeptHeader };
	/** v2: [signature, n] -> chunk n of that index (index-chunks.ts). */
	chunks: { key: [string, number]; value: IndexChunk };
	/** Signature -> when that index was kept or last used (ms since the epoch); the oldest goes first. */
	used: { key: string; value: number };
	/** 'current': the kept index checks last ran against, and the build that made it. */
	meta: { key: 'current'; value: { signature: string; build: string } };
}

export const INDEX_CACHE_DB = 'verbatim-index-cache';
const VERSION = 3;

/** How many indexes are kept. The State of the Union pack alone takes about 40 MB, so few. */
export const MAX_KEPT_INDEXES = 2;
/** Chunks written per transaction: small enough that one transaction never holds much, few enough to be quick. */
const CHUNKS_PER_WRITE = 4;
/** Chunks whose bytes are read at once when restoring: enough to keep the browser reading while the worker decodes. */
const READS_AT_ONCE = 8;

/** What storage said when it could not keep an index; the worker reports it, and the index still works. */
export const NOT_KEPT =
	'This browser did not let Verbatim keep the index (storage full or blocked), so it will be built again after a reload.';

const megabytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1e6)).toLocaleString('en-GB')} MB`;

/** Said when the browser's storage will not hold an index of `bytes`, with `room` bytes left for this site. */
export function quotaMessage(bytes: number, room: number): string {
	return (
		`The index of this collection needs about ${megabytes(bytes)} of storage, but this browser leaves Verbatim ${megabytes(Math.max(0, room))}, ` +
		'so it was not kept. Checks work now; after a reload it will be built again. Free space in the browser (or leave private browsing) to keep it.'
	);
}

let opening: Promise<IDBPDatabase<IndexCacheDB>> | null = null;

function database(): Promise<IDBPDatabase<IndexCacheDB>> {
	opening ??= openDB<IndexCacheDB>(INDEX_CACHE_DB, VERSION, {
		upgrade(db, oldVersion, _newVersion, tx) {
			// v1: indexes by signature (one record each), the time each was used, the current signature.
			if (oldVersion < 1) {
				db.createObjectStore('used');
				db.createObjectStore('meta');
			}
			// v2: an index is a header and chunks. v1's single records are only a cache: dropped, rebuilt when needed.
			if (oldVersion < 2) {
				const names = db.objectStoreNames as unknown as DOMStringList;
				if (names.contains('indexes')) db.deleteObjectStore('indexes' as never);
				db.createObjectStore('headers', { keyPath: 'signature' });
				db.createObjectStore('chunks');
			}
			// v3: texts kept as bytes (text-bytes.ts). A v2 index cannot be read so: dropped, built again when next used.
			if (oldVersion === 2) for (const store of ['headers', 'chunks', 'used', 'meta'] as const) void tx.objectStore(store).clear();
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

const chunkRange = (signature: string) => IDBKeyRange.bound([signature, 0], [signature, Infinity]);

async function drop(db: IDBPDatabase<IndexCacheDB>, signatures: string[]): Promise<void> {
	const tx = db.transaction(['headers', 'chunks', 'used'], 'readwrite');
	await Promise.all([
		...signatures.flatMap((s) => [tx.objectStore('headers').delete(s), tx.objectStore('chunks').delete(chunkRange(s)), tx.objectStore('used').delete(s)]),
		tx.done
	]);
}

/** Signatures kept besides `signature`, beyond the newest MAX_KEPT_INDEXES - 1: dropped before a new one is written. */
async function staleSignatures(db: IDBPDatabase<IndexCacheDB>, signature: string): Promise<string[]> {
	const tx = db.transaction('used', 'readonly');
	const [signatures, times] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
	const others = signatures
		.map((s, i) => ({ signature: s, time: times[i] }))
		.filter((o) => o.signature !== signature)
		.sort((a, b) => a.time - b.time);
	return others.slice(0, Math.max(0, others.length - (MAX_KEPT_INDEXES - 1))).map((o) => o.signature);
}

/**
 * Keeps `kept` as the current index, in chunks, and drops the oldest beyond MAX_KEPT_INDEXES.
 * `room`: the bytes storage says this site may still use (navigator.storage.estimate()),
 * when known; an index that would not fit is refused before anything is written.
 * `chunkBytes`: the size of a stored piece (smaller in tests, where fake-indexeddb copies slowly).
 * Rejects with a sentence for the user (quotaMessage, NOT_KEPT); a half-written index is removed.
 */
export async function keepIndex(kept: KeptIndex, { room, chunkBytes = CHUNK_BYTES }: { room?: number; chunkBytes?: number } = {}): Promise<void> {
	const bytes = keptBytes(kept);
	let db: IDBPDatabase<IndexCacheDB> | undefined;
	let refused: string | undefined;
	try {
		db = await database();
		await drop(db, [kept.signature, ...(await staleSignatures(db, kept.signature))]);
		// Asked after the old indexes are gone: their room is free again.
		const left = room ?? (await storageRoom());
		if (left !== undefined && bytes > left) refused = quotaMessage(bytes, left);
		if (refused) throw new Error(refused);
		let n = 0;
		let batch: IndexChunk[] = [];
		const texts: KeptTexts = [];
		const write = async () => {
			const tx = db!.transaction('chunks', 'readwrite');
			await Promise.all([...batch.map((chunk) => tx.store.put(chunk, [kept.signature, n++])), tx.done]);
			batch = [];
		};
		for (const chunk of chunksOf(kept, texts, chunkBytes)) if (batch.push(chunk) === CHUNKS_PER_WRITE) await write();
		if (batch.length) await write();
		const tx = db.transaction(['headers', 'used', 'meta'], 'readwrite');
		await Promise.all([
			tx.objectStore('headers').put(headerOf(kept, n, texts)),
			tx.objectStore('used').put(Date.now(), kept.signature),
			tx.objectStore('meta').put({ signature: kept.signature, build: kept.build }, 'current'),
			tx.done
		]);
	} catch (error) {
		if (db) await drop(db, [kept.signature]).catch(() => {});
		const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
		throw new Error(refused ?? (quota ? quotaMessage(bytes, 0) : NOT_KEPT));
	}
}

/** Bytes this site may still store, as the browser estimates them; undefined where it cannot say. */
export async function storageRoom(): Promise<number | undefined> {
	try {
		const { quota, usage } = await navigator.storage.estimate();
		return quota === undefined ? undefined : quota - (usage ?? 0);
	} catch {
		return undefined;
	}
}

/**
 * Asks the browser not to clear this site's storage under pressure (it may say no, or ask the
 * user; either way nothing breaks). Only a page can ask: workers have no persist().
 */
export function askToPersist(): void {
	void globalThis.navigator?.storage?.persist?.().catch(() => false);
}

/**
 * The kept index a header names; undefined when a chunk is missing. The chunks' records are small
 * (their bytes are Blobs), so all are asked for at once; then READS_AT_ONCE Blobs are read at a
 * time, each put in place as it comes. How long that took, and how much of it was the worker's
 * own copying and decoding, is measured (read by tests/figures/restore-figures.ts).
 */
async function readKept(db: IDBPDatabase<IndexCacheDB>, header: KeptHeader): Promise<KeptIndex | undefined> {
	const began = performance.now();
	const chunks = await db.getAll('chunks', chunkRange(header.signature));
	if (chunks.length !== header.chunks) return undefined;
	const assembler = new KeptAssembler(header);
	let next = 0;
	const putting = { array: 0, vocabulary: 0, text: 0 };
	const reader = async () => {
		while (next < chunks.length) {
			const chunk = chunks[next++];
			const contents = await contentsOf(chunk);
			const start = performance.now();
			assembler.put(chunk, contents);
			putting[chunk.kind] += performance.now() - start;
		}
	};
	await Promise.all(Array.from({ length: READS_AT_ONCE }, reader));
	const kept = assembler.finish();
	performance.measure('restore: reading chunks', { start: began });
	performance.measure('restore: of which copying arrays', { start: began, duration: putting.array + putting.vocabulary });
	performance.measure('restore: of which copying and decoding texts', { start: began, duration: putting.text });
	return kept;
}

/** The kept index of `signature`, marked current; undefined when none is kept or storage is unavailable. */
export async function useKeptIndex(signature: string): Promise<KeptIndex | undefined> {
	try {
		const db = await database();
		const header = await db.get('headers', signature);
		const kept = header && (await readKept(db, header));
		if (kept) {
			const tx = db.transaction(['used', 'meta'], 'readwrite');
			const current = { signature, build: kept.build };
			await Promise.all([tx.objectStore('used').put(Date.now(), signature), tx.objectStore('meta').put(current, 'current'), tx.done]);
		}
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
		const current = await db.get('meta', 'current');
		// Another build's index is never read: its arrays may not match this engine.
		const header = current?.build === build ? await db.get('headers', current.signature) : undefined;
		return header && (await readKept(db, header));
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
