import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import type { CheckResult } from '#lib/engine/index.ts';
import { readerHref, resultAsText, shareHref, speakerLine } from './text.ts';

const doc = bundledCorpus.documents.find((d) => d.id === '2025-03-13-kremlin-russian-belarusian-talks')!;
const words = 'Bilateral trade has grown by about 5.7 percent';
const start = doc.text.indexOf(words);
const claim = 'Putin said bilateral trade has grown by about 7.5 percent';

const altered: CheckResult = {
	claim: { original: claim, quoteSpan: { start: 11, end: claim.length }, quoteSpans: [{ start: 11, end: claim.length }], unchecked: null, attributionText: 'Putin said', claimedSpeaker: 'Vladimir Putin' },
	claimedSpeaker: 'Vladimir Putin',
	verdict: 'altered',
	score: 0.9,
	source: {
		doc: doc.id,
		span: { start, end: start + words.length },
		text: words,
		context: { start, end: start + words.length },
		attribution: { speaker: 'Vladimir Putin', evidence: 'transcript label', cue: '', cueSpan: null },
		similarity: 0.9
	},
	differences: [
		{ type: 'number', severity: 'meaning', claim: '7.5 percent', source: '5.7 percent', claimSpan: null, sourceSpan: null }
	],
	reason: 'The source says 5.7 percent, not 7.5 percent.',
	notFound: null,
	nearest: null,
	alsoIn: [],
	elapsedMs: 1
};

describe('resultAsText', () => {
	it('says the verdict, the claim, the source, who spoke, the document and the difference', () => {
		const text = resultAsText(altered, bundledCorpus);
		expect(text).toContain('✗ Altered: The source says 5.7 percent, not 7.5 percent.');
		expect(text).toContain(`Claim: ${claim}`);
		expect(text).toContain(`Source: “${words}”`);
		expect(text).toContain('Speaker: Vladimir Putin · transcript label');
		expect(text).toContain('Russian-Belarusian talks · President of Russia (Kremlin) · 13 March 2025 · http://en.kremlin.ru/');
		expect(text).toContain('claim says “7.5 percent”, source says “5.7 percent”');
	});

	it('for not found, says what was searched and that absence is not proof', () => {
		const text = resultAsText({ ...altered, verdict: 'not_found', source: null, differences: [], notFound: 'not in corpus' }, bundledCorpus);
		expect(text).toContain('Searched: 5 documents, 2023–2025.');
		expect(text).toContain('not proof');
	});
});

describe('links and lines', () => {
	it('points the reader at a span and the cue', () => {
		expect(readerHref('a b', { start: 1, end: 5 }, { start: 0, end: 1 })).toBe('/library/a%20b?start=1&end=5&cue=0-1');
	});

	it('puts the claim in q, so the link repeats the check', () => {
		expect(new URL(shareHref('http://x.test', claim)).searchParams.get('q')).toBe(claim);
	});

	it('names who spoke and quotes the attribution', () => {
		const line = speakerLine({ speaker: 'Aleksandr Lukashenko', evidence: 'attribution', cue: 'Aleksandr Lukashenko noted', cueSpan: null });
		expect(line).toBe('Aleksandr Lukashenko · attribution: ‘Aleksandr Lukashenko noted’');
		expect(speakerLine({ speaker: null, evidence: 'narration', cue: '', cueSpan: null }, 'BelTA')).toBe("No speaker: BelTA's own words");
	});
});
