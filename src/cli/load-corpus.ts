import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFromManifest, CorpusError, type Corpus, type CorpusDocument } from '../lib/engine/index.ts';
import { escapeOf } from './inside-folder.ts';
import { CliError, fsReason, messages } from './messages.ts';
import { describeFile, readTextFile } from './read-text.ts';

/** The corpus shipped with the project, found beside this file so the command works from any folder. */
export const BUNDLED_CORPUS_DIR = fileURLToPath(new URL('../lib/corpus/seed/', import.meta.url));

const MANIFEST = 'manifest.json';

/**
 * Reads a corpus folder: `manifest.json` with the `.txt` files it names, or,
 * without a manifest, every `.txt` file in the folder (not its subfolders),
 * each described (title, date, speakers) as the app's Library describes it.
 * Throws CliError with a message that says what is wrong with the folder.
 */
export function loadCorpus(dir: string): Corpus {
	const folder = resolve(dir);
	const names = listFolder(folder);
	const manifestPath = join(folder, MANIFEST);
	if (names.includes(MANIFEST)) return fromManifest(folder, manifestPath);
	const txtNames = names.filter((name) => name.toLowerCase().endsWith('.txt'));
	const files = txtNames.filter((name) => isFile(join(folder, name))).sort((a, b) => a.localeCompare(b));
	if (files.length === 0) throw new CliError(messages.corpusEmpty(folder));
	for (const name of files) {
		const escape = escapeOf(folder, name);
		if (escape) throw new CliError(messages.fileLeaves(folder, name, escape));
	}
	return { name: basename(folder), description: '', documents: files.map((name) => bareDocument(name, readDocument(join(folder, name)))) };
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

function fromManifest(folder: string, manifestPath: string): Corpus {
	const raw = readTextFile(manifestPath, 'data');
	let manifest: unknown;
	try {
		manifest = JSON.parse(raw);
	} catch (error) {
		throw new CliError(messages.manifestNotJson(manifestPath, error instanceof Error ? error.message : String(error)));
	}
	checkNamedFiles(manifest, folder);
	// A file the manifest names but the folder lacks is the engine's CorpusError; any other read failure is ours.
	const readText = (file: string): string | null => {
		const path = join(folder, file);
		return existsSync(path) ? readDocument(path) : null;
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

/** A document's text, decoded as the Library decodes it; every offset the engine reports points into this decoded text. */
function readDocument(path: string): string {
	return readTextFile(path, 'document');
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
