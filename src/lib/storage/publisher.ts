/**
 * Who publishes the ClaimReviews made here: remembered under the `settings` key 'publisher',
 * so the fact-checker types the organisation and page address once. Read field by field:
 * a row an older or broken app left is read as blank fields, never as an error.
 */
import { Connection, runOn } from './connection.ts';
import { isRecord } from './shape.ts';
import type { SavedPublisher } from './types.ts';

/** Longest name or address kept, in characters: far past any real one, short of a pasted page. */
const MAX_CHARS = 2000;
const BLANK: SavedPublisher = { organisation: '', pageUrl: '' };

function field(row: Record<string, unknown>, key: keyof SavedPublisher): string {
	const value = row[key];
	return typeof value === 'string' ? value.slice(0, MAX_CHARS) : '';
}

/** `row` as a publisher, whatever was stored. */
export function readPublisher(row: unknown): SavedPublisher {
	return isRecord(row) ? { organisation: field(row, 'organisation'), pageUrl: field(row, 'pageUrl') } : { ...BLANK };
}

export class IdbPublisher {
	#connection = new Connection();

	/** The publisher last saved, or blank fields. Rejects with a StorageError when storage is refused. */
	get(): Promise<SavedPublisher> {
		return runOn(this.#connection, 'publisher-read', async (db) => readPublisher(await db.get('settings', 'publisher')));
	}

	/** Remembers `publisher`. Rejects with a StorageError that says what did not happen. */
	set(publisher: SavedPublisher): Promise<void> {
		const row = readPublisher(publisher);
		return runOn(this.#connection, 'publisher-save', async (db) => {
			await db.put('settings', row, 'publisher');
		});
	}
}
