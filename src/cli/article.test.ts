import { describe, expect, it } from 'vitest';
import { EXIT_BAD_INPUT } from './messages.ts';
import { tempFile } from './test-files.ts';
import { runVerify } from './verify.ts';

function run(argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = runVerify(argv, { out: (l) => out.push(l), err: (l) => err.push(l), colour: false, errTerminal: false, errRaw: () => {}, readStdin: () => new Uint8Array() });
	return { status, out, err };
}

describe('npm run verify -- --article FILE', () => {
	it('prints one JSON line per statement, with the statement and its span in the article', () => {
		const { status, out } = run(['--json', '--article', 'tests/fixtures/articles/news-report.txt']);
		expect(status).toBe(0);
		const lines = out.map((l) => JSON.parse(l));
		expect(lines).toHaveLength(8);
		const altered = lines.find((l) => l.verdict === 'altered');
		expect(altered.statement).toMatchObject({ kind: 'figure', speaker: 'Vladimir Putin', text: 'bilateral trade has grown by about 7.5 percent.' });
		expect(altered.differences[0]).toMatchObject({ type: 'number', claim: 'about 7.5 percent', source: 'about 5.7 percent' });
		expect(lines.find((l) => l.verdict === 'misattributed').claimedSpeaker).toBe('Vladimir Putin');
	});

	it('prints each statement readably, then the summary', () => {
		const { out } = run(['--article', 'tests/fixtures/articles/transcript-qa.txt']);
		expect(out[0]).toMatch(/^Statement 1 of 3 \(turn, Aleksandr Lukashenko\)/);
		expect(out.at(-1)).toBe('3 statements: 2 exact, 1 altered');
	});

	it.each([
		['a missing file', ['--article', 'no/such/article.txt'], /no article file at/],
		['an empty article', ['--article', tempFile('empty.txt', '\n\n')], /no article to check/],
		['an article and a claim', ['--article', 'x.txt', 'We can manufacture everything'], /--article FILE alone/]
	])('answers %s with a message and exit 2', (_, argv, message) => {
		const { status, err } = run(argv);
		expect(status).toBe(EXIT_BAD_INPUT);
		expect(err.join(' ')).toMatch(message);
	});
});
