import type { Corpus, CorpusDocument, DocumentKind } from '../types.ts';

/** A manifest or document that cannot be read; the message says what to fix. */
export class CorpusError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CorpusError';
	}
}

const KINDS: readonly DocumentKind[] = ['speech', 'transcript', 'news report'];

type ReadText = (file: string) => string | null;

/**
 * Builds a corpus from a parsed manifest.json and a way to read its files.
 * `readText` returns null for a file that does not exist.
 * Throws CorpusError naming the entry at fault; any other input is a programmer error.
 */
export function corpusFromManifest(manifest: unknown, readText: ReadText): Corpus {
	if (!isRecord(manifest)) throw new CorpusError('manifest.json must hold a JSON object with "documents".');
	const entries = manifest.documents;
	if (!Array.isArray(entries)) throw new CorpusError('manifest.json has no "documents" list.');
	const seen = new Set<string>();
	const documents = entries.map((entry, i) => {
		const doc = documentFromEntry(entry, i, readText);
		if (seen.has(doc.id)) throw new CorpusError(`manifest.json names the document id "${doc.id}" twice.`);
		seen.add(doc.id);
		return doc;
	});
	return {
		name: stringOr(manifest.name, 'Untitled corpus'),
		description: stringOr(manifest.description, ''),
		documents
	};
}

/** A corpus from bare text files (no manifest): id and title are the file name, no default speaker. */
export function corpusFromFiles(files: { name: string; text: string }[], name = 'Texts'): Corpus {
	const documents = [...files]
		.sort((a, b) => a.name.localeCompare(b.name))
		.map(({ name: file, text }) => {
			const id = file.replace(/\.txt$/i, '');
			return { id, title: id, text, speakers: [] };
		});
	return { name, description: '', documents };
}

function documentFromEntry(entry: unknown, i: number, readText: ReadText): CorpusDocument {
	const where = `manifest.json, document ${i + 1}`;
	if (!isRecord(entry)) throw new CorpusError(`${where} is not an object.`);
	const file = entry.file;
	if (typeof file !== 'string' || !file) throw new CorpusError(`${where} has no "file".`);
	const text = readText(file);
	if (text === null) throw new CorpusError(`${where} names "${file}", which is not in the corpus folder.`);
	const id = stringOr(entry.id, file.replace(/\.txt$/i, ''));
	const kind = KINDS.find((k) => k === entry.kind);
	const speakers = Array.isArray(entry.speakers) ? entry.speakers.filter((s): s is string => typeof s === 'string') : [];
	return {
		id,
		title: stringOr(entry.title, id),
		text,
		publisher: optionalString(entry.publisher),
		date: optionalString(entry.date),
		place: optionalString(entry.place),
		url: optionalString(entry.url),
		kind,
		speakers
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOr(value: unknown, fallback: string): string {
	return typeof value === 'string' && value.trim() ? value : fallback;
}

function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() ? value : undefined;
}
