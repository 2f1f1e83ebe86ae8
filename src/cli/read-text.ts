/**
 * Reading the command line's text files (corpus documents, manifest.json, claims) with the code
 * the app's Library uses for users' files, so a file decodes the same in both.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describeText } from '../lib/sources/describe.ts';
import { looksLikeText, sniffKind } from '../lib/sources/sniff.ts';
import { decodeText } from '../lib/sources/txt.ts';
import type { SourceMeta } from '../lib/sources/types.ts';
import { CliError, fsReason, messages } from './messages.ts';

/** What a file holds: a document to check against, or data (manifest.json, claims) where only "is it text" matters. */
export type TextUse = 'document' | 'data';

/** Kinds the Library reads that are not plain text, as a person names them. */
const NOT_PLAIN = { pdf: 'a PDF', docx: 'a Word document', html: 'a web page' } as const;

/**
 * A file's bytes as text: a BOM decides UTF-8 or UTF-16 LE/BE and is dropped; otherwise UTF-8,
 * or windows-1252 (a superset of Latin-1) when the bytes are not valid UTF-8, its curly quotes
 * decoded by hand (src/lib/sources/txt.ts). A file that is not text is refused, naming `path`.
 *
 * Every offset the engine reports points into this DECODED text, not into the file's bytes:
 * in a UTF-16 or windows-1252 file a character and a byte are not the same size.
 */
export function decodeTextFile(bytes: Uint8Array, path: string, use: TextUse): string {
	const kind = use === 'document' ? sniffKind(bytes, basename(path)) : looksLikeText(bytes) ? 'txt' : 'binary';
	if (kind === 'binary') throw new CliError(messages.notText(path));
	if (kind !== 'txt' && kind !== 'md') throw new CliError(messages.notPlainText(path, NOT_PLAIN[kind]));
	return decodeText(bytes);
}

/** Reads and decodes a file; a file-system failure becomes a CliError that names the file. */
export function readTextFile(path: string, use: TextUse): string {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		throw new CliError(messages.documentUnreadable(path, fsReason(error)));
	}
	return decodeTextFile(bytes, path, use);
}

/**
 * A document's title, date and speakers as the Library describes the same file, from the
 * tidied text; the text the engine indexes stays as decoded, so offsets point into it.
 */
export function describeFile(text: string, fileName: string): SourceMeta {
	return describeText(text, fileName, {}).meta;
}
