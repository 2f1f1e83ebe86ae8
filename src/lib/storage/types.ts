import type { CheckResult, DocumentKind, Verdict } from '#lib/engine/index.ts';

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
	/**
	 * When it came into this browser in an imported file (ms since the Unix epoch); null for a check
	 * made here, or checked again here since. An imported verdict is someone else's claim about a
	 * corpus, not a finding of this browser, and is shown as such.
	 */
	importedAt: number | null;
};

export type SaveInput = { claim: string; result: CheckResult; note?: string; corpus?: string };

/** A stored row History cannot read as a check (written by a broken version, or changed by hand). */
export type DamagedCheck = {
	/** Its key in the database, to delete it by. */
	key: IDBValidKey;
	/** Its claim when it has one as text, to say which it is; null when it has none. */
	claim: string | null;
	/** What is wrong, completing "This entry …", e.g. "has no verdict". */
	fault: string;
};

/**
 * What the list of History shows and searches of one check, kept beside the check
 * itself: a twentieth of its bytes, so opening History never reads every result.
 */
export type CheckSummary = Pick<SavedCheck, 'id' | 'claim' | 'note' | 'createdAt' | 'importedAt'> & {
	verdict: Verdict;
	/** The source document's id, e.g. "2025-03-13-kremlin-russian-belarusian-talks"; null when nothing was found. */
	doc: string | null;
};

/** Everything History lists: a summary of each check it can read, newest first, and the rows it cannot read. */
export type HistoryList = { checks: CheckSummary[]; damaged: DamagedCheck[] };

/** One entry of an imported file that was not imported: its number in the file (from 1) and why. */
export type Refusal = { entry: number; fault: string };

/** What an import did. */
/** `articles`: article checks added (those already there are skipped). */
export type ImportSummary = { added: number; skipped: number; articles?: number; refused: Refusal[] };

/** A check's new answer, from checking it again here. */
export type Recheck = { id: string; result: CheckResult; corpus: string };

/**
 * The user's history of checks. Every method rejects only with a StorageError,
 * whose message is a sentence to show the user.
 */
export interface History {
	/** Refuses (StorageError) a claim with no words: there is nothing to keep. */
	save(input: SaveInput): Promise<SavedCheck>;
	/** Rejects when the check is no longer there (deleted in another tab, say). */
	setNote(id: string, note: string): Promise<void>;
	/** What the list shows: every check's summary, newest first, and the rows that cannot be read. */
	read(): Promise<HistoryList>;
	/** Every check in full, newest first, in the current shape; rows that cannot be read are left out. */
	list(): Promise<SavedCheck[]>;
	/** One check in full; a row that cannot be read as one comes back as damaged; undefined when it is not there. */
	get(id: string): Promise<SavedCheck | DamagedCheck | undefined>;
	/** Returns what it removed, so it can be restored (undo); undefined when it was not there. */
	remove(id: string): Promise<SavedCheck | undefined>;
	/** Deletes a row that cannot be read as a check. */
	removeDamaged(key: IDBValidKey): Promise<void>;
	/** Undo of remove: puts the check back exactly as it was. */
	restore(check: SavedCheck): Promise<void>;
	/**
	 * Gives checks the answers of checking them again here: each keeps its id, claim, time
	 * and note, takes the new result and corpus, and is no longer marked imported.
	 * Resolves to how many were still there to update.
	 */
	replaceResults(rechecks: Recheck[]): Promise<number>;
	/** Deletes every check that can be read; rows that cannot stay, each to be deleted on its own. */
	clear(): Promise<void>;
	/** The checks that can be read, newest first, as a JSON export. */
	exportJson(): Promise<string>;
	exportCsv(): Promise<string>;
	/**
	 * Merges a JSON export into History, each check marked imported: a check already there
	 * (same id, or same claim and time) is skipped, nothing stored is changed or lost. An entry
	 * that is not a sound check is refused with its number and why, and the rest imported; a
	 * file that is not a History export rejects with a StorageError, and nothing is imported.
	 */
	importJson(text: string): Promise<ImportSummary>;
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
	/** Changes a source's description; its text never changes. Refuses a link that is not a web address (http: or https:). */
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
	importCollection(text: string): Promise<{ added: number; skipped: number; linksLeftOut: string[] }>;
}

/** Who publishes the ClaimReviews made here, as last typed: the organisation's name and the page's address ("" when not given). */
export type SavedPublisher = { organisation: string; pageUrl: string };
