/**
 * Which sources checks run against, and the signature that names one choice,
 * so a kept index is found again only for the very same corpus.
 */
import type { Corpus, CorpusDocument, DocumentKind } from '#lib/engine/index.ts';

/** Which sources checks run against. `own`: the user's sources with their text (from storage). */
export type CorpusChoice = { bundled: boolean; own: OwnSource[]; packs: PackId[] };

/** One of the user's own sources, as storage keeps it; its id is storage's, unprefixed. */
export type OwnSource = {
	id: string;
	title: string;
	text: string;
	publisher?: string;
	date?: string;
	url?: string;
	kind?: DocumentKind;
	/** Canonical names of the people who speak in it; the first is the default speaker. */
	speakers: string[];
};

/** An optional pack prepared at build time and fetched only when asked for. */
export type PackId = 'sotu';

/** Where a document checks run against comes from. */
export type DocumentSource = 'bundled' | 'own' | PackId;

/** How far indexing has come. `done` and `total` count bytes while loading a pack, else documents. */
export type IndexProgress = { phase: 'loading pack' | 'indexing' | 'saving'; done: number; total: number };

/** What `useCorpus` built. `fromCache`: restored from the kept index instead of built. */
export type IndexSummary = {
	documents: number;
	/** Words in the index (positions of the corpus). */
	words: number;
	/** Wall time from the request to the index being ready, in ms, inside the worker. */
	milliseconds: number;
	fromCache: boolean;
	/** Set when the built index could not be kept: the sentence says what that means. */
	notKept?: string;
};

/** A document checks currently run against, without its text. */
export type CheckedDocument = {
	id: string;
	title: string;
	publisher?: string;
	date?: string;
	kind?: string;
	speakers: string[];
	source: DocumentSource;
};

/** The bundled corpus alone: what the checker uses until told otherwise. */
export const BUNDLED_ONLY: CorpusChoice = { bundled: true, own: [], packs: [] };

/** Own sources' ids carry this prefix in the corpus, so they never collide with bundled ids. */
export const OWN_PREFIX = 'own:';

/** An own source as a corpus document, its id prefixed. e.g. "3f2a" -> "own:3f2a". */
export function ownDocument(source: OwnSource): CorpusDocument {
	const { id, title, text, publisher, date, url, kind, speakers } = source;
	return { id: OWN_PREFIX + id, title, text, publisher, date, url, kind, speakers: [...speakers] };
}

/** Where a corpus document came from, read from its id's prefix ("own:…", "sotu:…", else bundled). */
export function sourceOf(docId: string): DocumentSource {
	if (docId.startsWith(OWN_PREFIX)) return 'own';
	if (docId.startsWith('sotu:')) return 'sotu';
	return 'bundled';
}

/** The document list a page shows: every field but the text. */
export function describeDocuments(corpus: Corpus): CheckedDocument[] {
	return corpus.documents.map(({ id, title, publisher, date, kind, speakers }) => ({
		id,
		title,
		publisher,
		date,
		kind,
		speakers,
		source: sourceOf(id)
	}));
}

/**
 * A name for one corpus choice under one build of the app: SHA-256 (hex) of
 * the build id, the bundled flag, the packs, and every own source's id,
 * metadata and text, in order (order decides which document a tie goes to).
 * The build id is in it because a new engine may read the same text into other arrays.
 * e.g. corpusSignature({ bundled: true, own: [], packs: ['sotu'] }, '1732') -> "9c1e…" (64 hex digits).
 */
export async function corpusSignature(choice: CorpusChoice, build: string): Promise<string> {
	const own = choice.own.map((s) => [s.id, s.title, s.publisher ?? '', s.date ?? '', s.url ?? '', s.kind ?? '', s.speakers, s.text]);
	const text = JSON.stringify({ build, bundled: choice.bundled, packs: [...new Set(choice.packs)].sort(), own });
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
