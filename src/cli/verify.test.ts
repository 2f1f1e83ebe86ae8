import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT, EXIT_NOT_STANDING, EXIT_SOME_LINES_BAD } from './messages.ts';
import { INTERVIEW, tempFile, tempFolder } from './test-files.ts';
import { runVerify } from './verify.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the command in-process and collects what it prints; `raw` is what went to stderr unprefixed (progress). */
function run(argv: string[], stdin = '', errTerminal = false) {
	const out: string[] = [];
	const err: string[] = [];
	const raw: string[] = [];
	const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), colour: false, errTerminal, errRaw: (t: string) => raw.push(t) };
	const status = runVerify(argv, { ...io, readStdin: () => new TextEncoder().encode(stdin) });
	return { status, out, err, raw };
}

describe('runVerify --jsonl', () => {
	const claims = [
		'{"id": "a", "claim": "We can manufacture everything."}',
		'{"id": "b"',
		'',
		'{"claim": "Belarus will join the European Union by 2030"}',
		'{"id": "d", "text": "no claim field"}'
	].join('\n');

	it('answers every good line in order, reports bad ones by number, and exits 1', () => {
		const { status, out, err } = run(['--jsonl', tempFile('claims.jsonl', claims)]);
		expect(status).toBe(EXIT_SOME_LINES_BAD);
		expect(out.map((l) => JSON.parse(l).id)).toEqual(['a', '4']);
		expect(err).toEqual([expect.stringMatching(/^line 2: not JSON/), expect.stringMatching(/^line 5: no "claim"/)]);
	});

	it('exits 0 when every line is good, and reads stdin for "-"', () => {
		const { status, out } = run(['--jsonl', '-'], '{"id": "x", "claim": "We can manufacture everything."}\n');
		expect(status).toBe(0);
		expect(JSON.parse(out[0])).toMatchObject({ id: 'x', verdict: expect.any(String) });
	});

	it('prints only SPEC result objects', () => {
		const { out } = run(['--jsonl', tempFile('c.jsonl', '{"id":"a","claim":"We can manufacture everything."}')]);
		const result = JSON.parse(out[0]);
		expect(Object.keys(result)).toEqual(expect.arrayContaining(['id', 'verdict', 'score', 'source', 'claimedSpeaker', 'differences']));
	});

	it('keeps the first line of a claims file that starts with a BOM', () => {
		const { status, out } = run(['--jsonl', tempFile('bom.jsonl', '\ufeff{"id": "a", "claim": "We can manufacture everything."}\n')]);
		expect([status, out.map((l) => JSON.parse(l).id)]).toEqual([0, ['a']]);
	});

	it('reads a UTF-16 claims file', () => {
		const text = '{"id": "a", "claim": "We can manufacture everything."}\n';
		const { status, out } = run(['--jsonl', tempFile('u16.jsonl', new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]))]);
		expect([status, out.length]).toEqual([0, 1]);
	});

	it('fails whole with exit 2 when the claims file is missing', () => {
		const { status, out, err } = run(['--jsonl', join(tmpdir(), 'verbatim-missing.jsonl')]);
		expect([status, out, err.length]).toEqual([EXIT_BAD_INPUT, [], 1]);
		expect(err[0]).toMatch(/claims file not found/);
	});
});

describe('runVerify with one claim', () => {
	it('answers a person in words and a program in one JSON line', () => {
		const words = run(['We can manufacture everything.']);
		expect(words.status).toBe(0);
		expect(words.out.join('\n')).toMatch(/^(✓|≈|~|✗|⇄|\?) /);
		const json = run(['--json', 'We can manufacture everything.']);
		expect(json.out).toHaveLength(1);
		expect(JSON.parse(json.out[0]).verdict).toEqual(expect.any(String));
	});

	it('uses the corpus folder it is given', () => {
		const dir = tempFolder({ 'only.txt': 'The quick brown fox jumps over the lazy dog near the river bank today.' });
		const { status, out } = run(['--corpus', dir, '--json', 'The quick brown fox jumps over the lazy dog near the river bank']);
		expect(status).toBe(0);
		const result = JSON.parse(out[0]);
		if (result.source) expect(result.source.doc).toBe('only');
	});
});

describe('runVerify --corpus without a manifest', () => {
	it("gives a transcript's words to its speaker, as the Library does", () => {
		const { out } = run(['--corpus', tempFolder({ 'interview.txt': INTERVIEW }), '--json', 'Helen Okafor said: "A library is not a luxury."']);
		expect(JSON.parse(out[0])).toMatchObject({ verdict: 'exact', source: { doc: 'interview', speaker: 'HELEN OKAFOR' } });
	});
});

