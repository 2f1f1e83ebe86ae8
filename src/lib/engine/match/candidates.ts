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
/** When every pair of a claim is common, pairs are cast rarest first while their places add up to at most this many common pairs' worth. */
const COMMON_CAST_BUDGET = 4;
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
	let [bigramWeight, cast] = [0, 0];
	for (let i = 0; i + 1 < n; i++) {
		if (ids[i] < 0 || ids[i + 1] < 0) continue;
		const places = pairPlaces(words, ids[i], ids[i + 1]);
		if (places.length > common) continue;
		const weight = pairWeight(words, places.length);
		bigramWeight += weight;
		votes.cast(places, 0, places.length, i, weight);
		cast += places.length;
	}
	if (cast === 0) bigramWeight += castCommonBigrams(ids, words, votes);
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

/** The vote of a pair of words at `places` places: the rarer, the more it says. */
function pairWeight(words: WordArrays, places: number): number {
	return Math.log(1 + words.ids.length / (1 + places));
}

/**
 * A claim of common words only (no pair of it is rare): its rarest pairs are cast, up to a budget of
 * places, and the others vote only where those did, read from the corpus along those diagonals.
 * Casting every pair read every place of "of the" and "in the": seconds at 250 MB. Returns the
 * weight of every pair of known words, as casting them all added it (pairs the corpus lacks included).
 */
function castCommonBigrams(ids: readonly number[], words: WordArrays, votes: DiagonalVotes): number {
	const pairs: { i: number; places: Uint32Array }[] = [];
	for (let i = 0; i + 1 < ids.length; i++) {
		if (ids[i] >= 0 && ids[i + 1] >= 0) pairs.push({ i, places: pairPlaces(words, ids[i], ids[i + 1]) });
	}
	pairs.sort((x, y) => x.places.length - y.places.length || x.i - y.i);
	const budget = COMMON_CAST_BUDGET * commonPostings(words.ids.length);
	let [cast, weightOfAll] = [0, 0];
	for (const { i, places } of pairs) {
		const weight = pairWeight(words, places.length);
		weightOfAll += weight;
		if (places.length === 0) continue;
		if (cast === 0 || cast + places.length <= budget) {
			votes.cast(places, 0, places.length, i, weight);
			cast += places.length;
		} else votes.castWhereVoted(ids[i], ids[i + 1], i, weight);
	}
	return weightOfAll;
}
