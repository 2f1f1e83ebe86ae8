import type { Corpus, CorpusDocument, Span, Verdict } from '../../lib/engine/index.ts';
import { ellipsis, FIGURE_WORDS, hasFigure, numberChange, omission, paraphrase, typo, typography, wordChange, type Edit } from './claim-edits.ts';
import { addedClause, collage, framed, namesake, type DocumentEdit } from './frame-edits.ts';
import { direction, modal, negation, synonym, unit } from './meaning-edits.ts';
import { fabricateClaim, sharesWordTriple, wordIds, type CorpusWords } from './fabricate.ts';
import { seededRng, type Rng } from './prng.ts';
import { sentences, words } from './text-units.ts';

export const CLAIM_KINDS = [
	'exact', 'typography', 'typo', 'word', 'number', 'omission', 'ellipsis', 'paraphrase',
	'synonym', 'negation', 'modal', 'unit', 'direction', 'framed', 'namesake', 'collage', 'addedClause', 'fabricated'
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * Verdicts SPEC.md allows for each kind of edit. A typo may read as a spelling
 * variant or as other wording; an unmarked omission or a paraphrase is at best
 * reworded; a changed figure, negation, modal, unit or direction is altered; a
 * namesake is another person; a collage, a passage with a made-up clause added and a
 * fabricated claim are not found.
 */
export const FITTING_VERDICTS: Record<ClaimKind, readonly Verdict[]> = {
	exact: ['exact'],
	typography: ['exact'],
	typo: ['close', 'reworded'],
	word: ['reworded', 'altered'],
	number: ['altered'],
	omission: ['reworded'],
	ellipsis: ['close'],
	paraphrase: ['reworded'],
	synonym: ['reworded'],
	negation: ['altered'],
	modal: ['altered'],
	unit: ['altered'],
	direction: ['altered'],
	framed: ['exact'],
	namesake: ['misattributed'],
	collage: ['not_found'],
	addedClause: ['not_found'],
	fabricated: ['not_found']
};

/** A generated claim and, unless fabricated, the stretch of the corpus it was made from. */
export type BenchClaim = {
	kind: ClaimKind;
	claim: string;
	/** Where the claim's words come from; null for a fabricated claim or a collage, which no passage says. */
	source: { doc: string; span: Span } | null;
};

export type ClaimPlan = { seed: number; perKind: number; fabricated: number; kinds?: readonly ClaimKind[] };

/** A sentence this short or shorter is quoted whole; a longer one gives a window of its words. */
const MAX_WHOLE_SENTENCE_WORDS = 30;
/** Fewer words than this rarely identify a passage (the engine's known weak spot, measured apart). */
const MIN_CLAIM_WORDS = 8;
const WINDOW_WORDS = { min: 10, max: 25 };
/** Words that complete the figure before them. */
const SCALE_WORDS = /^(hundred|thousand|million|billion|trillion|percent|per|cent|dollars|acres|pounds|tons|miles)$/i;
/** Attempts at a passage an edit applies to before the generator gives up on a claim. */
const PASSAGE_TRIES = 200;

const EDITS: Record<Exclude<ClaimKind, 'fabricated'>, DocumentEdit> = {
	exact: (passage) => passage,
	typography: ofPassage(typography),
	typo: ofPassage(typo),
	word: ofPassage(wordChange),
	number: ofPassage(numberChange),
	omission: ofPassage(omission),
	ellipsis: ofPassage(ellipsis),
	paraphrase: ofPassage(paraphrase),
	synonym: ofPassage(synonym),
	negation: ofPassage(negation),
	modal: ofPassage(modal),
	unit: ofPassage(unit),
	direction: ofPassage(direction),
	framed,
	namesake,
	collage,
	addedClause
};

/** An edit of the passage alone, as one that may read its document. */
function ofPassage(edit: Edit): DocumentEdit {
	return (passage, _doc, _corpus, rng, vocabulary) => edit(passage, rng, vocabulary);
}

/** Claims of every kind, the same for the same corpus and seed. */
export function generateClaims(corpus: Corpus, corpusWords: CorpusWords, plan: ClaimPlan): BenchClaim[] {
	const rng = seededRng(plan.seed);
	const picker = passagePicker(corpus, rng);
	const replacements = corpusWords.vocabulary.filter((w) => /^[a-z]{4,}$/.test(w));
	const claims: BenchClaim[] = [];
	const documents = new Map(corpus.documents.map((d) => [d.id, d]));
	for (const kind of plan.kinds ?? CLAIM_KINDS) {
		if (kind === 'fabricated') continue;
		for (let n = 0; n < plan.perKind; n++) {
			for (let tries = 0; tries < PASSAGE_TRIES; tries++) {
				const passage = picker(kind === 'number');
				const claim = EDITS[kind](passage.text, documents.get(passage.doc)!, corpus, rng, replacements);
				if (claim === null) continue;
				// A collage, or a passage with a clause added, is said nowhere: its real words are not its source.
				const saidNowhere = kind === 'collage' || kind === 'addedClause';
				claims.push({ kind, claim, source: saidNowhere ? null : { doc: passage.doc, span: passage.span } });
				break;
			}
		}
	}
	const fabricated = (plan.kinds ?? CLAIM_KINDS).includes('fabricated') ? fabricatedClaims(corpusWords, plan.fabricated, rng) : [];
	return [...claims, ...fabricated];
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
