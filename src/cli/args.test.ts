import { describe, expect, it } from 'vitest';
import { parseArgs, type ParsedArgs } from './args.ts';
import { DEFAULT_MAX_CORPUS_MB } from './corpus-size.ts';

const defaults = { corpusDir: null, maxCorpusMb: DEFAULT_MAX_CORPUS_MB, progress: false, failIfNotStanding: false };
const claim = (text: string, more: object = {}): ParsedArgs => ({ mode: 'claim', claim: text, json: false, ...defaults, ...more });
const jsonl = (file: string, more: object = {}): ParsedArgs => ({ mode: 'jsonl', file, ...defaults, ...more });

describe('parseArgs', () => {
	it.each<[string[], ParsedArgs]>([
		[['We can manufacture everything.'], claim('We can manufacture everything.')],
		[['--json', 'a claim'], claim('a claim', { json: true })],
		[['a claim', '--json'], claim('a claim', { json: true })],
		[['--corpus', 'texts', 'a claim'], claim('a claim', { corpusDir: 'texts' })],
		[['--corpus=texts', 'a claim'], claim('a claim', { corpusDir: 'texts' })],
		[['We', 'can', 'manufacture'], claim('We can manufacture')],
		[['-5 percent growth'], claim('-5 percent growth')],
		[['--', '--json', 'is a word here'], claim('--json is a word here')],
		[['--jsonl', 'claims.jsonl'], jsonl('claims.jsonl')],
		[['--jsonl', 'c.jsonl', '--corpus', 'd'], jsonl('c.jsonl', { corpusDir: 'd' })],
		[['--json', '--jsonl', '-'], jsonl('-')],
		[['--max-corpus-mb', '250', 'a claim'], claim('a claim', { maxCorpusMb: 250 })],
		[['--max-corpus-mb=0.5', '--jsonl', 'c'], jsonl('c', { maxCorpusMb: 0.5 })],
		[['--progress', '--jsonl', 'c'], jsonl('c', { progress: true })],
		[['--fail-if-not-standing', 'a claim'], claim('a claim', { failIfNotStanding: true })],
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
		[['--jsonl', 'f', 'a claim'], /either a claim or --jsonl/],
		[['--max-corpus-mb'], /--max-corpus-mb needs a value, e\.g\. --max-corpus-mb 250/],
		[['--max-corpus-mb', 'lots', 'x'], /--max-corpus-mb needs a size in MB above 0.*"lots"/],
		[['--max-corpus-mb', '0', 'x'], /--max-corpus-mb needs a size in MB above 0/]
	])('rejects %j with a message', (argv, message) => {
		const parsed = parseArgs(argv);
		expect(parsed.mode).toBe('error');
		if (parsed.mode === 'error') expect(parsed.message).toMatch(message);
	});
});
