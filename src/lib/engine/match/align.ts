/**
 * Word-level alignment of a claim to a candidate passage: semi-global (every
 * claim word is aligned or left over; the passage may start and end anywhere),
 * tolerant of spelling variants, inflection, typos, replaced words and gaps.
 * An ellipsis in the claim skips any stretch of the source for free.
 */
import { measuresAlike } from '../figures/index.ts';
import { areListedOpposites, nameSkeleton, relationOfSenses, senseOf, type Token, type WordSense } from '../text/index.ts';
import { isTypo } from './typos.ts';

/**
 * How a claim word meets a source word. `synonym` keeps the statement (WordNet's main senses);
 * `antonym`, `unit` ("weeks" for "months") and `modal` ("can" for "must") change it.
 */
export type PairKind = 'same' | 'spelling' | 'name' | 'inflection' | 'typo' | 'figure' | 'synonym' | 'antonym' | 'unit' | 'modal' | 'mismatch';

export type AlignOp =
	| { op: 'pair'; i: number; j: number; kind: PairKind }
	| { op: 'claim'; i: number } // a claim word with no counterpart
	| { op: 'source'; j: number } // a source word the claim leaves out
	| { op: 'skip'; i: number; from: number; to: number }; // the claim's ellipsis i stands for source words [from, to)

/** Credit a pairing earns, as a share of the claim word's weight (1 = the same word). */
export const PAIR_CREDIT: Record<PairKind, number> = {
	same: 1,
	spelling: 0.95,
	name: 0.9,
	typo: 0.8,
	figure: 0.9,
	synonym: 0.85,
	antonym: 0.7,
	unit: 0.7,
	modal: 0.7,
	inflection: 0.75,
	mismatch: 0
};

/** A claim word left over costs this share of its weight; a source word left out, this share of its own. */
const CLAIM_GAP = 0.8;
const SOURCE_GAP = 0.45;
/** A replaced word costs this share of the heavier word's weight: cheaper than a gap on each side. */
const MISMATCH_COST = 0.6;

export type WordWeight = (t: Token) => number;

export type Alignment = { ops: AlignOp[]; score: number };

/**
 * Aligns claim tokens `a` to source tokens `b`. `isKnownWord` tells a typo
 * (a word the corpus never uses) from a real word put in another's place.
 * `kinds` may be given when already known: rows of a larger claim's
 * `pairKinds` against the same `b`, so a clause aligned again costs no new comparisons.
 */
export function align(a: Token[], b: Token[], weight: WordWeight, isKnownWord: (t: Token) => boolean, kinds: PairKinds = pairKinds(a, b, isKnownWord)): Alignment {
	const n = a.length;
	const m = b.length;
	const width = m + 1;
	const H = new Float64Array((n + 1) * width);
	const from = new Int8Array((n + 1) * width); // 0 start, 1 pair, 2 claim gap, 3 source gap, 4 ellipsis skip
	const skipFrom = new Int32Array((n + 1) * width);
	const wa = a.map(weight);
	const wb = b.map(weight);
	for (let i = 1; i <= n; i++) {
		const row = i * width;
		const up = (i - 1) * width;
		const claimGap = a[i - 1].bracketed ? 0.05 : wa[i - 1] * CLAIM_GAP;
		H[row] = H[up] - claimGap;
		from[row] = 2;
		let bestPrev = H[up];
		let bestPrevAt = 0;
		for (let j = 1; j <= m; j++) {
			if (H[up + j] > bestPrev) [bestPrev, bestPrevAt] = [H[up + j], j];
			if (a[i - 1].kind === 'ellipsis') {
				const same = b[j - 1].kind === 'ellipsis';
				const best = same ? Math.max(bestPrev, H[up + j - 1] + 0.1) : bestPrev;
				H[row + j] = best;
				from[row + j] = same && best !== bestPrev ? 1 : 4;
				skipFrom[row + j] = bestPrevAt;
				continue;
			}
			const kind = kinds[(i - 1) * m + j - 1];
			const gain = kind === MISMATCH ? -MISMATCH_COST * Math.max(wa[i - 1], wb[j - 1]) : PAIR_CREDIT[KINDS[kind]] * wa[i - 1];
			let best = H[up + j - 1] + gain;
			let how = 1;
			const viaClaimGap = H[up + j] - claimGap;
			if (viaClaimGap > best) [best, how] = [viaClaimGap, 2];
			const sourceGap = b[j - 1].kind === 'ellipsis' ? 0.05 : wb[j - 1] * SOURCE_GAP;
			const viaSourceGap = H[row + j - 1] - sourceGap;
			if (viaSourceGap > best) [best, how] = [viaSourceGap, 3];
			H[row + j] = best;
			from[row + j] = how;
		}
	}
	let endJ = 0;
	for (let j = 1; j <= m; j++) if (H[n * width + j] > H[n * width + endJ]) endJ = j;
	return { ops: traceBack(n, endJ, width, from, skipFrom, kinds, m), score: H[n * width + endJ] };
}

