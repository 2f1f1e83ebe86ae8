import type { SavedArticle } from './article-types.ts';
import { readArticle } from './articles.ts';
import { readCheck } from './check-shape.ts';
import { StorageError } from './errors.ts';
import { importRefused } from './messages.ts';
import { isRecord } from './shape.ts';
import type { Refusal, SavedCheck } from './types.ts';

/** What an export file says it is, so an import can tell it from any other JSON. */
export const EXPORT_FORMAT = 'verbatim-history';
/** Version of the export file's layout (not of the database schema). */
export const EXPORT_VERSION = 1;

export type ExportFile = {
	format: typeof EXPORT_FORMAT;
	version: number;
	/** ISO 8601, e.g. "2025-03-13T14:02:00.000Z". */
	exportedAt: string;
	/** Newest first, exactly as stored. */
	checks: SavedCheck[];
	/** Article checks, each with its statements; absent in files written before articles (still version 1: an older reader skips it). */
	articles?: SavedArticle[];
};

export function toJson(checks: SavedCheck[], now = new Date(), articles: SavedArticle[] = []): string {
	const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), checks, articles };
	return JSON.stringify(file, null, 2);
}

/** What an export file gave: the checks that are sound, and the entries refused, with why. */
export type ReadFile = { checks: SavedCheck[]; articles: SavedArticle[]; refused: Refusal[] };

/**
 * Reads an export file. A file that is not a History export throws StorageError
 * and nothing is imported; within one, each entry is read on its own, so a bad
 * entry is refused (with its number) and the others still come in.
 */
export function fromJson(text: string, now = Date.now()): ReadFile {
	if (text.trim() === '') throw new StorageError(importRefused.empty);
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		throw new StorageError(importRefused.notJson);
	}
	if (!isRecord(data) || data.format !== EXPORT_FORMAT) throw new StorageError(importRefused.otherJson);
	if (typeof data.version !== 'number' || data.version > EXPORT_VERSION) throw new StorageError(importRefused.newerFormat);
	if (!Array.isArray(data.checks)) throw new StorageError(importRefused.damaged('the file', 'has no list of checks'));
	const read: ReadFile = { checks: [], articles: [], refused: [] };
	const checks: unknown[] = data.checks;
	checks.forEach((entry: unknown, i) => {
		const one = readCheck(entry, now);
		if (one.ok) read.checks.push(one.check);
		else read.refused.push({ entry: i + 1, fault: one.fault });
	});
	// Article checks are numbered after the checks, as the file lists them.
	const articles: unknown[] = Array.isArray(data.articles) ? data.articles : [];
	articles.forEach((entry, i) => {
		const article = readArticle(entry);
		if (article) read.articles.push(article);
		else read.refused.push({ entry: checks.length + i + 1, fault: 'is not an article check Verbatim can read' });
	});
	return read;
}

export const CSV_COLUMNS = ['time', 'verdict', 'claim', 'reason', 'source_document', 'source_passage', 'speaker', 'note', 'corpus', 'id'];

/** One row per check, newest first, as RFC 4180 CSV with CRLF line ends. */
export function toCsv(checks: SavedCheck[]): string {
	const rows = checks.map((c) => [
		new Date(c.createdAt).toISOString(),
		c.result.verdict,
		c.claim,
		c.result.reason,
		c.result.source?.doc ?? '',
		c.result.source?.text ?? '',
		c.result.source?.attribution?.speaker ?? '',
		c.note,
		c.corpus,
		c.id
	]);
	return [CSV_COLUMNS, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV field. A field a spreadsheet would read as a formula gets a leading
 * apostrophe, so opening the file never runs what someone pasted:
 * `=HYPERLINK("http://x")` -> `"'=HYPERLINK(""http://x"")"`.
 */
export function csvField(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}
