import type { CheckResult } from '#lib/engine/index.ts';

/** One check as History keeps it. Structured-cloneable, so IndexedDB stores it as is. */
export type SavedCheck = {
	/** crypto.randomUUID(), e.g. "3b241101-e2bb-4255-8caf-4136c566a962". */
	id: string;
	/** The claim exactly as pasted. */
	claim: string;
	/** The whole story, as the engine returned it. */
	result: CheckResult;
	/** The user's note; '' when there is none. */
	note: string;
	/** When the check was made, in ms since the Unix epoch. */
	createdAt: number;
	/** Name of the corpus checked against, e.g. "Belarus–Russia leaders' talks, 2023–2025"; '' when unknown. */
	corpus: string;
};

export type SaveInput = { claim: string; result: CheckResult; note?: string; corpus?: string };

/**
 * The user's history of checks. Every method rejects only with a StorageError,
 * whose message is a sentence to show the user.
 */
export interface History {
	save(input: SaveInput): Promise<SavedCheck>;
	/** Rejects when the check is no longer there (deleted in another tab, say). */
	setNote(id: string, note: string): Promise<void>;
	/** Newest first. */
	list(): Promise<SavedCheck[]>;
	get(id: string): Promise<SavedCheck | undefined>;
	/** Returns what it removed, so it can be restored (undo); undefined when it was not there. */
	remove(id: string): Promise<SavedCheck | undefined>;
	/** Undo of remove: puts the check back exactly as it was. */
	restore(check: SavedCheck): Promise<void>;
	clear(): Promise<void>;
	exportJson(): Promise<string>;
	exportCsv(): Promise<string>;
	/**
	 * Merges a JSON export into History: a check already there (same id, or same
	 * claim and time) is skipped, nothing stored is changed or lost. A bad file
	 * rejects with a StorageError saying what is wrong, and nothing is imported.
	 */
	importJson(text: string): Promise<{ added: number; skipped: number }>;
}