function traceBack(n: number, endJ: number, width: number, from: Int8Array, skipFrom: Int32Array, kinds: Uint8Array, m: number): AlignOp[] {
	const ops: AlignOp[] = [];
	let [i, j] = [n, endJ];
	while (i > 0) {
		const how = from[i * width + j];
		if (how === 1) {
			ops.push({ op: 'pair', i: i - 1, j: j - 1, kind: KINDS[kinds[(i - 1) * m + j - 1]] });
			i--, j--;
		} else if (how === 2 || (how === 0 && j === 0)) {
			ops.push({ op: 'claim', i: --i });
		} else if (how === 3) {
			ops.push({ op: 'source', j: --j });
		} else {
			const start = skipFrom[i * width + j];
			ops.push({ op: 'skip', i: i - 1, from: start, to: j });
			i--, (j = start);
		}
	}
	// Source words before the first aligned one are outside the passage, not left out of it.
	return ops.reverse().filter((op, k, all) => op.op !== 'source' || all.slice(0, k).some((o) => o.op === 'pair'));
}

const KINDS: readonly PairKind[] = ['same', 'spelling', 'name', 'inflection', 'typo', 'figure', 'synonym', 'antonym', 'unit', 'modal', 'mismatch'];
const KIND_INDEX = Object.fromEntries(KINDS.map((kind, k) => [kind, k])) as Record<PairKind, number>;
const MISMATCH = KIND_INDEX.mismatch;

/** Per token, its forms as small integers, so the n×m comparisons are integer compares. */
type Features = { norm: Int32Array; key: Int32Array; stem: Int32Array; skeleton: Int32Array; sense: (WordSense | null)[] };

/** Integer ids of the forms met in one alignment, one map per field (a field is only ever compared with the same field). */
type FormIds = { norm: Map<string, number>; key: Map<string, number>; stem: Map<string, number>; skeleton: Map<string, number> };

const idIn = (ids: Map<string, number>, s: string) => {
	let v = ids.get(s);
	if (v === undefined) ids.set(s, (v = ids.size));
	return v;
};

/** `side` keeps the two sides' 'no skeleton' markers apart (negative, never equal). */
function featuresOf(tokens: Token[], ids: FormIds, side: 1 | 2): Features {
	const n = tokens.length;
	const f: Features = { norm: new Int32Array(n), key: new Int32Array(n), stem: new Int32Array(n), skeleton: new Int32Array(n), sense: new Array(n).fill(null) };
	tokens.forEach((t, i) => {
		f.norm[i] = idIn(ids.norm, t.norm);
		f.key[i] = idIn(ids.key, t.key);
		f.stem[i] = idIn(ids.stem, t.stem);
		// Names meet through their consonants (Lukashenko/Lukashenka); model numbers never do (MC21/MC26).
		f.skeleton[i] = t.capital && t.norm.length >= 4 && !/\d/.test(t.norm) ? idIn(ids.skeleton, t.norm[0] + skeletonOf(t.norm)) : -side;
		if (t.kind === 'word') f.sense[i] = t.phrase ? PHRASE_SENSE : senseOf(t.norm);
	});
	return f;
}

/** How every claim word meets every source word: kinds[i * m + j], indices into KINDS. */
export type PairKinds = Uint8Array;

