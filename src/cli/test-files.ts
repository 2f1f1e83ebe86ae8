/** Temporary files and folders for the command line's tests, and texts several tests share. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new folder holding `files` (name -> text or bytes); returns its path. */
export function tempFolder(files: Record<string, string | Uint8Array> = {}): string {
	const dir = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));
	for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
	return dir;
}

/** One file `name` in a new folder; returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
	return join(tempFolder({ [name]: content }), name);
}

/** A transcript as a user might save it: title, dateline, one labelled turn per paragraph, CRLF line ends. */
export const INTERVIEW = [
	'Interview with Mayor Helen Okafor',
	'Northbridge, 13 March 2025',
	'',
	'HELEN OKAFOR: We built it for $14.2 million, which is under the budget.',
	'',
	'HOST: And the hours?',
	'',
	'HELEN OKAFOR: A library is not a luxury. We will keep it open seven days a week.'
].join('\r\n');
