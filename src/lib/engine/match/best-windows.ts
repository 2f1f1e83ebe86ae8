/**
 * From a claim's votes to the few windows that are aligned: buckets joined with
 * their neighbours, ranked, and chosen so that each one examined is a different
 * passage. In an archive of near-duplicate copies, the best-voted windows are
 * often one passage word for word in many copies; aligning six of those says
 * nothing the first did not, and crowds out the copy that differs in the words
 * the claim uses.
 */
import { docAt, type WordArrays } from '../corpus/index.ts';
import type { DiagonalVotes } from './votes.ts';

/** A stretch of one document, in corpus word positions [first, last). */
export type Window = { doc: number; first: number; last: number; votes: number };

export type WindowChoice = {
	/** At most this many windows of different words come back. */
	limit: number;
	/** The claim's words as index ids (-1 for a word the corpus never uses). */
	claimIds: readonly number[];
	/** Documents of the speaker the claim names. */
	favoured: (doc: number) => boolean;
};

/** Buckets under this share of the best one's votes are not considered for windows (0..1). */
const MIN_BUCKET_SHARE = 0.1;
/** Votes of a window in a document of the claimed speaker count this much more: a tie-breaker, not an override. */
const FAVOURED_BOOST = 1.05;
/** Words of slack around a candidate window, for words the claim left out or added. */
const WINDOW_SLACK = 6;
/** Windows of one document this close (in words, per claim word) are one passage the claim skips through ("..."). */
const JOIN_GAP_PER_WORD = 1.5;
/** A joined window holds at most this many words per claim word: a claim never stretches wider. */
const MAX_WINDOW_PER_WORD = 3;
/** A window with less than this share of the best window's votes is not worth aligning (0..1). */
const MIN_VOTE_SHARE = 0.2;
/** ...when the nearer window has at least this share of the votes of the one it joins (0..1). */
const JOIN_MIN_SHARE = 0.15;

/** Merges each bucket with its neighbours (a claim with omissions spans two), then keeps the best. */
export function bestWindows(votes: DiagonalVotes, words: WordArrays, { limit, claimIds, favoured }: WindowChoice): Window[] {
	const n = claimIds.length;
	const joinGap = Math.max(12, n * JOIN_GAP_PER_WORD);
	const maxWords = n * MAX_WINDOW_PER_WORD + WINDOW_SLACK * 4;
	const scored = scoredWindows(votes, words);
	const rank = (w: Window) => w.votes * (favoured(w.doc) ? FAVOURED_BOOST : 1);
	scored.sort((a, b) => rank(b) - rank(a) || a.first - b.first);
	// Only windows that could be chosen are told apart by the claim's words: a collage of common words has many thousands of equal weak ones.
	const eligible = scored.findIndex((w) => w.votes < MIN_VOTE_SHARE * scored[0].votes);
	const held = claimWordsHeld(claimIds, words.ids);
	const leading = scored.slice(0, eligible < 0 ? scored.length : eligible).sort((a, b) => rank(b) - rank(a) || held(b) - held(a) || a.first - b.first);
	// Copied back one by one: spreading hundreds of thousands of windows into splice() overflows the stack.
	for (let k = 0; k < leading.length; k++) scored[k] = leading[k];
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

/** Every bucket with enough votes, joined with its neighbours and given slack, inside its document. */
function scoredWindows(votes: DiagonalVotes, words: WordArrays): Window[] {
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
	return scored;
}

/**
 * How many of the claim's words (with repeats) a window holds, counted when first asked:
 * between equally voted copies, the one that keeps more of the claim's words goes first
 * (a copy may differ in a word that cast no vote, beside a typo or a common word).
 */
function claimWordsHeld(claimIds: readonly number[], ids: ArrayLike<number>): (w: Window) => number {
	// Each distinct claim word gets a slot; a window's count is taken from a fresh copy of the wanted counts.
	const slotOf = new Map<number, number>();
	const wanted: number[] = [];
	for (const id of claimIds) {
		if (id < 0) continue;
		const slot = slotOf.get(id) ?? slotOf.set(id, wanted.push(0) - 1).get(id)!;
		wanted[slot]++;
	}
	const left = new Int32Array(wanted.length);
	const counted = new Map<Window, number>();
	return (w) => {
		let held = counted.get(w);
		if (held !== undefined) return held;
		left.set(wanted);
		held = 0;
		for (let p = w.first; p < w.last; p++) {
			const slot = slotOf.get(ids[p]);
			if (slot !== undefined && left[slot] > 0) {
				left[slot]--;
				held++;
			}
		}
		counted.set(w, held);
		return held;
	};
}
