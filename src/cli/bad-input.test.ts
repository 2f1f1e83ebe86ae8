/**
 * Bad input of every kind the command can be given, each answered with the right exit status
 * and a one-line message that names the problem, never a stack trace.
 */
import { symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS } from './jsonl.ts';
import { EXIT_BAD_INPUT, EXIT_SOME_LINES_BAD } from './messages.ts';
import { tempFile, tempFolder } from './test-files.ts';
import { runVerify } from './verify.ts';

const CLAIM = 'We can manufacture everything.';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const manifest = (...documents: object[]) => JSON.stringify({ name: 'Test', documents });
const corpus = (files: Record<string, string | Uint8Array>) => ['--corpus', tempFolder(files), CLAIM];
const claims = (text: string | Uint8Array) => ['--jsonl', tempFile('claims.jsonl', text)];

/** A corpus folder whose manifest names `link.txt`, a link to a file in another folder. */
function linkOut(): string[] {
	const dir = tempFolder({ 'manifest.json': manifest({ id: 'l', file: 'link.txt' }) });
	symlinkSync(tempFile('secret.txt', 'Private.'), join(dir, 'link.txt'));
	return ['--corpus', dir, CLAIM];
}

/** [what, argv (made lazily, so each case gets fresh files), exit status, what the message must say, or null for none]. */
const CASES: [string, () => string[], number, RegExp | null][] = [
	['no arguments at all', () => [], EXIT_BAD_INPUT, /no claim given: paste the words/],
	['an unknown option', () => ['--colour', CLAIM], EXIT_BAD_INPUT, /unknown option --colour \(see --help\)/],
	['an unknown short option', () => ['-x', CLAIM], EXIT_BAD_INPUT, /unknown option -x/],
	['--corpus without its folder', () => [CLAIM, '--corpus'], EXIT_BAD_INPUT, /--corpus needs a value, e\.g\. --corpus path/],
	['--jsonl without its file', () => ['--jsonl'], EXIT_BAD_INPUT, /--jsonl needs a value/],
	['an empty claim', () => [''], EXIT_BAD_INPUT, /no claim given/],
	['a claim of white space only', () => [' \t\n '], EXIT_BAD_INPUT, /no claim given/],
	['a claim and --jsonl', () => ['--jsonl', 'c.jsonl', CLAIM], EXIT_BAD_INPUT, /either a claim or --jsonl FILE, not both/],
	['an option given twice', () => ['--corpus', 'a', '--corpus', 'b', CLAIM], EXIT_BAD_INPUT, /--corpus is given twice/],
	['a limit that is not a number', () => ['--max-corpus-mb', 'big', CLAIM], EXIT_BAD_INPUT, /--max-corpus-mb needs a size in MB/],
	['a negative limit', () => ['--max-corpus-mb', '-5', CLAIM], EXIT_BAD_INPUT, /--max-corpus-mb needs a size in MB above 0/],
	['a corpus folder that does not exist', () => ['--corpus', join(tmpdir(), 'verbatim-no-such-folder'), CLAIM], EXIT_BAD_INPUT, /corpus folder not found: .*verbatim-no-such-folder/],
	['a file given as the corpus folder', () => ['--corpus', tempFile('a.txt', 'x'), CLAIM], EXIT_BAD_INPUT, /not a folder: .*a\.txt \(--corpus needs a folder/],
	['an empty folder', () => corpus({}), EXIT_BAD_INPUT, /no \.txt documents in .*: put the texts/],
	['a binary file as a document', () => corpus({ 'image.txt': PNG }), EXIT_BAD_INPUT, /image\.txt is not a text file: save it as plain text/],
	['a UTF-16 file without its BOM', () => corpus({ 'u16.txt': Buffer.from('Hello.', 'utf16le') }), EXIT_BAD_INPUT, /u16\.txt is not a text file.*UTF-16 file needs its byte-order mark/],
	['a PDF named .txt', () => corpus({ 'report.txt': '%PDF-1.7\n' }), EXIT_BAD_INPUT, /report\.txt is a PDF, not plain text/],
	['a manifest that is not JSON', () => corpus({ 'manifest.json': '{"documents": [' }), EXIT_BAD_INPUT, /manifest\.json is not valid JSON/],
	['a manifest that is binary', () => corpus({ 'manifest.json': PNG }), EXIT_BAD_INPUT, /manifest\.json is not a text file/],
	['a manifest with a duplicate id', () => corpus({ 'manifest.json': manifest({ id: 'a', file: 'a.txt' }, { id: 'a', file: 'b.txt' }), 'a.txt': 'A.', 'b.txt': 'B.' }), EXIT_BAD_INPUT, /names the document id "a" twice/],
	['a manifest without "documents"', () => corpus({ 'manifest.json': '{"name": "x"}' }), EXIT_BAD_INPUT, /manifest\.json has no "documents" list/],
	['a manifest with no documents', () => corpus({ 'manifest.json': manifest() }), EXIT_BAD_INPUT, /lists no documents/],
	['a manifest entry without "file"', () => corpus({ 'manifest.json': manifest({ id: 'a' }) }), EXIT_BAD_INPUT, /document 1 has no "file"/],
	['a manifest naming a missing file', () => corpus({ 'manifest.json': manifest({ id: 'a', file: 'gone.txt' }) }), EXIT_BAD_INPUT, /names "gone\.txt", which is not in the corpus folder/],
	['a manifest file that leaves the folder', () => corpus({ 'manifest.json': manifest({ id: 'p', file: '../../etc/passwd' }) }), EXIT_BAD_INPUT, /document 1 \(id "p"\) names "\.\.\/\.\.\/etc\/passwd", outside the corpus folder: move the file/],
	['a manifest file given by an absolute path', () => corpus({ 'manifest.json': manifest({ id: 'p', file: '/etc/passwd' }) }), EXIT_BAD_INPUT, /names "\/etc\/passwd", an absolute path/],
	['a manifest file that links out of the folder', linkOut, EXIT_BAD_INPUT, /names "link\.txt", a link to .*secret\.txt outside the corpus folder/],
	['a corpus over the size limit', () => ['--max-corpus-mb', '0.001', ...corpus({ 'a.txt': 'x'.repeat(4096) })], EXIT_BAD_INPUT, /the corpus is 0\.0 MB, over the 0\.001 MB limit.*Split it/],
	['a claims file that does not exist', () => ['--jsonl', join(tmpdir(), 'verbatim-no-claims.jsonl')], EXIT_BAD_INPUT, /claims file not found: .*verbatim-no-claims\.jsonl/],
	['a folder given as the claims file', () => ['--jsonl', tempFolder()], EXIT_BAD_INPUT, /cannot read claims file .*: it is a folder/],
	['a binary claims file', () => claims(PNG), EXIT_BAD_INPUT, /claims\.jsonl is not a text file/],
	['a claims line that is not JSON', () => claims(`{"claim": "${CLAIM}"}\n{"claim": oops}\n`), EXIT_SOME_LINES_BAD, /^line 2: not JSON \(.+\); write each claim as \{"id": "c1", "claim": "\.\.\."\} on one line; skipped$/],
	['a claims line without "claim"', () => claims('{"id": "a", "text": "no claim"}\n'), EXIT_SOME_LINES_BAD, /^line 1: no "claim" string; give the quote as "claim"/],
	['a claims line that is not an object', () => claims('["a claim"]\n'), EXIT_SOME_LINES_BAD, /^line 1: expected an object such as/],
	['a claims line with an odd id', () => claims(`{"id": [1], "claim": "${CLAIM}"}\n`), EXIT_SOME_LINES_BAD, /^line 1: "id" must be a string or a number/],
	['a huge claims line', () => claims(JSON.stringify({ claim: 'x'.repeat(MAX_LINE_CHARS) })), EXIT_SOME_LINES_BAD, /^line 1: 100,0\d\d characters, too long for one claim/],
	['a claims file that starts with a BOM (read, first line kept)', () => claims(`\ufeff{"claim": "${CLAIM}"}\n`), 0, null],
	['a UTF-16 claims file with its BOM (read)', () => claims(new Uint8Array([0xff, 0xfe, ...Buffer.from(`{"claim": "${CLAIM}"}\n`, 'utf16le')])), 0, null]
];

describe('bad input', () => {
	it.each(CASES)('%s', (_, argv, status, message) => {
		const out: string[] = [];
		const err: string[] = [];
		const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), colour: false, errTerminal: false, errRaw: () => {} };
		expect(runVerify(argv(), { ...io, readStdin: () => new Uint8Array() })).toBe(status);
		if (message === null) expect(err).toEqual([]);
		else expect(err.join('\n')).toMatch(message);
		for (const line of err) {
			expect(line).not.toContain('\n');
			expect(line).not.toMatch(/^\s+at |\b[A-Z][a-z]+Error\b|node:internal/);
		}
		// Nothing answered means nothing on stdout; a result line is JSON, never a message.
		if (status === EXIT_BAD_INPUT) expect(out).toEqual([]);
		else for (const line of out) expect(() => JSON.parse(line)).not.toThrow();
	});

	it('has a case for each of at least 25 kinds of bad input', () => expect(CASES.length).toBeGreaterThanOrEqual(25));
});
