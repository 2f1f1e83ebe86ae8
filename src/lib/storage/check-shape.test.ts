import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { buildIndex, verify, type FoundResult } from '#lib/engine/index.ts';
import { readCheck } from './check-shape.ts';
import { fakeResult } from './testing.ts';
import type { SavedCheck } from './types.ts';

const NOW = Date.UTC(2026, 11, 3);
const sound: SavedCheck = { id: 'a', claim: 'trade grew 5.7 percent', note: '', createdAt: NOW - 1000, corpus: 'Seed', importedAt: null, result: fakeResult() };
const found = sound.result as FoundResult;
const notFound = { ...sound, result: fakeResult('not_found') };

/** `sound` with `change` made to a copy of it. */
function changed(change: (c: Record<string, any>) => void, from: SavedCheck = sound): unknown {
	const copy = structuredClone(from) as Record<string, any>;
	change(copy);
	return copy;
}

describe('readCheck', () => {
	it('reads a sound check as it is', () => expect(readCheck(sound, NOW)).toEqual({ ok: true, check: sound }));

	it.each([
		['a time far in the future', changed((c) => (c.createdAt = 1e20)), 'has a time it was checked that is not a date between 1 January 2000 and today'],
		['a time that is text', changed((c) => (c.createdAt = 'today')), 'has a time it was checked that is not a date between 1 January 2000 and today'],
		['a time before 2000', changed((c) => (c.createdAt = 0)), 'has a time it was checked that is not a date between 1 January 2000 and today'],
		['a claim that is not text', changed((c) => (c.claim = 7)), 'has no claim'],
		['a claim of spaces', changed((c) => (c.claim = ' \n ')), 'has a claim with no words in it'],
		['a claim of a million characters', changed((c) => (c.claim = 'x'.repeat(1e6))), 'has a claim longer than 100,000 characters'],
		['a note of a million characters', changed((c) => (c.note = 'x'.repeat(1e6))), 'has a note longer than 20,000 characters'],
		['no id', changed((c) => (c.id = '')), 'has no id'],
		['a verdict not among the six', changed((c) => (c.result.verdict = 'true')), 'has a verdict Verbatim does not know'],
		['no result', changed((c) => delete c.result), 'has no result'],
		['a claim span past the end of its claim', changed((c) => (c.result.claim.quoteSpan = { start: 0, end: 999 })), 'has a claim span outside its text'],
		['a span that runs backwards', changed((c) => (c.result.claim.quoteSpans = [{ start: 9, end: 2 }])), 'has a claim span outside its text'],
		['a fractional offset', changed((c) => (c.result.claim.quoteSpan = { start: 0.5, end: 4 })), 'has a claim span outside its text'],
		['a passage whose span does not fit its text', changed((c) => (c.result.source.span.end += 5)), 'has a source passage whose span does not fit its text'],
		['a passage outside its context', changed((c) => (c.result.source.context = { start: 120, end: 130 })), 'has a source passage outside its context'],
		['a found verdict with no source', changed((c) => (c.result.source = null)), 'has no source passage'],
		['“not found” with a source', changed((c) => (c.result.source = found.source), notFound), 'is “not found” yet names a source'],
		['“not found” for a reason the app does not give', changed((c) => (c.result.notFound = 'hidden'), notFound), 'has a reason for “not found” Verbatim does not know'],
		['a difference of an unknown kind', changed((c) => c.result.differences.push({ type: 'tone', severity: 'meaning', claim: '', source: '', claimSpan: null, sourceSpan: null })), 'has a kind of difference Verbatim does not know'],
		['a score above 1', changed((c) => (c.result.score = 7)), 'has no score between 0 and 1'],
		['a speaker evidence the app does not give', changed((c) => (c.result.source.attribution.evidence = 'rumour')), 'has a kind of speaker evidence Verbatim does not know']
	])('refuses %s, saying what is wrong', (_, value, fault) => expect(readCheck(value, NOW)).toEqual({ ok: false, fault }));

	it('brings a check of an earlier version to the current shape', () => {
		const old = changed((c) => {
			delete c.importedAt;
			delete c.result.claimedSpeaker;
			delete c.result.claim.quoteSpans;
			delete c.result.claim.unchecked;
			c.result.claim.claimedSpeaker = 'Vladimir Putin';
		});
		const read = readCheck(old, NOW);
		expect(read.ok && read.check).toEqual({
			...sound,
			result: { ...sound.result, claimedSpeaker: 'Vladimir Putin', claim: { ...sound.result.claim, claimedSpeaker: 'Vladimir Putin', quoteSpans: [{ start: 0, end: 46 }], unchecked: null } }
		});
	});

	it('keeps only the fields the app knows', () => {
		const read = readCheck(changed((c) => ((c.script = '<img onerror=alert(1)>'), (c.result.extra = 1))), NOW);
		expect(read).toEqual({ ok: true, check: sound });
	});
});

describe('readCheck on what the engine gives', () => {
	const index = buildIndex(bundledCorpus);
	const claims: string[] = readFileSync(fileURLToPath(new URL('../engine/testdata/seed-claims.jsonl', import.meta.url)), 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => JSON.parse(line).claim);

	it.each(claims.map((claim) => [claim]))('reads the result for %j back unchanged', (claim) => {
		const check: SavedCheck = { ...sound, claim, result: structuredClone(verify(claim, index)) };
		expect(readCheck(JSON.parse(JSON.stringify(check)), NOW)).toEqual({ ok: true, check });
	});
});
