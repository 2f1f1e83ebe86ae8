import { StorageError } from './errors.ts';
import { collectionRefused } from './messages.ts';
import type { DocumentKind, SavedSource, SourceFormat } from './types.ts';

/** What a sources export says it is, so an import can tell it from any other JSON (a History export, say). */
export const COLLECTION_FORMAT = 'verbatim-sources';
/** Version of the export file's layout (not of the database schema). */
export const COLLECTION_VERSION = 1;

export type CollectionFile = {
	format: typeof COLLECTION_FORMAT;
	version: number;
	/** ISO 8601, e.g. "2025-03-13T14:02:00.000Z". */
	exportedAt: string;
	/** Every own source, text and description, exactly as stored. */
	sources: SavedSource[];
};

export function toCollectionJson(sources: SavedSource[], now = new Date()): string {
	const file: CollectionFile = { format: COLLECTION_FORMAT, version: COLLECTION_VERSION, exportedAt: now.toISOString(), sources };
	return JSON.stringify(file, null, 2);
}

const FORMATS: readonly SourceFormat[] = ['txt', 'md', 'html', 'pdf', 'docx', 'pasted'];
const KINDS: readonly DocumentKind[] = ['speech', 'transcript', 'news report'];

/**
 * Reads a sources export. Throws StorageError naming the first fault, so
 * nothing is imported from a file that is partly bad.
 */
export function fromCollectionJson(text: string): SavedSource[] {
	if (text.trim() === '') throw new StorageError(collectionRefused.empty);
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		throw new StorageError(collectionRefused.notJson);
	}
	if (!isRecord(data) || data.format !== COLLECTION_FORMAT) throw new StorageError(collectionRefused.otherJson);
	if (typeof data.version !== 'number' || data.version > COLLECTION_VERSION) throw new StorageError(collectionRefused.newerFormat);
	if (!Array.isArray(data.sources)) throw new StorageError(collectionRefused.damaged('the file', 'has no list of sources'));
	return data.sources.map((entry, i) => toSource(entry, `source ${i + 1}`));
}

/** One entry of an export, checked field by field; optional fields absent stay absent, so a round trip is exact. */
function toSource(entry: unknown, where: string): SavedSource {
	const damaged = (what: string) => new StorageError(collectionRefused.damaged(where, what));
	if (!isRecord(entry)) throw damaged('is not a source');
	const { id, title, text, format, fileName = '', bytes, hash, addedAt, speakers, publisher, date, url, kind } = entry;
	if (typeof id !== 'string' || id === '') throw damaged('has no id');
	if (typeof title !== 'string' || title.trim() === '') throw damaged('has no title');
	if (typeof text !== 'string' || text.trim() === '') throw damaged('has no text');
	if (typeof hash !== 'string' || hash === '') throw damaged('has no content hash');
	if (!FORMATS.includes(format as SourceFormat)) throw damaged('has an unknown file kind');
	if (typeof fileName !== 'string') throw damaged('has a file name that is not text');
	if (typeof bytes !== 'number' || !Number.isFinite(bytes)) throw damaged('has no size');
	if (typeof addedAt !== 'number' || !Number.isFinite(addedAt)) throw damaged('has no time it was added');
	if (!Array.isArray(speakers) || !speakers.every((s) => typeof s === 'string')) throw damaged('has speakers that are not names');
	for (const [name, value] of Object.entries({ publisher, date, url })) {
		if (value !== undefined && typeof value !== 'string') throw damaged(`has a ${name} that is not text`);
	}
	if (kind !== undefined && !KINDS.includes(kind as DocumentKind)) throw damaged('has an unknown kind of document');
	const source: SavedSource = { id, title, text, format: format as SourceFormat, fileName, bytes, hash, addedAt, speakers };
	if (publisher !== undefined) source.publisher = publisher as string;
	if (date !== undefined) source.date = date as string;
	if (url !== undefined) source.url = url as string;
	if (kind !== undefined) source.kind = kind as DocumentKind;
	return source;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
