import { describe, expect, it } from 'vitest';
import { buildIndex, verify } from '../../lib/engine/index.ts';
import { STOP_WORDS } from '../../lib/engine/text/words.ts';
import { indexCorpusWords } from '../bench/fabricate.ts';
import { seededRng } from '../bench/prng.ts';
import { BUNDLED_CORPUS_DIR, loadCorpus } from '../load-corpus.ts';
import { saladClaims } from './salad.ts';

const corpus = loadCorpus(BUNDLED_CORPUS_DIR);
const vocabulary = indexCorpusWords(corpus).vocabulary;
const salads = (seed: number, count = 60) => saladClaims(corpus, vocabulary, seededRng(seed), count);
const contentWords = (claim: string) => claim.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 4 && !STOP_WORDS.has(w));

describe('saladClaims: one real phrase padded with repeated words', () => {
	it('gives the same salads for the same seed, and others for another', () => {
		expect(salads(1)).toEqual(salads(1));
		expect(salads(2)).not.toEqual(salads(1));
		expect(salads(1)).toHaveLength(60);
	});

	it('repeats a padding word in every salad, of the corpus or of no language, in varying shares', () => {
		const known = new Set(vocabulary);
		let [ofCorpus, madeUp] = [0, 0];
		for (const claim of salads(3)) {
			const words = contentWords(claim);
			expect(new Set(words).size, claim).toBeLessThan(words.length);
			for (const w of words) known.has(w) ? ofCorpus++ : madeUp++;
		}
		expect(ofCorpus).toBeGreaterThan(0);
		expect(madeUp).toBeGreaterThan(0);
	});

	it('holds 2–4 words in a row of the corpus', () => {
		const texts = corpus.documents.map((d) => d.text.replace(/\s+/g, ' ').toLowerCase());
		for (const claim of salads(4, 20)) {
			const words = claim.toLowerCase().split(' ');
			const runs = words.flatMap((_, i) => [2, 3, 4].map((n) => words.slice(i, i + n).join(' ')));
			expect(runs.some((run) => run.split(' ').length >= 2 && texts.some((t) => t.includes(run))), claim).toBe(true);
		}
	});

	it('is never said to stand (the measures count a repeated word as added)', () => {
		const index = buildIndex(corpus);
		for (const claim of salads(5, 100)) expect(['exact', 'close', 'reworded'], claim).not.toContain(verify(claim, index).verdict);
	}, 30_000);
});
