import { describe, expect, it } from 'vitest';
import type { Corpus } from '#lib/engine/index.ts';
import { fakeResult } from '#lib/storage/testing.ts';
import { MAX_LINK_CHARS, missingSources, readSharedSources, shareLink, sharedSourcesOf } from './share.ts';

const ORIGIN = 'https://verbatim.test';
const SPEECH = { id: '3b241101-e2bb-4255-8caf-4136c566a962', title: 'Minsk forum speech: the full text' };

describe('shareLink', () => {
	it('names the own sources a check used, and reads them back', () => {
		const link = shareLink(ORIGIN, 'We can manufacture everything', [SPEECH]);
		expect(link.kind).toBe('fits');
		const params = new URL(link.kind === 'fits' ? link.href : '').searchParams;
		expect(params.get('q')).toBe('We can manufacture everything');
		expect(readSharedSources(params)).toEqual([SPEECH]);
	});

	it('is not offered past 8,000 characters; a shortened claim, cut at a word, fits', () => {
		const claim = 'Bilateral trade has grown “by about” 5.7 percent, '.repeat(300);
		const link = shareLink(ORIGIN, claim, [SPEECH]);
		if (link.kind !== 'too long') throw new Error('expected a link too long');
		expect(link.chars).toBeGreaterThan(MAX_LINK_CHARS);
		expect(link.shortened.href.length).toBeLessThanOrEqual(MAX_LINK_CHARS);
		const kept = new URL(link.shortened.href).searchParams.get('q')!;
		expect(kept).toBe(claim.slice(0, link.shortened.kept));
		expect(claim.startsWith(kept) && /\S$/.test(kept) && /^\s/.test(claim.slice(kept.length))).toBe(true);
		expect(readSharedSources(new URL(link.shortened.href).searchParams)).toEqual([SPEECH]);
	});
});

describe('readSharedSources', () => {
	it.each([
		['an id that is not ours', 'own=..%2Fx:Speech', []],
		['no title', `own=${SPEECH.id}:`, []],
		['no colon', `own=${SPEECH.id}`, []],
		['a title with a colon in it', `own=${SPEECH.id}:A:B`, [{ id: SPEECH.id, title: 'A:B' }]]
	])('reads %s', (_, query, expected) => expect(readSharedSources(new URLSearchParams(query))).toEqual(expected));

	it('reads at most ten sources, each title at most 80 characters', () => {
		const params = new URLSearchParams(Array.from({ length: 30 }, (_, i) => ['own', `${i}a:${'t'.repeat(200)}`]));
		const read = readSharedSources(params);
		expect(read).toHaveLength(10);
		expect(read[0].title).toHaveLength(80);
	});
});

describe('the sources of a result', () => {
	const corpus: Corpus = { name: 'Yours', description: '', documents: [{ id: `own:${SPEECH.id}`, title: SPEECH.title, text: '', speakers: [] }] };

	it('are the own documents it cites, titled by the corpus', () => {
		const own = fakeResult();
		if (own.verdict === 'not_found') throw new Error('expected a found result');
		own.source = { ...own.source, doc: `own:${SPEECH.id}` };
		expect(sharedSourcesOf(own, corpus)).toEqual([SPEECH]);
		expect(sharedSourcesOf(fakeResult(), corpus)).toEqual([]);
	});

	it('are missing where checks do not run against them', () => {
		expect(missingSources([SPEECH], [{ id: 'bundled-doc' }])).toEqual([SPEECH]);
		expect(missingSources([SPEECH], corpus.documents)).toEqual([]);
	});
});
