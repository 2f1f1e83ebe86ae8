import { failure, type Action, type Cause } from './messages.ts';

/** A storage failure or a refused import. The message is a sentence for the user. */
export class StorageError extends Error {
	/** Why the browser's storage failed, when it did (a refused import has none), so a page can say more. */
	readonly kind: Cause | null;

	constructor(message: string, options?: { cause?: unknown; kind?: Cause }) {
		super(message, options);
		this.name = 'StorageError';
		this.kind = options?.kind ?? null;
	}
}

/** DOMException names that IndexedDB raises, and what each means to the user. */
const CAUSES: Record<string, Cause> = {
	QuotaExceededError: 'quota',
	// Storage disabled, third-party context or a private window.
	SecurityError: 'blocked',
	// Firefox private windows and some locked-down profiles refuse to open a database this way.
	InvalidStateError: 'blocked',
	// Another tab opened the database at a newer schema version than this page knows.
	VersionError: 'newer-version',
	// The browser's own storage failed (a corrupt profile, a full disk in some browsers).
	UnknownError: 'internal'
};

/**
 * The one boundary where browser errors become StorageErrors. A StorageError
 * passes through unchanged; anything else is mapped by its DOMException name.
 */
export function toStorageError(error: unknown, action: Action): StorageError {
	if (error instanceof StorageError) return error;
	const name = error instanceof Error || isNamed(error) ? error.name : '';
	const cause = CAUSES[name] ?? 'internal';
	return new StorageError(failure(cause, action), { cause: error, kind: cause });
}

/** Unavailable means there is no IndexedDB at all (old browser, storage switched off). */
export function unavailable(action: Action): StorageError {
	return new StorageError(failure('blocked', action), { kind: 'blocked' });
}

function isNamed(value: unknown): value is { name: string } {
	return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}
