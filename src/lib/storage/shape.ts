/**
 * Reading values of unknown shape (a stored row, an imported entry) field by field.
 * Each reader returns the value typed, or throws a ShapeFault whose message
 * completes a sentence about the entry: "entry 3 " + "has no claim".
 */
import type { Span } from '#lib/engine/index.ts';

export class ShapeFault extends Error {
	constructor(what: string) {
		super(what);
		this.name = 'ShapeFault';
	}
}

export function fault(what: string): never {
	throw new ShapeFault(what);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Longest of the short strings of a check (ids, names, document ids, cues), in UTF-16 code units. */
export const MAX_SHORT_CHARS = 1000;

/** A string of at most `max` characters; `what` names it in the fault ("a reason"). */
export function readText(value: unknown, max: number, what: string): string {
	if (typeof value !== 'string') fault(`has no ${what}`);
	if (value.length > max) fault(`has ${withArticle(what)} longer than ${max.toLocaleString('en-GB')} characters`);
	return value;
}

/** A short string, or null. */
export function readNullableText(value: unknown, what: string): string | null {
	return value === null ? null : readText(value, MAX_SHORT_CHARS, what);
}

/** A finite number in [min, max]. */
export function readNumber(value: unknown, min: number, max: number, what: string): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) fault(`has no ${what}`);
	return value;
}

/** One of `allowed`'s keys: a closed list of words, checked against a record the compiler keeps complete. */
export function readWord<W extends string>(value: unknown, allowed: Record<W, true>, what: string): W {
	if (typeof value !== 'string' || !Object.hasOwn(allowed, value)) fault(`has ${withArticle(what)} Verbatim does not know`);
	return value as W;
}

/** An array of at most `max` items. */
export function readList(value: unknown, max: number, what: string): unknown[] {
	if (!Array.isArray(value)) fault(`has no list of ${what}`);
	if (value.length > max) fault(`has more than ${max.toLocaleString('en-GB')} ${what}`);
	return value;
}

/**
 * A half-open span of whole offsets, inside a text of `length` characters when
 * that text is known (the claim); a document's length is not, so only its order is checked.
 */
export function readSpan(value: unknown, length: number | null, what: string): Span {
	if (!isRecord(value)) fault(`has no ${what}`);
	const { start, end } = value;
	const limit = length ?? Number.MAX_SAFE_INTEGER;
	const whole = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= limit;
	if (!whole(start) || !whole(end) || start > end) fault(`has ${withArticle(what)} outside its text`);
	return { start, end };
}

/** "a reason", "an id", so faults read as sentences. */
function withArticle(what: string): string {
	return /^[aeiou]/i.test(what) ? `an ${what}` : `a ${what}`;
}