describe('runVerify --fail-if-not-standing', () => {
	const standing = 'We can manufacture everything.';
	const notStanding = 'Belarus will join the European Union by 2030';
	it.each<[string, string[], number]>([
		['a claim that stands', ['--fail-if-not-standing', standing], 0],
		['a claim that does not', ['--fail-if-not-standing', notStanding], EXIT_NOT_STANDING],
		['the same without the option', [notStanding], 0],
		['in JSON', ['--fail-if-not-standing', '--json', notStanding], EXIT_NOT_STANDING]
	])('exits as it should for %s', (_, argv, status) => expect(run(argv).status).toBe(status));

	it('exits 3 when any line of a claims file does not stand, yet answers them all', () => {
		const lines = [standing, notStanding, standing].map((claim, i) => JSON.stringify({ id: `c${i}`, claim })).join('\n');
		const { status, out } = run(['--fail-if-not-standing', '--jsonl', '-'], lines);
		expect([status, out.length]).toEqual([EXIT_NOT_STANDING, 3]);
	});

	it('lets an unreadable line (1) win over a claim that does not stand (3): the answers are incomplete', () => {
		const lines = `${JSON.stringify({ claim: notStanding })}\nnot json\n`;
		expect(run(['--fail-if-not-standing', '--jsonl', '-'], lines).status).toBe(EXIT_SOME_LINES_BAD);
	});

	it('keeps every status apart, and --help lists them', () => {
		expect(new Set([0, EXIT_SOME_LINES_BAD, EXIT_BAD_INPUT, EXIT_NOT_STANDING]).size).toBe(4);
		const help = run(['--help']).out.join('\n');
		for (const code of [0, EXIT_SOME_LINES_BAD, EXIT_BAD_INPUT, EXIT_NOT_STANDING]) expect(help).toMatch(new RegExp(`^  ${code}  \\w`, 'm'));
		expect(help).toContain('--fail-if-not-standing');
	});
});

describe('runVerify progress and size', () => {
	const claims = '{"id": "a", "claim": "We can manufacture everything."}\n{"id": "b", "claim": "Belarus will join the EU"}\n';

	it('shows progress on stderr with --progress, and stdout keeps only result lines', () => {
		const { status, out, raw } = run(['--progress', '--jsonl', '-'], claims);
		expect(status).toBe(0);
		expect(out.map((l) => JSON.parse(l).id)).toEqual(['a', 'b']);
		expect(raw.join('')).toMatch(/^verify: reading 1 of 5 files…\n.*verify: reading 5 of 5 files…\nverify: indexing 5 documents \(0\.\d MB\)…\nverify: checking claim 1 of 2…\nverify: checking claim 2 of 2…\n$/s);
	});

	it('shows none when stderr is not a terminal and --progress is not given', () => {
		expect(run(['--jsonl', '-'], claims).raw).toEqual([]);
	});

	it('shows it unasked in a terminal, and erases the line before printing', () => {
		const { raw } = run(['We can manufacture everything.'], '', true);
		expect(raw[0]).toMatch(/^\r\x1b\[Kverify: reading 1 of 5 files…$/);
		expect(raw.at(-1)).toBe('\r\x1b[K');
	});

	it('refuses a corpus over --max-corpus-mb with exit 2, saying what to do', () => {
		const { status, out, err } = run(['--max-corpus-mb', '0.01', 'We can manufacture everything.']);
		expect([status, out]).toEqual([EXIT_BAD_INPUT, []]);
		expect(err[0]).toMatch(/over the 0\.01 MB limit.*Split it.*--max-corpus-mb 1/);
	});
});

describe('npm run verify, end to end', () => {
	// node --import tsx is what `npx tsx` runs, without npm's own warnings on stderr.
	const tsx = (args: string[]) =>
		spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/verify.ts', ...args], { cwd: PROJECT, encoding: 'utf8' });

	it('prints one JSON line per good claim and exits 1 for a bad line', () => {
		const file = tempFile('e2e.jsonl', '{"id":"1","claim":"We can manufacture everything."}\nnot json\n{"id":"3","claim":"x y z"}\n');
		const { status, stdout, stderr } = tsx(['--jsonl', file]);
		expect(status).toBe(EXIT_SOME_LINES_BAD);
		const lines = stdout.trim().split('\n');
		expect(lines.map((l) => JSON.parse(l).id)).toEqual(['1', '3']);
		expect(stderr).toMatch(/line 2: not JSON/);
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	it('exits 2 with a one-line message and no stack trace for a bad corpus', () => {
		const { status, stdout, stderr } = tsx(['--corpus', join(tmpdir(), 'verbatim-none'), 'a claim']);
		expect(status).toBe(EXIT_BAD_INPUT);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^verify: corpus folder not found/)]);
	});
});
