import { messages } from './messages.ts';

/** One non-blank line of a claims file: a claim to check, or the reason it cannot be read. */
export type ClaimLine =
	| { kind: 'claim'; line: number; id: string; claim: string }
	| { kind: 'bad'; line: number; message: string };

/**
 * Longest line read as a claim (characters). The engine reads at most the first 4,000
 * characters of a claim (MAX_CLAIM_CHARS in its verify.ts), and a JSON line that escapes every one of them (\u201c) is six times
 * that; a longer line is a document or a whole file on one line, not a quote.
 */
export const MAX_LINE_CHARS = 100_000;

/**
 * Reads a JSONL claims file: one {"id", "claim"} object per line, numbered
 * from 1. Blank lines are skipped silently; a line without an id gets its
 * line number as id, so every answer can be matched to its question.
 */
export function parseClaimLines(text: string): ClaimLine[] {
	const out: ClaimLine[] = [];
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const raw = lines[i];
		if (!raw.trim()) continue;
		out.push(parseClaimLine(raw, i + 1));
	}
	return out;
}

function parseClaimLine(raw: string, line: number): ClaimLine {
	if (raw.length > MAX_LINE_CHARS) return { kind: 'bad', line, message: messages.lineTooLong(line, raw.length, MAX_LINE_CHARS) };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch (error) {
		return { kind: 'bad', line, message: messages.lineNotJson(line, error instanceof Error ? error.message : String(error)) };
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { kind: 'bad', line, message: messages.lineNotObject(line) };
	}
	const claim: unknown = 'claim' in value ? value.claim : undefined;
	if (typeof claim !== 'string') return { kind: 'bad', line, message: messages.lineNoClaim(line) };
	const id: unknown = 'id' in value ? value.id : undefined;
	if (id === undefined || id === null) return { kind: 'claim', line, id: String(line), claim };
	if (typeof id === 'string') return { kind: 'claim', line, id, claim };
	if (typeof id === 'number') return { kind: 'claim', line, id: String(id), claim };
	return { kind: 'bad', line, message: messages.lineBadId(line) };
}
