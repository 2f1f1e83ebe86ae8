import type { Corpus, CorpusDocument, Span } from '../../lib/engine/index.ts';
import { ellipsis, FIGURE_WORDS, hasFigure, numberChange, omission, paraphrase, typo, typography, wordChange, type Edit } from './claim-edits.ts';
import { fabricateClaim, sharesWordTriple, wordIds, type CorpusWords } from './fabricate.ts';
import { seededRng, type Rng } from './prng.ts';
import { sentences, words } from './text-units.ts';

export const CLAIM_KINDS = ['exact', 'typography', 'typo', 'word', 'number', 'omission', 'ellipsis', 'paraphrase', 'fabricated'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** A generated claim and, unless fabricated, the stretch of the corpus it was made from. */
export type BenchClaim = {
	kind: ClaimKind;
	claim: string;
	/** Where the claim's words come from; null for a fabricated claim, which no passage says. */
	source: { doc: string; span: Span } | null;
};

export type ClaimPlan = { seed: number; perKind: number; fabricated: number };

/** A sentence this short or shorter is quoted whole; a longer one gives a window of its words. */
const MAX_WHOLE_SENTENCE_WORDS = 30;
/** Fewer words than this rarely identify a passage (the engine's known weak spot, measured apart). */
const MIN_CLAIM_WORDS = 8;
const WINDOW_WORDS = { min: 10, max: 25 };
/** Words that complete the figure before them. */
const SCALE_WORDS = /^(hundred|thousand|million|billion|trillion|percent|per|cent|dollars|acres|pounds|tons|miles)$/i;
/** Attempts at a passage an edit applies to before the generator gives up on a claim. */
const PASSAGE_TRIES = 200;

const EDITS: Record<Exclude<ClaimKind, 'fabricated'>, Edit> = {
	exact: (passage) => passage,
	typography,
	typo,
	word: wordChange,
	number: numberChange,
	omission,
	ellipsis,
	paraphrase
};

/** Claims of every kind, the same for the same corpus and seed. */
export function generateClaims(corpus: Corpus, corpusWords: CorpusWords, plan: ClaimPlan): BenchClaim[] {
	const rng = seededRng(plan.seed);
	const picker = passagePicker(corpus, rng);
	const replacements = corpusWords.vocabulary.filter((w) => /^[a-z]{4,}$/.test(w));
	const claims: BenchClaim[] = [];
	for (const kind of CLAIM_KINDS) {
		if (kind === 'fabricated') continue;
		for (let n = 0; n < plan.perKind; n++) {
			for (let tries = 0; tries < PASSAGE_TRIES; tries++) {
				const passage = picker(kind === 'number');
				const claim = EDITS[kind](passage.text, rng, replacements);
				if (claim === null) continue;
				claims.push({ kind, claim, source: { doc: passage.doc, span: passage.span } });
				break;
			}
		}
	}
	return [...claims, ...fabricatedClaims(corpusWords, plan.fabricated, rng)];
}

function fabricatedClaims(corpusWords: CorpusWords, count: number, rng: Rng): BenchClaim[] {
	const ids = wordIds(corpusWords);
	const seen = new Set<string>();
	for (let tries = 0; seen.size < count && tries < count * PASSAGE_TRIES; tries++) {
		const claim = fabricateClaim(corpusWords, rng);
		// The chain is built to avoid known word triples; checking the finished claim again costs little.
		if (claim && !sharesWordTriple(corpusWords, claim, ids)) seen.add(claim);
	}
	return [...seen].map((claim) => ({ kind: 'fabricated', claim, source: null }));
}

type Passage = { doc: string; span: Span; text: string };

/**
 * Picks passages uniformly over the corpus text (a long address gives more
 * claims than a short one), a whole sentence or a window of a long one.
 */
function passagePicker(corpus: Corpus, rng: Rng): (needsFigure: boolean) => Passage {
	const ends: number[] = [];
	let total = 0;
	for (const doc of corpus.documents) ends.push((total += doc.text.length));
	const sentencesOf = new Map<CorpusDocument, Span[]>();
	return (needsFigure) => {
		for (;;) {
			const at = rng.int(0, total - 1);
			const doc = corpus.documents[lowerBound(ends, at + 1)];
			if (!sentencesOf.has(doc)) sentencesOf.set(doc, sentences(doc.text));
			const candidates = sentencesOf.get(doc) ?? [];
			if (candidates.length === 0) continue;
			const passage = windowOf(doc, rng.pick(candidates), rng);
			if (passage && (!needsFigure || hasFigure(passage.text))) return passage;
		}
	};
}

function windowOf(doc: CorpusDocument, sentence: Span, rng: Rng): Passage | null {
	const all = words(doc.text.slice(sentence.start, sentence.end), sentence.start);
	if (all.length < MIN_CLAIM_WORDS) return null;
	let span = sentence;
	if (all.length > MAX_WHOLE_SENTENCE_WORDS) {
		const length = rng.int(WINDOW_WORDS.min, WINDOW_WORDS.max);
		let first = rng.int(0, all.length - length);
		let last = first + length - 1;
		// Nobody quotes "about 4.5" out of "about 4.5 million" or "thirty million" out of
		// "a hundred and thirty million": a window never cuts a figure.
		while (first > 0 && isFigurePart(all[first].text) && isFigurePart(all[first - 1].text)) first--;
		while (last + 1 < all.length && (SCALE_WORDS.test(all[last + 1].text) || (isFigurePart(all[last].text) && isFigurePart(all[last + 1].text)))) last++;
		span = { start: all[first].start, end: all[last].end };
	}
	return { doc: doc.id, span, text: doc.text.slice(span.start, span.end) };
}

function isFigurePart(word: string): boolean {
	return /^\$?\d/.test(word) || FIGURE_WORDS.has(word.toLowerCase());
}

/** Index of the first element of an ascending list that is ≥ value. */
function lowerBound(sorted: readonly number[], value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
