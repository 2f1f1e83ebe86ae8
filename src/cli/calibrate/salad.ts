/**
 * A kind of claim the benchmark's generator has not: a word salad. One short real phrase
 * (2–4 words) padded with a few words said again and again — words of the corpus, or words
 * of no language — in varying proportions: "Mr Putin, thank moscow florbish moscow florbish
 * moscow ways". No passage says it; a judge that counts a repeated word as a word put for
 * one of the passage's lets it stand as a paraphrase. Calibration must see such claims to
 * choose cut-offs that hold on them.
 */
import type { Corpus } from '../../lib/engine/index.ts';
import type { Rng } from '../bench/prng.ts';
import { words } from '../bench/text-units.ts';
import { STOP_WORDS } from '../../lib/engine/text/words.ts';

/** Words of the real phrase: shorter than the shared run a source needs, up to a little over it. */
const PHRASE_WORDS = { min: 2, max: 4 };
/** Words of padding around the phrase, each one of a few fillers. */
const PADDING_WORDS = { min: 4, max: 9 };
/** Distinct filler words: fewer than the padding has, so every salad repeats some. */
const FILLERS = { min: 1, max: 3 };

/** `count` salads from the corpus, the same for the same corpus and random source. */
export function saladClaims(corpus: Corpus, vocabulary: readonly string[], rng: Rng, count: number): string[] {
	const known = new Set(vocabulary);
	const usable = vocabulary.filter(isFiller);
	const out: string[] = [];
	for (let tries = 0; out.length < count && tries < count * 20; tries++) {
		const real = realPhrase(corpus, rng);
		if (!real) continue;
		const { phrase, around } = real;
		// The share of made-up fillers differs from salad to salad: all of the corpus, all made up, or mixed;
		// a word of the corpus is as often one of the phrase's own sentence, which the passage holds nearby.
		const madeUpShare = rng.next();
		const corpusWord = () => (around.length && rng.chance(0.5) ? rng.pick(around) : rng.pick(usable));
		const fillers = Array.from({ length: rng.int(FILLERS.min, FILLERS.max) }, () => filler(corpusWord(), known, rng, madeUpShare));
		const padding = Array.from({ length: rng.int(PADDING_WORDS.min, PADDING_WORDS.max) }, () => rng.pick(fillers));
		const at = rng.int(0, padding.length);
		const claim = [...padding.slice(0, at), phrase, ...padding.slice(at)].join(' ');
		out.push(`${claim[0].toUpperCase()}${claim.slice(1)}`);
	}
	return out;
}

/** Words either side of the phrase its other fillers may come from. */
const AROUND_WORDS = 12;

/**
 * 2–4 words in a row of a document, without quotation marks (a phrase closing one would make the
 * rest frame), and the longer words around it.
 */
function realPhrase(corpus: Corpus, rng: Rng): { phrase: string; around: string[] } | null {
	const doc = rng.pick(corpus.documents);
	const all = words(doc.text);
	const length = rng.int(PHRASE_WORDS.min, PHRASE_WORDS.max);
	if (all.length < length) return null;
	const from = rng.int(0, all.length - length);
	const phrase = doc.text.slice(all[from].start, all[from + length - 1].end).replace(/["“”„«»\n]/g, ' ').replace(/\s+/g, ' ');
	const nearby = [...all.slice(Math.max(0, from - AROUND_WORDS), from), ...all.slice(from + length, from + length + AROUND_WORDS)];
	return { phrase, around: nearby.map((w) => w.text.toLowerCase()).filter(isFiller) };
}

/**
 * Content words only: the measures leave function words aside, so "that that that" padding is a
 * kind of its own (DESIGN.md, known limits), not one these cut-offs can see.
 */
function isFiller(word: string): boolean {
	return /^[a-z]{4,}$/.test(word) && !STOP_WORDS.has(word);
}

/** A word of the corpus, or one of no language: a corpus word spelled backwards that the corpus does not hold ("wocsom"). */
function filler(word: string, known: ReadonlySet<string>, rng: Rng, madeUpShare: number): string {
	if (!rng.chance(madeUpShare)) return word;
	const backwards = [...word].reverse().join('');
	return known.has(backwards) ? `${backwards}ish` : backwards;
}
