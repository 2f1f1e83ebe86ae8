import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS_DIR, loadCorpus } from '../load-corpus.ts';
import { ellipsis, numberChange, omission, paraphrase, typo, typography } from './claim-edits.ts';
import type { Corpus } from '../../lib/engine/index.ts';
import { CLAIM_KINDS, generateClaims, type ClaimKind } from './claims.ts';
import { direction, modal, negation, synonym, unit } from './meaning-edits.ts';
import { indexCorpusWords } from './fabricate.ts';
import { seededRng } from './prng.ts';
import { wordKeys } from './text-units.ts';

const corpus = loadCorpus(BUNDLED_CORPUS_DIR);
const corpusWords = indexCorpusWords(corpus);
const plan = { seed: 7, perKind: 6, fabricated: 10 };
const claims = generateClaims(corpus, corpusWords, plan);
const textOf = new Map(corpus.documents.map((d) => [d.id, d.text]));
const NEEDS_SPEECH: readonly ClaimKind[] = ['framed', 'namesake'];

describe('generateClaims', () => {
	it('gives the same claims for the same seed, and others for another', () => {
		expect(generateClaims(corpus, corpusWords, plan)).toEqual(claims);
		expect(generateClaims(corpus, corpusWords, { ...plan, seed: 8 })).not.toEqual(claims);
	});

	it('makes the planned number of claims of every kind (a frame needs a speech, which the bundled corpus has not)', () => {
		for (const kind of CLAIM_KINDS) {
			const planned = kind === 'fabricated' ? plan.fabricated : NEEDS_SPEECH.includes(kind) ? 0 : plan.perKind;
			expect(claims.filter((c) => c.kind === kind), kind).toHaveLength(planned);
		}
	});

	it('frames quotes of a speech in every shape, naming its speaker or a namesake', () => {
		const speeches: Corpus = {
			name: 'speeches',
			description: '',
			documents: [
				{ id: '1905', title: '1905', text: 'The nation must keep its forests for the people who come after us. We shall build the canal across the isthmus.', kind: 'speech', date: '1905', speakers: ['Theodore Roosevelt'] },
				{ id: '1941', title: '1941', text: 'We look forward to a world founded upon four essential human freedoms.', kind: 'speech', date: '1941', speakers: ['Franklin D. Roosevelt'] }
			]
		};
		const framed = generateClaims(speeches, indexCorpusWords(speeches), { seed: 3, perKind: 8, fabricated: 0, kinds: ['framed', 'namesake'] });
		expect(framed.filter((c) => c.kind === 'framed').every((c) => /Roosevelt/.test(c.claim))).toBe(true);
		for (const c of framed.filter((c) => c.kind === 'namesake')) {
			const own = speeches.documents.find((d) => d.id === c.source!.doc)!.speakers[0];
			expect(c.claim).not.toContain(own);
			expect(c.claim).toMatch(/Roosevelt/);
		}
	});

	it('gives every claim with a source a span that slices to words of its document', () => {
		for (const c of claims.filter((c) => c.source)) {
			const text = textOf.get(c.source?.doc ?? '') ?? '';
			const span = c.source?.span ?? { start: 0, end: 0 };
			expect(span.start).toBeGreaterThanOrEqual(0);
			expect(span.end).toBeLessThanOrEqual(text.length);
			expect(text.slice(span.start, span.end).trim().length).toBeGreaterThan(0);
			if (c.kind === 'exact') expect(text.slice(span.start, span.end)).toBe(c.claim);
			else expect(c.claim).not.toBe(text.slice(span.start, span.end));
		}
	});

	it('makes fabricated claims that stand nowhere in the corpus, not even three words of them in a row', () => {
		const corpusKeys = ` ${corpus.documents.map((d) => wordKeys(d.text).join(' ')).join(' | ')} `;
		for (const c of claims.filter((c) => c.kind === 'fabricated')) {
			const keys = wordKeys(c.claim);
			expect(keys.length).toBeGreaterThanOrEqual(10);
			for (let i = 2; i < keys.length; i++) expect(corpusKeys).not.toContain(` ${keys.slice(i - 2, i + 1).join(' ')} `);
		}
	});
});

describe('claim edits', () => {
	const passage = 'Bilateral trade has grown by about 5.7 percent, reaching a record level, and we must support our people.';
	const rng = () => seededRng(3);

	it('changes exactly one figure', () => {
		const claim = numberChange(passage, rng(), []) ?? '';
		expect(claim.replace(/[\d.]+ percent/, '')).toBe(passage.replace('5.7 percent', ''));
		expect(claim).not.toBe(passage);
	});

	it('marks an omission with an ellipsis, and leaves it unmarked otherwise', () => {
		expect(ellipsis(passage, rng(), [])).toMatch(/\.\.\.|…|\[\.\.\.\]|\. \. \./);
		const shorter = omission(passage, rng(), []) ?? '';
		expect(wordKeys(shorter).length).toBeLessThan(wordKeys(passage).length);
		expect(shorter).not.toMatch(/\.\.\.|…/);
	});

	it('keeps the words of a typographic variant and changes their letters in a typo', () => {
		const variant = typography(passage, rng(), []) ?? '';
		expect(wordKeys(variant.replace(/’/g, "'"))).toEqual(wordKeys(passage));
		expect(wordKeys(typo(passage, rng(), []) ?? '')).not.toEqual(wordKeys(passage));
	});

	it('paraphrases with at least two changes or not at all', () => {
		const claim = paraphrase(passage, rng(), []);
		if (claim !== null) expect(claim).not.toBe(passage);
		expect(paraphrase('Nothing here has a synonym in the table at all, sadly.', rng(), [])).toBeNull();
	});
});

describe('edits that change the meaning, and one that keeps it', () => {
	const rng = () => seededRng(5);
	it.each([
		[negation, 'We will raise the value added tax next year.', /will not raise/],
		[negation, 'The pressure is not weakening.', /^The pressure is weakening\.$/],
		[modal, 'We can manufacture everything.', /can't manufacture/],
		[modal, 'It takes much time.', /doesn't take/],
		[unit, 'We will add jobs by the end of the year.', /end of the (?:month|decade)/],
		[direction, 'Trade grew by a third.', /Trade shrank/],
		[synonym, 'We began the work.', /We started the work/]
	])('%o turns %j into a claim matching %s', (edit, passage, expected) => {
		expect(edit(passage, rng(), [])).toMatch(expected);
	});

	it('returns null where the passage has nothing the edit can change', () => {
		for (const edit of [negation, modal, unit, direction, synonym]) expect(edit('Minsk, Moscow.', rng(), [])).toBeNull();
	});
});
