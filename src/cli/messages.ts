/**
 * Every message the verify command shows a person, in one place, so the
 * wording stays consistent and tests can match it.
 */

import type { Escape } from './inside-folder.ts';

/** Exit status for bad input (arguments, corpus, claims file): nothing was answered. */
export const EXIT_BAD_INPUT = 2;
/** Exit status when some lines of a claims file could not be read; the others were answered. */
export const EXIT_SOME_LINES_BAD = 1;
/**
 * Exit status, with --fail-if-not-standing, when every claim was answered and at least one
 * does not stand (altered, misattributed, not_found). Not 1, which already means "some lines
 * unreadable", and not 2 (bad input), so a script can tell the three apart.
 */
export const EXIT_NOT_STANDING = 3;

/** A problem with what the person gave us; the message says what to fix. Shown without a stack trace. */
export class CliError extends Error {
	constructor(
		message: string,
		readonly exitCode: number = EXIT_BAD_INPUT
	) {
		super(message);
		this.name = 'CliError';
	}
}

const VALUE_EXAMPLES: Record<string, string> = { '--corpus': 'path/to/folder', '--jsonl': 'claims.jsonl', '--max-corpus-mb': '250' };

export const messages = {
	noClaim: 'no claim given: paste the words of the quote, e.g. npm run verify -- "We can manufacture everything."',
	unknownOption: (option: string) => `unknown option ${option} (see --help)`,
	missingValue: (option: string) => `${option} needs a value, e.g. ${option} ${VALUE_EXAMPLES[option] ?? 'VALUE'}`,
	repeatedOption: (option: string) => `${option} is given twice; give it once`,
	badMaxCorpusMb: (value: string) => `--max-corpus-mb needs a size in MB above 0, e.g. --max-corpus-mb 250 (not "${value}")`,
	claimAndJsonl: 'give either a claim or --jsonl FILE, not both',
	articleAndMore: 'give --article FILE alone: not with a claim or --jsonl',
	articleMissing: (file: string) => `no article file at ${file}: give the path of a .txt or .md article`,
	articleUnreadable: (file: string, reason: string) => `cannot read the article ${file} (${reason})`,
	corpusMissing: (dir: string) => `corpus folder not found: ${dir} (check the path given to --corpus)`,
	corpusNotFolder: (dir: string) => `not a folder: ${dir} (--corpus needs a folder of .txt files)`,
	corpusUnreadable: (dir: string, why: string) => `cannot read corpus folder ${dir}: ${why}`,
	corpusTooLarge: (mb: number, maxMb: number, memoryPerMb: number) =>
		`the corpus is ${mb.toFixed(1)} MB, over the ${maxMb} MB limit: reading and indexing take about ${memoryPerMb} MB of memory per MB ` +
		`(${((mb * memoryPerMb) / 1024).toFixed(1)} GB here). Split it into folders of at most ${maxMb} MB and check against each, ` +
		`or raise the limit with --max-corpus-mb ${Math.ceil(mb)} on a machine with that memory to spare`,
	corpusEmpty: (dir: string) => `no .txt documents in ${dir}: put the texts to check against in that folder`,
	manifestNotJson: (file: string, why: string) => `${file} is not valid JSON: ${why}. Fix it, or remove it to read every .txt file in the folder`,
	manifestNoDocuments: (file: string) => `${file} lists no documents: add one {"id", "file", "title"} entry for each text`,
	documentUnreadable: (file: string, why: string) => `cannot read ${file}: ${why}`,
	notText: (file: string) =>
		`${file} is not a text file: save it as plain text (UTF-8) and try again; a UTF-16 file needs its byte-order mark`,
	notPlainText: (file: string, kind: string) =>
		`${file} is ${kind}, not plain text: save its text as a .txt file (the app's Library reads ${kind} directly)`,
	badManifest: (why: string) => `bad corpus manifest: ${why}`,
	manifestFileLeaves: (where: string, file: string, escape: Escape) => `${where} names "${file}", ${leaves(escape)}`,
	fileLeaves: (folder: string, file: string, escape: Escape) => `${folder}: "${file}" is ${leaves(escape)}`,
	jsonlMissing: (file: string) => `claims file not found: ${file} (check the path given to --jsonl; "-" reads stdin)`,
	jsonlUnreadable: (file: string, why: string) => `cannot read claims file ${file}: ${why}`,
	lineNotJson: (line: number, why: string) => `line ${line}: not JSON (${why}); write each claim as {"id": "c1", "claim": "..."} on one line; skipped`,
	lineNotObject: (line: number) => `line ${line}: expected an object such as {"id": "c1", "claim": "..."}; skipped`,
	lineNoClaim: (line: number) => `line ${line}: no "claim" string; give the quote as "claim": "..."; skipped`,
	lineTooLong: (line: number, chars: number, max: number) =>
		`line ${line}: ${chars.toLocaleString('en')} characters, too long for one claim (at most ${max.toLocaleString('en')}): put one quote on each line; skipped`,
	lineBadId: (line: number) => `line ${line}: "id" must be a string or a number; skipped`,
	engineFailed: (where: string, why: string) => `${where}: the engine failed on this claim (${why}); please report it`,
	readingFiles: (done: number, total: number) => `reading ${done} of ${total} files…`,
	indexing: (documents: number, mb: number) => `indexing ${documents} documents (${mb.toFixed(1)} MB)…`,
	checking: (done: number, total: number) => `checking claim ${done} of ${total}…`,
	internal: (why: string) => `internal error: ${why} (set VERBATIM_DEBUG=1 for details)`
};

/** How a corpus file leaves its folder, and what to do instead. */
function leaves(escape: Escape): string {
	if (escape.kind === 'absolute') return 'an absolute path: name the file by its path inside the corpus folder, e.g. "speech.txt"';
	if (escape.kind === 'outside') return 'outside the corpus folder: move the file into the folder and name it by its path there';
	return `a link to ${escape.target} outside the corpus folder: copy the file into the folder instead of linking to it`;
}

/** The gist of a Node file-system error, e.g. "permission denied" for EACCES. */
export function fsReason(error: unknown): string {
	const code = error instanceof Error && 'code' in error ? String(error.code) : '';
	const known: Record<string, string> = {
		ENOENT: 'no such file or folder',
		EACCES: 'permission denied',
		EPERM: 'permission denied',
		EISDIR: 'it is a folder',
		ENOTDIR: 'a part of the path is not a folder'
	};
	return known[code] ?? (error instanceof Error ? error.message : String(error));
}
