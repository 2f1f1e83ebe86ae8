/**
 * From a claim's votes to the few windows that are aligned: buckets joined with
 * their neighbours, ranked, and chosen so that each one examined is a different
 * passage. In an archive of near-duplicate copies, the best-voted windows are
 * often one passage word for word in many copies; aligning six of those says
 * nothing the first did not, and crowds out the copy that differs in the words
 * the claim uses.
 */
import type { WordArrays } from '../corpus/index.ts';
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
	const scored = scoredWindows(votes, words);
	if (scored.length === 0) return [];
	const rank = new Float64Array(scored.length);
	for (let k = 0; k < scored.length; k++) rank[k] = scored[k].votes * (favoured(scored[k].doc) ? FAVOURED_BOOST : 1);
	// Stable, as Array.prototype.sort is: equal windows stay in the order their buckets got votes.
	const byRank = (x: number, y: number) => rank[y] - rank[x] || scored[x].first - scored[y].first || x - y;
	let top = 0;
	for (let k = 1; k < scored.length; k++) if (byRank(k, top) < 0) top = k;
	// Sorted in two parts, most often only the first read: every window that can be chosen, and the weaker rest.
	const strongEnough = MIN_VOTE_SHARE * scored[top].votes;
	const [strong, weak]: number[][] = [[], []];
	for (let k = 0; k < scored.length; k++) (rank[k] >= strongEnough ? strong : weak).push(k);
	strong.sort(byRank);
	// Only windows that could be chosen are told apart by the claim's words: a collage of common words has many thousands of equal weak ones.
	const eligible = strong.findIndex((k) => scored[k].votes < strongEnough);
	const held = claimWordsHeld(claimIds, words.ids, scored);
	const leading = strong.slice(0, eligible < 0 ? strong.length : eligible).sort((x, y) => rank[y] - rank[x] || held(y) - held(x) || scored[x].first - scored[y].first);
	for (let k = 0; k < leading.length; k++) strong[k] = leading[k];
	const choice = new Choice(limit, claimIds.length);
	for (const k of strong) if (!choice.take(scored[k], rank[k])) return choice.chosen;
	for (const k of weak.sort(byRank)) if (!choice.take(scored[k], rank[k])) break;
	return choice.chosen;
}

/** Windows taken best first: each either a passage of its own, or joined to a nearby one as the claim's skipped words. */
class Choice {
	readonly chosen: Window[] = [];
	private readonly joinGap: number;
	private readonly maxWords: number;
	/** The fewest votes of a window chosen: a window with less than JOIN_MIN_SHARE of it joins none. */
	private weakestChosen = Infinity;

	constructor(
		private readonly limit: number,
		claimWords: number
	) {
		this.joinGap = Math.max(12, claimWords * JOIN_GAP_PER_WORD);
		this.maxWords = claimWords * MAX_WINDOW_PER_WORD + WINDOW_SLACK * 4;
	}

	/**
	 * Takes window `w`, ranked `rank` (never less than its votes, never more than the rank of one
	 * taken before). False when neither it nor any window ranked lower can be chosen or joined.
	 */
	take(w: Window, rank: number): boolean {
		const { chosen, joinGap } = this;
		const canOpen = chosen.length < this.limit ? MIN_VOTE_SHARE * (chosen[0]?.votes ?? 0) : Infinity;
		if (rank < Math.min(canOpen, JOIN_MIN_SHARE * this.weakestChosen)) return false;
		let near: Window | undefined;
		for (const c of chosen) {
			if (c.doc === w.doc && c.first - joinGap < w.last && w.first < c.last + joinGap) {
				near = c;
				break;
			}
		}
		if (!near) {
			if (w.votes >= canOpen) {
				chosen.push(w);
				this.weakestChosen = Math.min(this.weakestChosen, w.votes);
			}
		} else if (w.votes >= JOIN_MIN_SHARE * near.votes && Math.max(near.last, w.last) - Math.min(near.first, w.first) <= this.maxWords) {
			near.first = Math.min(near.first, w.first);
			near.last = Math.max(near.last, w.last);
		}
		return true;
	}
}

/** Every bucket with enough votes, joined with its neighbours and given slack, inside its document. */
function scoredWindows(votes: DiagonalVotes, words: WordArrays): Window[] {
	const scored: Window[] = [];
	const least = MIN_BUCKET_SHARE * votes.strongest();
	for (let slot = 0; slot < votes.size; slot++) {
		if (votes.votes[slot] < least) continue;
		let total = votes.votes[slot];
		let [first, last] = [votes.first[slot], votes.last[slot]];
		for (let side = -1; side <= 1; side += 2) {
			const near = votes.slot(votes.keys[slot] + side);
			if (near < 0) continue;
			total += votes.votes[near];
			first = Math.min(first, votes.first[near]);
			last = Math.max(last, votes.last[near]);
		}
		const doc = votes.docOf(slot);
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
function claimWordsHeld(claimIds: readonly number[], ids: ArrayLike<number>, windows: readonly Window[]): (k: number) => number {
	// Each distinct claim word gets a slot; a window's count is taken from a fresh copy of the wanted counts.
	const slotOf = new Map<number, number>();
	const wanted: number[] = [];
	for (const id of claimIds) {
		if (id < 0) continue;
		const slot = slotOf.get(id) ?? slotOf.set(id, wanted.push(0) - 1).get(id)!;
		wanted[slot]++;
	}
	const left = new Int32Array(wanted.length);
	// Window k's count, or -1 before it is first asked.
	const counted = new Int32Array(windows.length).fill(-1);
	return (k) => {
		if (counted[k] >= 0) return counted[k];
		const w = windows[k];
		left.set(wanted);
		let held = 0;
		for (let p = w.first; p < w.last; p++) {
			const slot = slotOf.get(ids[p]);
			if (slot !== undefined && left[slot] > 0) {
				left[slot]--;
				held++;
			}
		}
		counted[k] = held;
		return held;
	};
}
