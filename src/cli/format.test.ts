import { describe, expect, it } from 'vitest';
import type { CheckResult, CorpusDocument, Difference } from '../lib/engine/index.ts';
import { formatDate, formatResult } from './format.ts';
import { markDifferences } from './mark-differences.ts';

const text = 'Despite the difficulties. Bilateral trade has grown by about 5.7 percent, reaching a record level. Thank you.';
const doc: CorpusDocument = {
	id: 'talks',
	title: 'Russian-Belarusian talks',
	text,
	publisher: 'Kremlin',
	date: '2025-03-13',
	url: 'http://example.org/talks',
	kind: 'transcript',
	speakers: ['Vladimir Putin']
};
const documents = new Map([[doc.id, doc]]);
const spanOf = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });

const numberChange: Difference = {
	type: 'number',
	severity: 'meaning',
	claim: '7.5 percent',
	source: '5.7 percent',
	claimSpan: { start: 33, end: 44 },
	sourceSpan: spanOf('5.7 percent')
};

function altered(): CheckResult {
	const span = spanOf('Bilateral trade has grown by about 5.7 percent');
	return {
		claim: { original: 'Putin: Bilateral trade has grown by about 7.5 percent', quoteSpan: { start: 7, end: 53 }, quoteSpans: [{ start: 7, end: 53 }], unchecked: null, attributionText: 'Putin', claimedSpeaker: 'Vladimir Putin' },
		claimedSpeaker: 'Vladimir Putin',
		verdict: 'altered',
		score: 0.93,
		source: {
			doc: 'talks',
			span,
			text: text.slice(span.start, span.end),
			context: spanOf('Bilateral trade has grown by about 5.7 percent, reaching a record level.'),
			attribution: { speaker: 'Vladimir Putin', evidence: 'transcript label', cue: 'Vladimir Putin:', cueSpan: null },
			similarity: 0.9
		},
		differences: [numberChange],
		reason: 'The source says 5.7 percent, not 7.5 percent.',
		notFound: null,
		nearest: null,
		alsoIn: [],
		elapsedMs: 1.25
	};
}

describe('markDifferences', () => {
	it('marks a replaced figure in place, claim then source', () => {
		const span = spanOf('grown by about 5.7 percent,');
		const { marked, unplaced } = markDifferences(text.slice(span.start, span.end), span.start, [numberChange]);
		expect(marked).toBe('grown by about [-7.5 percent-]{+5.7 percent+},');
		expect(unplaced).toEqual([]);
	});

	it('marks words the claim leaves out, and lists what it cannot place', () => {
		const span = spanOf('has grown by about 5.7');
		const omission: Difference = { type: 'omission', severity: 'wording', claim: '', source: 'about', claimSpan: null, sourceSpan: spanOf('about') };
		const speaker: Difference = { type: 'speaker', severity: 'meaning', claim: 'Lukashenko', source: 'Vladimir Putin', claimSpan: null, sourceSpan: null };
		const { marked, unplaced } = markDifferences(text.slice(span.start, span.end), span.start, [speaker, omission]);
		expect(marked).toBe('has grown by {+about+} 5.7');
		expect(unplaced).toEqual([speaker]);
	});
});

describe('formatResult', () => {
	it('tells the whole story of an altered claim in plain text', () => {
		const out = formatResult(altered(), documents);
		expect(out).toContain('✗ Altered');
		expect(out).toContain('The source says 5.7 percent, not 7.5 percent.');
		expect(out).toContain('Russian-Belarusian talks — Kremlin, 13 March 2025');
		expect(out).toContain('  »Bilateral trade has grown by about [-7.5 percent-]{+5.7 percent+}«, reaching a record level.\n');
		expect(out).toContain('Vladimir Putin (by transcript label: “Vladimir Putin:”)');
		expect(out).toContain('You named: Vladimir Putin (the same person)');
		expect(out).not.toContain('\x1b[');
	});

	it('colours only when asked, keeping the brackets', () => {
		const out = formatResult(altered(), documents, true);
		expect(out).toContain('\x1b[31m[-7.5 percent-]\x1b[0m');
	});

	it('labels the nearest passage of a not_found claim as not a match', () => {
		const result = altered();
		const nearest = result.source;
		const notFound: CheckResult = { ...result, verdict: 'not_found', source: null, differences: [], nearest, notFound: 'not in corpus', reason: 'No passage says this.' };
		const out = formatResult(notFound, documents);
		expect(out).toContain('? Not found');
		expect(out).toMatch(/Nearest passage \(NOT a match/);
	});
});

describe('formatDate', () => {
	it.each([
		['2025-03-13', '13 March 2025'],
		['2023-06-01', '1 June 2023'],
		['1996-01', 'January 1996'],
		['1996', '1996'],
		['13/03/2025', '13/03/2025'],
		['2025-13-01', '2025-13-01']
	])('writes %s as %s', (iso, words) => expect(formatDate(iso)).toBe(words));

	it('tells a context difference of the frame apart from the words that differ', () => {
		const dated: CheckResult = {
			...altered(),
			differences: [{ type: 'context', severity: 'frame', claim: '1947', source: '1997', claimSpan: null, sourceSpan: null }]
		};
		const out = formatResult(dated, documents);
		expect(out).toContain('When or where: the claim says “1947”, the source is dated 1997');
		expect(out).not.toContain('Differences:');
	});
});
