import type { CheckResult, DocumentKind } from '#lib/engine/index.ts';

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

export type { DocumentKind };

/** How a source came in: the kind of file it was read from, or 'pasted'. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'pdf' | 'docx' | 'pasted';

/** What a person can say about a source; guessed from the file, then edited. */
export type SourceMeta = {
	title: string;
	publisher?: string;
	/** ISO date "YYYY-MM-DD" (or "YYYY-MM", "YYYY") when known. */
	date?: string;
	url?: string;
	kind?: DocumentKind;
	/** People who speak in it; the first is the default speaker. */
	speakers: string[];
};

/** The text a file or a paste gave, as extraction returns it (an `Extracted` with `ok: true` fits). */
export type SourceContent = {
	/** The plain text, exactly as it will be checked against. */
	text: string;
	kind: string;
	/** The file's name, e.g. "speech.txt"; '' or undefined for pasted text. */
	fileName?: string;
	/** Size of the file (or the paste, UTF-8) in bytes. */
	bytes: number;
	/** Content hash, e.g. SHA-256 hex; two sources with the same hash are the same source. */
	hash: string;
};

/** One of the user's own sources as IndexedDB keeps it. Structured-cloneable. */
export type SavedSource = SourceMeta & {
	/** crypto.randomUUID(); the checker and the reader know it as "own:" + id. */
	id: string;
	text: string;
	format: SourceFormat;
	/** Where it came from: the file's name, or '' when pasted. */
	fileName: string;
	bytes: number;
	hash: string;
	/** When it was added, in ms since the Unix epoch. */
	addedAt: number;
};

/** The optional packs of documents that can be loaded on request. */
export type PackId = 'sotu';

/** What checks run against. A new own source is checked against until it is left out. */
export type SourceChoice = {
	/** The bundled documents. */
	bundled: boolean;
	/** Loaded packs, e.g. ['sotu']. */
	packs: PackId[];
	/** Ids of own sources NOT checked against. */
	leftOut: string[];
};

export const DEFAULT_CHOICE: SourceChoice = { bundled: true, packs: [], leftOut: [] };

/**
 * The user's own sources. Every method rejects only with a StorageError, whose
 * message is a sentence to show the user.
 */
export interface Sources {
	/** Oldest first (the order they were added). */
	list(): Promise<SavedSource[]>;
	get(id: string): Promise<SavedSource | undefined>;
	/** Saves a new source; refuses one whose hash is already there, naming it. */
	add(content: SourceContent, meta: SourceMeta): Promise<SavedSource>;
	/** Changes a source's description; its text never changes. */
	update(id: string, meta: SourceMeta): Promise<SavedSource>;
	/** Returns what it removed, for Undo; undefined when it was not there. */
	remove(id: string): Promise<SavedSource | undefined>;
	/** Undo of remove: puts the source back exactly as it was. */
	restore(source: SavedSource): Promise<void>;
	choice(): Promise<SourceChoice>;
	setChoice(choice: SourceChoice): Promise<void>;
	/** Every source, text and description, as one JSON file. */
	exportCollection(): Promise<string>;
	/**
	 * Merges an exported collection: a source already there (same id or same
	 * hash) is skipped. One transaction: a bad file or a full disk adds nothing
	 * and changes nothing stored.
	 */
	importCollection(text: string): Promise<{ added: number; skipped: number }>;
}
