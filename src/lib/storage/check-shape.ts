/**
 * One saved check of unknown shape, read field by field: a row of the database
 * (any version's) or an entry of an imported file. What passes is a SavedCheck
 * of the current shape; what does not is a fault saying what is wrong with it.
 */
import { readResult, MAX_CLAIM_CHARS } from './result-shape.ts';
import { fault, isRecord, MAX_SHORT_CHARS, readText, ShapeFault } from './shape.ts';
import type { SavedCheck } from './types.ts';

/** Longest note kept, in characters: a few pages of notes; a longer one is not a note. */
export const MAX_NOTE_CHARS = 20_000;
/** No check is older than this app: a time before 1 January 2000 is a broken or forged one. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/**
 * How far past now a check's time may be (ms): a clock a few days fast (another
 * device's, or one set by hand) is not a fault; a time further ahead is.
 */
export const FUTURE_SLACK_MS = 7 * 24 * 3600 * 1000;

/** What reading one check gave: the check, or why it cannot be one ("has no claim"). */
export type ReadCheck = { ok: true; check: SavedCheck } | { ok: false; fault: string };

/** Reads `value` as a check, against the clock at `now` (ms since the epoch). */
export function readCheck(value: unknown, now: number): ReadCheck {
	try {
		return { ok: true, check: toCheck(value, now) };
	} catch (error) {
		if (error instanceof ShapeFault) return { ok: false, fault: error.message };
		throw error;
	}
}

function toCheck(value: unknown, now: number): SavedCheck {
	if (!isRecord(value)) fault('is not a check');
	const { id, claim, note = '', createdAt, corpus = '', importedAt = null, result } = value;
	const checkId = readText(id, MAX_SHORT_CHARS, 'id');
	if (checkId === '') fault('has no id');
	const claimText = readText(claim, MAX_CLAIM_CHARS, 'claim');
	if (claimText.trim() === '') fault('has a claim with no words in it');
	return {
		id: checkId,
		claim: claimText,
		result: readResult(result),
		note: readText(note, MAX_NOTE_CHARS, 'note'),
		createdAt: readTime(createdAt, now, 'time it was checked'),
		corpus: readText(corpus, MAX_SHORT_CHARS, 'name of the sources it was checked against'),
		importedAt: importedAt === null ? null : readTime(importedAt, now, 'time it was imported')
	};
}

/** A time in ms since the epoch between EARLIEST_TIME and a little past `now`. */
export function readTime(value: unknown, now: number, what: string): number {
	const inRange = typeof value === 'number' && Number.isFinite(value) && value >= EARLIEST_TIME && value <= now + FUTURE_SLACK_MS;
	if (!inRange) fault(`has a ${what} that is not a date between 1 January 2000 and today`);
	return value;
}