export function pairKinds(a: Token[], b: Token[], isKnownWord: (t: Token) => boolean): PairKinds {
	const ids: FormIds = { norm: new Map(), key: new Map(), stem: new Map(), skeleton: new Map() };
	const [fa, fb] = [featuresOf(a, ids, 1), featuresOf(b, ids, 2)];
	const m = b.length;
	const kinds = new Uint8Array(a.length * m);
	const relation = relations(ids.norm.size, fa, fb);
	for (let i = 0; i < a.length; i++) {
		const known = a[i].kind === 'word' && isKnownWord(a[i]);
		for (let j = 0; j < m; j++) kinds[i * m + j] = KIND_INDEX[pairKindOf(a[i], b[j], i, j, fa, fb, known, relation)];
	}
	return kinds;
}

/**
 * Word relations of one alignment, asked once per pair of different forms (by the forms' integer
 * ids): the lexicon answers a pair in a few set lookups, but n×m of them still add up.
 */
function relations(forms: number, fa: Features, fb: Features): (x: Token, y: Token, i: number, j: number) => PairKind | null {
	const seen = new Map<number, PairKind | null>();
	return (x, y, i, j) => {
		const pair = fa.norm[i] * forms + fb.norm[j];
		let kind = seen.get(pair);
		if (kind === undefined) seen.set(pair, (kind = relationOf(x, y, fa.sense[i], fb.sense[j])));
		return kind;
	};
}

/** A phrase's relations travel with its token: it is always worth asking about. */
const PHRASE_SENSE: WordSense = { norm: '', plain: false, modal: false, opposites: new Set(), profile: null };

/** Whether the lexicon could relate the two at all: two content words, two modals, or a listed opposite. */
function mayRelate(x: WordSense, y: WordSense): boolean {
	return x === PHRASE_SENSE || y === PHRASE_SENSE || (x.profile !== null && y.profile !== null) || (x.modal && y.modal) || x.opposites !== undefined;
}

/** A phrase merged into one token (resegment.ts) carries its own relations; a word asks the lexicon. */
function relationOf(x: Token, y: Token, xs: WordSense | null, ys: WordSense | null): PairKind | null {
	const phrase = x.phrase ?? y.phrase;
	if (phrase) {
		const other = x.phrase ? y : x;
		if (phrase.opposites.has(other.norm) || other.lemmas?.some((l) => phrase.opposites.has(l))) return 'antonym';
		if (phrase.synonyms.has(other.norm) || (other.lemmas ?? []).some((l) => phrase.synonyms.has(l))) return 'synonym';
		return null;
	}
	const related = xs && ys && xs !== PHRASE_SENSE && ys !== PHRASE_SENSE ? relationOfSenses(xs, ys) : null;
	// Stems meet the listed opposites ("progressing"/"regressing"); WordNet reads inflections itself.
	return related ?? (areListedOpposites(x.stem, y.stem) ? 'antonym' : null);
}

function pairKindOf(x: Token, y: Token, i: number, j: number, fa: Features, fb: Features, claimWordKnown: boolean, relation: (x: Token, y: Token, i: number, j: number) => PairKind | null): PairKind {
	if (x.kind !== 'word' || y.kind !== 'word') {
		if (x.kind !== y.kind) return 'mismatch';
		if (x.kind === 'ellipsis') return 'same';
		if (!measuresAlike(x.figure!, y.figure!)) return 'mismatch';
		return fa.norm[i] === fb.norm[j] ? 'same' : 'figure';
	}
	if (fa.norm[i] === fb.norm[j]) return 'same';
	if (fa.key[i] === fb.key[j]) return 'spelling';
	if (fa.skeleton[i] === fb.skeleton[j]) return 'name';
	if (fa.stem[i] === fb.stem[j]) return 'inflection';
	// Only words with a relation to look up are asked about: most pairs have a function word in them.
	const [xs, ys] = [fa.sense[i], fb.sense[j]];
	const related = xs && ys && mayRelate(xs, ys) ? relation(x, y, i, j) : null;
	if (related) return related;
	// A digit is never a typo: MiG-85 is another aircraft than MiG-25.
	if (!claimWordKnown && !/\d/.test(x.norm + y.norm) && isTypo(x.norm, y.norm)) return 'typo';
	return 'mismatch';
}

const skeletons = new Map<string, string>();
function skeletonOf(norm: string): string {
	let skeleton = skeletons.get(norm);
	if (skeleton === undefined) {
		if (skeletons.size > 50_000) skeletons.clear();
		skeletons.set(norm, (skeleton = nameSkeleton(norm)));
	}
	return skeleton;
}
