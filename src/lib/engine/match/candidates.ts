/**
 * Which passages could be the source: each claim bigram found in the corpus
 * votes for the diagonal (corpus position − claim position) it lies on, and
 * each rarer claim word votes more weakly, so typos, replaced words,
 * omissions and paraphrase still leave a peak. Only the claim's own postings
 * are read.
 */
import { STOP_WORDS } from '../text/index.ts';
import { commonPostings, pairPlaces, rareWordPlaces, type SourceIndex, type WordArrays } from '../corpus/index.ts';
import { indexKey, scanWords } from '../text/index.ts';
import { bestWindows, type Window } from './best-windows.ts';
import { DiagonalVotes } from './votes.ts';

export type { Window } from './best-windows.ts';

/** Share of the claim's bigram weight one window must hold for single words not to be needed (0..1). */
const SURE_BIGRAM_SHARE = 0.6;
/** A single word votes this much less than a pair of words in order. */
const WORD_VOTE = 0.35;

/** The claim's words as index ids (-1 for a word the corpus never uses). */
export function claimWordIds(text: string, words: WordArrays): { ids: number[]; stop: boolean[] } {
	const ids: number[] = [];
	const stop: boolean[] = [];
	scanWords(text, (raw) => {
		ids.push(words.vocabulary.get(indexKey(raw)) ?? -1);
		stop.push(STOP_WORDS.has(raw.toLowerCase()));
	});
	return { ids, stop };
}

/**
 * Up to `limit` windows, best-voted first. `favoured(doc)` marks documents of the
 * speaker the claim names: among equally voted windows (a phrase many speeches share),
 * theirs come first, so the speaker's own use of the words is among those aligned.
 */
export function findWindows(text: string, index: SourceIndex, limit: number, favoured: (doc: number) => boolean = () => false): Window[] {
	const words = index.words;
	const { ids, stop } = claimWordIds(text, words);
	const n = ids.length;
	if (n === 0) return [];
	// Common pairs (corpus/postings.ts) say little about where a claim is; rare words place a paraphrase.
	const common = commonPostings(words.ids.length);
	const votes = new DiagonalVotes(words, n, Math.max(8, Math.ceil(n / 2)));
	let bigramWeight = 0;
	const castBigrams = (skipCommon: boolean) => {
		let cast = 0;
		for (let i = 0; i + 1 < n; i++) {
			const [a, b] = [ids[i], ids[i + 1]];
			if (a < 0 || b < 0) continue;
			const places = pairPlaces(words, a, b);
			if (skipCommon && places.length > common) continue;
			const weight = Math.log(1 + words.ids.length / (1 + places.length));
			bigramWeight += weight;
			votes.cast(places, 0, places.length, i, weight);
			cast += places.length;
		}
		return cast;
	};
	if (castBigrams(true) === 0) castBigrams(false);
	// A window that already holds most of the claim's word pairs needs no help from single words.
	const strongest = votes.strongest();
	if (strongest > 0 && strongest >= SURE_BIGRAM_SHARE * bigramWeight) {
		return bestWindows(votes, words, { limit, claimIds: ids, favoured });
	}
	for (let i = 0; i < n; i++) {
		const id = ids[i];
		if (id < 0 || stop[i]) continue;
		// Only rare words have postings (their count is the word's frequency): a common word places nothing.
		const places = rareWordPlaces(words, id);
		if (!places) continue;
		const weight = WORD_VOTE * Math.log(1 + words.ids.length / (1 + places.length));
		votes.cast(places, 0, places.length, i, weight);
	}
	return bestWindows(votes, words, { limit, claimIds: ids, favoured });
}
