import { abort, Connection, runOn, type Database } from './connection.ts';
import { StorageError, toStorageError } from './errors.ts';
import { NOTE_TARGET_GONE, type Action } from './messages.ts';
import { fromJson, toCsv, toJson } from './transfer.ts';
import type { History, SavedCheck, SaveInput } from './types.ts';

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
		const check: SavedCheck = { id: crypto.randomUUID(), claim, result, note, createdAt: Date.now(), corpus };
		return this.#run('save', async (db) => {
			await db.add('checks', check);
			return check;
		});
	}

	setNote(id: string, note: string): Promise<void> {
		return this.#run('change', async (db) => {
			const tx = db.transaction('checks', 'readwrite');
			const check = await tx.store.get(id);
			if (!check) throw new StorageError(NOTE_TARGET_GONE);
			await Promise.all([tx.store.put({ ...check, note }), tx.done]);
		});
	}

	list(): Promise<SavedCheck[]> {
		return this.#run('read', async (db) => (await db.getAllFromIndex('checks', 'by-date')).reverse());
	}

	get(id: string): Promise<SavedCheck | undefined> {
		return this.#run('read', (db) => db.get('checks', id));
	}

	remove(id: string): Promise<SavedCheck | undefined> {
		return this.#run('change', async (db) => {
			const tx = db.transaction('checks', 'readwrite');
			const check = await tx.store.get(id);
			await Promise.all([check && tx.store.delete(id), tx.done]);
			return check;
		});
	}

	restore(check: SavedCheck): Promise<void> {
		return this.#run('change', async (db) => {
			await db.put('checks', check);
		});
	}

	clear(): Promise<void> {
		return this.#run('change', (db) => db.clear('checks'));
	}

	async exportJson(): Promise<string> {
		return toJson(await this.list());
	}

	async exportCsv(): Promise<string> {
		return toCsv(await this.list());
	}

	importJson(text: string): Promise<{ added: number; skipped: number }> {
		// Read the whole file before touching the database: a bad file changes nothing.
		let incoming: SavedCheck[];
		try {
			incoming = fromJson(text);
		} catch (error) {
			return Promise.reject(toStorageError(error, 'import'));
		}
		return this.#run('import', async (db) => {
			// One transaction: if anything fails (quota, say), none of the file is added.
			const tx = db.transaction('checks', 'readwrite');
			const byClaimDate = tx.store.index('by-claim-date');
			const seen = new Set<string>();
			const writes: Promise<string>[] = [];
			try {
				for (const check of incoming) {
					const key = JSON.stringify([check.claim, check.createdAt]);
					const there =
						seen.has(check.id) ||
						seen.has(key) ||
						(await tx.store.count(check.id)) > 0 ||
						(await byClaimDate.count([check.claim, check.createdAt])) > 0;
					seen.add(check.id).add(key);
					if (!there) writes.push(tx.store.add(check));
				}
				await Promise.all([...writes, tx.done]);
			} catch (error) {
				abort(tx);
				throw error;
			}
			return { added: writes.length, skipped: incoming.length - writes.length };
		});
	}

	#run<T>(action: Action, body: (db: Database) => Promise<T>): Promise<T> {
		return runOn(this.#connection, action, body);
	}
}
