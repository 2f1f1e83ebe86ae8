import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFromManifest, CorpusError, type Corpus, type CorpusDocument } from '../lib/engine/index.ts';
import { checkCorpusSize, DEFAULT_MAX_CORPUS_MB } from './corpus-size.ts';
import { escapeOf } from './inside-folder.ts';
import { CliError, fsReason, messages } from './messages.ts';
import { describeFile, readTextFile } from './read-text.ts';

/** The corpus shipped with the project, found beside this file so the command works from any folder. */
export const BUNDLED_CORPUS_DIR = fileURLToPath(new URL('../lib/corpus/seed/', import.meta.url));

const MANIFEST = 'manifest.json';

export type LoadOptions = {
	/** Largest corpus read, in MB of files; a larger one is refused before any file is read. */
	maxCorpusMb: number;
	/** Told after each document file is read: `done` of `total`. */
	onFileRead?: (done: number, total: number) => void;
};

const DEFAULTS: LoadOptions = { maxCorpusMb: DEFAULT_MAX_CORPUS_MB };

/**
 * Reads a corpus folder: `manifest.json` with the `.txt` files it names, or,
 * without a manifest, every `.txt` file in the folder (not its subfolders),
 * each described (title, date, speakers) as the app's Library describes it.
 * Throws CliError with a message that says what is wrong with the folder.
 */
export function loadCorpus(dir: string, options: LoadOptions = DEFAULTS): Corpus {
	const folder = resolve(dir);
	const names = listFolder(folder);
	if (names.includes(MANIFEST)) return fromManifest(folder, options);
	return fromTxtFiles(folder, names, options);
}

function fromTxtFiles(folder: string, names: string[], options: LoadOptions): Corpus {
	const txtNames = names.filter((name) => name.toLowerCase().endsWith('.txt'));
	const files = txtNames.filter((name) => isFile(join(folder, name))).sort((a, b) => a.localeCompare(b));
	if (files.length === 0) throw new CliError(messages.corpusEmpty(folder));
	for (const name of files) {
		const escape = escapeOf(folder, name);
		if (escape) throw new CliError(messages.fileLeaves(folder, name, escape));
	}
	checkCorpusSize(files.map((name) => join(folder, name)), options.maxCorpusMb);
	const read = documentReader(files.length, options);
	return { name: basename(folder), description: '', documents: files.map((name) => bareDocument(name, read(join(folder, name)))) };
}

/**
 * A document without a manifest: its id is the file name without ".txt"; title, date and
 * speakers are the Library's for the same file, so a transcript's first speaker is the
 * default speaker on the command line as on the page.
 */
function bareDocument(name: string, text: string): CorpusDocument {
	const { title, date, speakers } = describeFile(text, name);
	return { id: name.replace(/\.txt$/i, ''), title, text, speakers, ...(date ? { date } : {}) };
}

function listFolder(folder: string): string[] {
	let isFolder: boolean;
	try {
		isFolder = statSync(folder).isDirectory();
	} catch (error) {
		if (hasCode(error, 'ENOENT')) throw new CliError(messages.corpusMissing(folder));
		throw new CliError(messages.corpusUnreadable(folder, fsReason(error)));
	}
	if (!isFolder) throw new CliError(messages.corpusNotFolder(folder));
	try {
		return readdirSync(folder);
	} catch (error) {
		throw new CliError(messages.corpusUnreadable(folder, fsReason(error)));
	}
}

function fromManifest(folder: string, options: LoadOptions): Corpus {
	const manifestPath = join(folder, MANIFEST);
	const raw = readTextFile(manifestPath, 'data');
	let manifest: unknown;
	try {
		manifest = JSON.parse(raw);
	} catch (error) {
		throw new CliError(messages.manifestNotJson(manifestPath, error instanceof Error ? error.message : String(error)));
	}
	const paths = checkNamedFiles(manifest, folder);
	checkCorpusSize(paths, options.maxCorpusMb);
	const read = documentReader(paths.length, options);
	// A file the manifest names but the folder lacks is the engine's CorpusError; any other read failure is ours.
	const readText = (file: string): string | null => {
		const path = join(folder, file);
		return existsSync(path) ? read(path) : null;
	};
	let corpus: Corpus;
	try {
		corpus = corpusFromManifest(manifest, readText);
	} catch (error) {
		if (error instanceof CorpusError) throw new CliError(messages.badManifest(error.message));
		throw error;
	}
	if (corpus.documents.length === 0) throw new CliError(messages.manifestNoDocuments(manifestPath));
	return corpus;
}

/**
 * Checks, before any file is read, that every file the manifest names stays inside the
 * folder; returns their paths. Entries without a "file" are left to the engine to explain.
 */
function checkNamedFiles(manifest: unknown, folder: string): string[] {
	const entries = isRecord(manifest) && Array.isArray(manifest.documents) ? manifest.documents : [];
	return entries.flatMap((entry: unknown, i) => {
		if (!isRecord(entry) || typeof entry.file !== 'string' || !entry.file) return [];
		const escape = escapeOf(folder, entry.file);
		const where = `manifest.json, document ${i + 1}${typeof entry.id === 'string' ? ` (id "${entry.id}")` : ''}`;
		if (escape) throw new CliError(messages.manifestFileLeaves(where, entry.file, escape));
		return [join(folder, entry.file)];
	});
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads documents' texts, decoded as the Library decodes them (every offset the engine reports
 * points into this decoded text), and counts them off to `onFileRead`.
 */
function documentReader(total: number, { onFileRead }: LoadOptions): (path: string) => string {
	let done = 0;
	return (path) => {
		const text = readTextFile(path, 'document');
		onFileRead?.(++done, total);
		return text;
	};
}

function isFile(path: string): boolean {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

function hasCode(error: unknown, code: string): boolean {
	return error instanceof Error && 'code' in error && error.code === code;
}
