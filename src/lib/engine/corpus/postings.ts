/**
 * The index's postings, sized to what the candidate search reads: the places of
 * every pair of adjacent words (a sorted table of distinct pairs, not a hash
 * table with empty buckets), and the places of the rare words only (a common
 * word never places a claim, so its thousands of places are not kept).
 */

/**
 * The places of each distinct word pair (a, b) adjacent in one document.
 * Pairs starting with word a are rows byFirst[a] .. byFirst[a + 1] of `second`
 * (ascending); pair k is at positions[start[k] .. start[k + 1]) (ascending).
 */
export type PairPostings = {
	byFirst: Uint32Array;
	second: Uint32Array | Uint16Array;
	start: Uint32Array;
	positions: Uint32Array;
};

/** The places of each word of at most `limit` occurrences: positions[offsets[w] .. offsets[w + 1]). */
export type RareWordPostings = { limit: number; offsets: Uint32Array; positions: Uint32Array };

/** A word pair at more places than this share of the corpus says little about where a claim is (0..1). */
const COMMON_SHARE = 0.0002;
/** ...but never call a posting list common below this length, so small corpora use every pair. */
const MIN_COMMON_POSTINGS = 300;
/** A single word places a claim only when it is this many times rarer than a common pair. */
const RARE_WORD_FACTOR = 0.25;

/** How many places make a pair of words common in a corpus of `total` words. */
export function commonPostings(total: number): number {
	return Math.max(MIN_COMMON_POSTINGS, total * COMMON_SHARE);
}

/** A word of at most this many places is rare enough to place a claim on its own. */
export function rareWordLimit(total: number): number {
	return commonPostings(total) * RARE_WORD_FACTOR;
}

/** Word ids as the smallest typed array that holds every id below `count`. */
export function idArray(count: number, length: number): Uint32Array | Uint16Array {
	return count <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length);
}

/** The range of pair (a, b) in `positions`, or an empty range [0, 0) when the corpus never has it. */
export function pairRange(pairs: PairPostings, a: number, b: number): [number, number] {
	// A segment built before word a existed has no row for it.
	if (a + 1 >= pairs.byFirst.length) return [0, 0];
	let lo = pairs.byFirst[a];
	let hi = pairs.byFirst[a + 1];
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (pairs.second[mid] < b) lo = mid + 1;
		else hi = mid;
	}
	if (lo === pairs.byFirst[a + 1] || pairs.second[lo] !== b) return [0, 0];
	return [pairs.start[lo], pairs.start[lo + 1]];
}

/**
 * Every adjacent pair of one document, sorted by (first word, second word,
 * position) with two counting sorts (by the second word, then stably by the
 * first): linear in the words of `docFirst`'s documents, no comparison sort, no
 * hash map. `counts[w]`: how often w occurs in those documents, so neither sort
 * needs a counting pass of its own. Each sort carries the word the next one
 * needs (the first sort each pair's first word, the second its second word), so
 * no pass reads a pair's words again at its scattered place in `ids`: those
 * reads were most of the time. Loops are written out: this is most of a build.
 */
export function buildPairs(ids: ArrayLike<number>, docFirst: ArrayLike<number>, vocabularySize: number, counts: Uint32Array): PairPostings {
	const { order: bySecond, firsts, ends: secondEnds } = sortedBySecond(ids, docFirst, vocabularySize, counts);
	// Every word but a document's last starts a pair.
	const firstStarts = new Uint32Array(vocabularySize + 1);
	firstStarts.set(counts.subarray(0, vocabularySize), 1);
	eachDocument(docFirst, (first, end) => firstStarts[ids[end - 1] + 1]--);
	for (let a = 1; a <= vocabularySize; a++) firstStarts[a] += firstStarts[a - 1];
	const cursor = firstStarts.slice(0, vocabularySize);
	const positions = new Uint32Array(bySecond.length);
	const seconds = idArray(vocabularySize, bySecond.length);
	for (let b = 0, k = 0; b < vocabularySize; b++) {
		for (const end = secondEnds[b]; k < end; k++) {
			const at = cursor[firsts[k]]++;
			positions[at] = bySecond[k];
			seconds[at] = b;
		}
	}
	// Within word a's stretch the second words ascend: a new pair starts where the second word changes.
	const byFirst = new Uint32Array(vocabularySize + 1);
	for (let a = 0; a < vocabularySize; a++) {
		let distinct = 0;
		for (let k = firstStarts[a]; k < firstStarts[a + 1]; k++) if (k === firstStarts[a] || seconds[k] !== seconds[k - 1]) distinct++;
		byFirst[a + 1] = byFirst[a] + distinct;
	}
	const rows = byFirst[vocabularySize];
	const second = idArray(vocabularySize, rows);
	const start = new Uint32Array(rows + 1);
	for (let a = 0, row = 0; a < vocabularySize; a++) {
		for (let k = firstStarts[a]; k < firstStarts[a + 1]; k++) {
			if (k !== firstStarts[a] && seconds[k] === seconds[k - 1]) continue;
			second[row] = seconds[k];
			start[row++] = k;
		}
	}
	start[rows] = positions.length;
	return { byFirst, second, start, positions };
}

