import type { CheckResult, Verdict } from '#lib/engine/index.ts';
import { StorageError } from './errors.ts';
import { importRefused } from './messages.ts';
import type { SavedCheck } from './types.ts';

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
};

export function toJson(checks: SavedCheck[], now = new Date()): string {
	const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), checks };
	return JSON.stringify(file, null, 2);
}

const VERDICTS: readonly Verdict[] = ['exact', 'close', 'reworded', 'altered', 'misattributed', 'not_found'];

/**
 * Reads an export file. Throws StorageError naming the first fault, so nothing
 * is imported from a file that is partly bad.
 */
export function fromJson(text: string): SavedCheck[] {
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
	return data.checks.map((entry, i) => toCheck(entry, `check ${i + 1}`));
}

/** One entry of an export, checked field by field; what the History page reads must be there. */
function toCheck(entry: unknown, where: string): SavedCheck {
	const damaged = (what: string) => new StorageError(importRefused.damaged(where, what));
	if (!isRecord(entry)) throw damaged('is not a check');
	const { id, claim, note = '', createdAt, corpus = '', result } = entry;
	if (typeof id !== 'string' || id === '') throw damaged('has no id');
	if (typeof claim !== 'string') throw damaged('has no claim');
	if (typeof note !== 'string') throw damaged('has a note that is not text');
	if (typeof corpus !== 'string') throw damaged('has a corpus name that is not text');
	if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) throw damaged('has no time');
	if (!isResult(result)) throw damaged('has no verdict, reason or differences');
	return { id, claim, result, note, createdAt, corpus };
}

/** Enough of a CheckResult to show it; the engine wrote the rest. */
function isResult(value: unknown): value is CheckResult {
	return (
		isRecord(value) &&
		VERDICTS.includes(value.verdict as Verdict) &&
		typeof value.reason === 'string' &&
		Array.isArray(value.differences) &&
		isRecord(value.claim) &&
		(value.source === null || (isRecord(value.source) && typeof value.source.doc === 'string'))
	);
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
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
