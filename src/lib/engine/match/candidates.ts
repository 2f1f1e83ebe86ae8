/**
 * Which passages could be the source: each claim bigram found in the corpus
 * votes for the diagonal (corpus position − claim position) it lies on, and
 * each rarer claim word votes more weakly, so typos, replaced words,
 * omissions and paraphrase still leave a peak. Only the claim's own postings
 * are read.
 */
import { STOP_WORDS } from '../text/index.ts';
import { commonPostings, docAt, pairRange, type SourceIndex, type WordArrays } from '../corpus/index.ts';
import { indexKey, scanWords } from '../text/index.ts';
import { DiagonalVotes } from './votes.ts';

/** A stretch of one document, in corpus word positions [first, last). */
export type Window = { doc: number; first: number; last: number; votes: number };

/** Share of the claim's bigram weight one window must hold for single words not to be needed (0..1). */
const SURE_BIGRAM_SHARE = 0.6;
/** Buckets under this share of the best one's votes are not considered for windows (0..1). */
const MIN_BUCKET_SHARE = 0.1;
/** Votes of a window in a document of the claimed speaker count this much more: a tie-breaker, not an override. */
const FAVOURED_BOOST = 1.05;
/** A single word votes this much less than a pair of words in order. */
const WORD_VOTE = 0.35;
/** Words of slack around a candidate window, for words the claim left out or added. */
const WINDOW_SLACK = 6;

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
			const [from, to] = pairRange(words.pairs, a, b);
			if (skipCommon && to - from > common) continue;
			const weight = Math.log(1 + words.ids.length / (1 + to - from));
			bigramWeight += weight;
			votes.cast(words.pairs.positions, from, to, i, weight);
			cast += to - from;
		}
		return cast;
	};
	if (castBigrams(true) === 0) castBigrams(false);
	// A window that already holds most of the claim's word pairs needs no help from single words.
	const strongest = votes.strongest();
	if (strongest > 0 && strongest >= SURE_BIGRAM_SHARE * bigramWeight) {
		return bestWindows(votes, words, limit, Math.max(12, n * JOIN_GAP_PER_WORD), n * MAX_WINDOW_PER_WORD + WINDOW_SLACK * 4, favoured);
	}
	for (let i = 0; i < n; i++) {
		const id = ids[i];
		if (id < 0 || stop[i]) continue;
		// Only rare words have postings (their count is the word's frequency): a common word places nothing.
		if (words.frequency[id] > words.rareWords.limit) continue;
		const [from, to] = [words.rareWords.offsets[id], words.rareWords.offsets[id + 1]];
		const weight = WORD_VOTE * Math.log(1 + words.ids.length / (1 + to - from));
		votes.cast(words.rareWords.positions, from, to, i, weight);
	}
	return bestWindows(votes, words, limit, Math.max(12, n * JOIN_GAP_PER_WORD), n * MAX_WINDOW_PER_WORD + WINDOW_SLACK * 4, favoured);
}

/** Windows of one document this close (in words, per claim word) are one passage the claim skips through ("..."). */
const JOIN_GAP_PER_WORD = 1.5;
/** A joined window holds at most this many words per claim word: a claim never stretches wider. */
const MAX_WINDOW_PER_WORD = 3;
/** A window with less than this share of the best window's votes is not worth aligning (0..1). */
const MIN_VOTE_SHARE = 0.2;
/** ...when the nearer window has at least this share of the votes of the one it joins (0..1). */
const JOIN_MIN_SHARE = 0.15;

/** Merges each bucket with its neighbours (a claim with omissions spans two), then keeps the best. */
function bestWindows(votes: DiagonalVotes, words: WordArrays, limit: number, joinGap: number, maxWords: number, favoured: (doc: number) => boolean): Window[] {
	const scored: Window[] = [];
	const best = votes.strongest();
	for (let slot = 0; slot < votes.size; slot++) {
		if (votes.votes[slot] < MIN_BUCKET_SHARE * best) continue;
		let total = votes.votes[slot];
		let [first, last] = [votes.first[slot], votes.last[slot]];
		for (const near of [votes.slot(votes.keys[slot] - 1), votes.slot(votes.keys[slot] + 1)]) {
			if (near < 0) continue;
			total += votes.votes[near];
			first = Math.min(first, votes.first[near]);
			last = Math.max(last, votes.last[near]);
		}
		const doc = docAt(words, Math.min(Math.max(first, 0), words.ids.length - 1));
		first = Math.max(words.docFirst[doc], first - WINDOW_SLACK);
		last = Math.min(words.docFirst[doc + 1], last + WINDOW_SLACK);
		if (last > first) scored.push({ doc, first, last, votes: total });
	}
	const rank = (w: Window) => w.votes * (favoured(w.doc) ? FAVOURED_BOOST : 1);
	scored.sort((a, b) => rank(b) - rank(a) || a.first - b.first);
	const chosen: Window[] = [];
	for (const w of scored) {
		const near = chosen.find((c) => c.doc === w.doc && c.first - joinGap < w.last && w.first < c.last + joinGap);
		if (!near) {
			if (chosen.length < limit && w.votes >= MIN_VOTE_SHARE * (chosen[0]?.votes ?? 0)) chosen.push(w);
		} else if (w.votes >= JOIN_MIN_SHARE * near.votes && Math.max(near.last, w.last) - Math.min(near.first, w.first) <= maxWords) {
			near.first = Math.min(near.first, w.first);
			near.last = Math.max(near.last, w.last);
		}
	}
	return chosen;
}