/**
 * One table holding every pair of `tables` (the main table, then segments of later documents,
 * oldest first): what buildPairs gives over all their documents, made by merging their rows
 * instead of sorting again. A pair's places are its places in each table in turn, which is
 * ascending because a later table holds later positions.
 */
export function mergedPairs(tables: readonly PairPostings[], vocabularySize: number): PairPostings {
	const distinctAtMost = tables.reduce((n, t) => n + t.second.length, 0);
	const second = new Uint32Array(distinctAtMost);
	const start = new Uint32Array(distinctAtMost + 1);
	const positions = new Uint32Array(tables.reduce((n, t) => n + t.positions.length, 0));
	const byFirst = new Uint32Array(vocabularySize + 1);
	const rows = new Uint32Array(tables.length);
	const ends = new Uint32Array(tables.length);
	let [row, at] = [0, 0];
	for (let a = 0; a < vocabularySize; a++) {
		for (let t = 0; t < tables.length; t++) {
			// A table built before word a existed has no row for it.
			const has = a + 1 < tables[t].byFirst.length;
			[rows[t], ends[t]] = has ? [tables[t].byFirst[a], tables[t].byFirst[a + 1]] : [0, 0];
		}
		for (;;) {
			let b = -1;
			for (let t = 0; t < tables.length; t++) if (rows[t] < ends[t] && (b === -1 || tables[t].second[rows[t]] < b)) b = tables[t].second[rows[t]];
			if (b === -1) break;
			[second[row], start[row]] = [b, at];
			row++;
			for (let t = 0; t < tables.length; t++) {
				if (rows[t] === ends[t] || tables[t].second[rows[t]] !== b) continue;
				const from = tables[t].positions;
				for (let k = tables[t].start[rows[t]], end = tables[t].start[rows[t] + 1]; k < end; k++) positions[at++] = from[k];
				rows[t]++;
			}
		}
		byFirst[a + 1] = row;
	}
	start[row] = at;
	const narrow = idArray(vocabularySize, row);
	narrow.set(second.subarray(0, row));
	return { byFirst, second: narrow, start: start.slice(0, row + 1), positions };
}

/** Calls `visit(first, end)` for each non-empty document: positions first .. end - 1. */
function eachDocument(docFirst: ArrayLike<number>, visit: (first: number, end: number) => void): void {
	for (let d = 0; d + 1 < docFirst.length; d++) if (docFirst[d + 1] > docFirst[d]) visit(docFirst[d], docFirst[d + 1]);
}

/**
 * Positions p whose word and the next are in one document, in order of the next word (then of p),
 * with the word at each; those whose next word is b end at ends[b].
 */
function sortedBySecond(ids: ArrayLike<number>, docFirst: ArrayLike<number>, vocabularySize: number, counts: Uint32Array): { order: Uint32Array; firsts: Uint32Array | Uint16Array; ends: Uint32Array } {
	// Every word but a document's first ends a pair.
	const cursor = new Uint32Array(vocabularySize + 1);
	cursor.set(counts.subarray(0, vocabularySize), 1);
	let count = 0;
	eachDocument(docFirst, (first, end) => (cursor[ids[first] + 1]--, (count += end - first - 1)));
	for (let b = 1; b <= vocabularySize; b++) cursor[b] += cursor[b - 1];
	const out = new Uint32Array(count);
	const firsts = idArray(vocabularySize, count);
	eachDocument(docFirst, (first, end) => {
		for (let p = first; p + 1 < end; p++) {
			const at = cursor[ids[p + 1]]++;
			out[at] = p;
			firsts[at] = ids[p];
		}
	});
	return { order: out, firsts, ends: cursor };
}

/** The places of every word of at most rareWordLimit(ids.length) occurrences. */
export function buildRareWords(ids: ArrayLike<number>, frequency: Uint32Array): RareWordPostings {
	const limit = rareWordLimit(ids.length);
	return { limit, ...placesOfWords(ids, 0, ids.length, frequency, limit) };
}

/** Places of each word w of at most `limit` occurrences among positions from .. to - 1 (it occurs counts[w] times there). */
export function placesOfWords(ids: ArrayLike<number>, from: number, to: number, counts: Uint32Array, limit: number): { offsets: Uint32Array; positions: Uint32Array } {
	const offsets = new Uint32Array(counts.length + 1);
	for (let w = 0; w < counts.length; w++) offsets[w + 1] = offsets[w] + (counts[w] <= limit ? counts[w] : 0);
	const positions = new Uint32Array(offsets[counts.length]);
	const cursor = offsets.slice(0, counts.length);
	for (let p = from; p < to; p++) {
		const w = ids[p];
		if (counts[w] <= limit) positions[cursor[w]++] = p;
	}
	return { offsets, positions };
}
