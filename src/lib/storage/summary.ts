/**
 * The summaries History keeps beside its checks (see CheckSummary): made from a
 * check when it is written, and read back field by field when History opens.
 */
import { MAX_NOTE_CHARS, readCheck, readTime } from './check-shape.ts';
import { MAX_CLAIM_CHARS, VERDICTS } from './result-shape.ts';
import { fault, isRecord, MAX_SHORT_CHARS, readNullableText, readText, readWord, ShapeFault } from './shape.ts';
import type { CheckSummary, DamagedCheck, SavedCheck } from './types.ts';

/** What the summaries store holds for a row of the checks store that cannot be read: why, so the list can say so. */
export type DamagedMarker = { id: IDBValidKey; claim: string | null; fault: string };

export function summarize(check: SavedCheck): CheckSummary {
	const { id, claim, note, createdAt, importedAt, result } = check;
	return { id, claim, note, createdAt, importedAt, verdict: result.verdict, doc: result.source?.doc ?? null };
}

/** What the summaries store keeps for one row of the checks store, whatever that row holds. */
export function summaryOfRow(row: unknown, now: number): CheckSummary | DamagedMarker {
	const read = readCheck(row, now);
	if (read.ok) return summarize(read.check);
	const { id } = row as { id: IDBValidKey };
	return { id, claim: claimOf(row as { claim?: unknown }), fault: read.fault };
}

/** A stored summary as the list shows it, or the damaged row it stands for. */
export function readSummary(value: unknown, now: number): { ok: true; summary: CheckSummary } | { ok: false; damaged: DamagedCheck } {
	if (isRecord(value) && typeof value.fault === 'string') {
		const { id, claim, fault: why } = value as DamagedMarker;
		return { ok: false, damaged: { key: id, claim, fault: why } };
	}
	try {
		return { ok: true, summary: toSummary(value, now) };
	} catch (error) {
		if (!(error instanceof ShapeFault)) throw error;
		const row = value as { id: IDBValidKey; claim?: unknown };
		return { ok: false, damaged: { key: row.id, claim: claimOf(row), fault: error.message } };
	}
}

function toSummary(value: unknown, now: number): CheckSummary {
	if (!isRecord(value)) fault('is not a check');
	const id = readText(value.id, MAX_SHORT_CHARS, 'id');
	const claim = readText(value.claim, MAX_CLAIM_CHARS, 'claim');
	if (id === '' || claim.trim() === '') fault(id === '' ? 'has no id' : 'has a claim with no words in it');
	return {
		id,
		claim,
		note: readText(value.note, MAX_NOTE_CHARS, 'note'),
		createdAt: readTime(value.createdAt, now, 'time it was checked'),
		importedAt: value.importedAt === null ? null : readTime(value.importedAt, now, 'time it was imported'),
		verdict: readWord(value.verdict, VERDICTS, 'verdict'),
		doc: readNullableText(value.doc, 'source document')
	};
}

/** The claim of a row that cannot be read, to say which it is: when it has one as text. */
export function claimOf(row: { claim?: unknown }): string | null {
	return typeof row.claim === 'string' && row.claim.trim() !== '' ? row.claim : null;
}
