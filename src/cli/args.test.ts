import { describe, expect, it } from 'vitest';
import { parseArgs, type ParsedArgs } from './args.ts';

describe('parseArgs', () => {
	it.each<[string[], ParsedArgs]>([
		[['We can manufacture everything.'], { mode: 'claim', claim: 'We can manufacture everything.', json: false, corpusDir: null }],
		[['--json', 'a claim'], { mode: 'claim', claim: 'a claim', json: true, corpusDir: null }],
		[['a claim', '--json'], { mode: 'claim', claim: 'a claim', json: true, corpusDir: null }],
		[['--corpus', 'texts', 'a claim'], { mode: 'claim', claim: 'a claim', json: false, corpusDir: 'texts' }],
		[['--corpus=texts', 'a claim'], { mode: 'claim', claim: 'a claim', json: false, corpusDir: 'texts' }],
		[['We', 'can', 'manufacture'], { mode: 'claim', claim: 'We can manufacture', json: false, corpusDir: null }],
		[['-5 percent growth'], { mode: 'claim', claim: '-5 percent growth', json: false, corpusDir: null }],
		[['--', '--json', 'is a word here'], { mode: 'claim', claim: '--json is a word here', json: false, corpusDir: null }],
		[['--jsonl', 'claims.jsonl'], { mode: 'jsonl', file: 'claims.jsonl', corpusDir: null }],
		[['--jsonl', 'c.jsonl', '--corpus', 'd'], { mode: 'jsonl', file: 'c.jsonl', corpusDir: 'd' }],
		[['--json', '--jsonl', '-'], { mode: 'jsonl', file: '-', corpusDir: null }],
		[['--help'], { mode: 'help' }],
		[['-h', 'anything'], { mode: 'help' }]
	])('reads %j', (argv, expected) => expect(parseArgs(argv)).toEqual(expected));

	it.each<[string[], RegExp]>([
		[[], /no claim given/],
		[['   '], /no claim given/],
		[['--json'], /no claim given/],
		[['--corpus', 'dir'], /no claim given/],
		[['--bogus', 'x'], /unknown option --bogus/],
		[['-x', 'claim'], /unknown option -x/],
		[['--corpus'], /--corpus needs a value/],
		[['--corpus', '--json', 'claim'], /--corpus needs a value/],
		[['--corpus=', 'claim'], /--corpus needs a value/],
		[['--jsonl'], /--jsonl needs a value/],
		[['--corpus', 'a', '--corpus', 'b', 'x'], /given twice/],
		[['--jsonl', 'f', 'a claim'], /either a claim or --jsonl/]
	])('rejects %j with a message', (argv, message) => {
		const parsed = parseArgs(argv);
		expect(parsed.mode).toBe('error');
		if (parsed.mode === 'error') expect(parsed.message).toMatch(message);
	});
});
