/**
 * How every claim word meets every source word of a passage (the same word, a spelling,
 * an inflection, a typo, a synonym, an opposite...), as a matrix of small integers the
 * aligner reads: the n×m comparisons are integer compares and a few lexicon lookups.
 */
import { measuresAlike } from '../figures/index.ts';
import { areListedOpposites, nameSkeleton, relationOfSenses, senseOf, type Token, type WordSense } from '../text/index.ts';
import { isTypo } from './typos.ts';

/**
 * How a claim word meets a source word. `synonym` keeps the statement (WordNet's main senses);
 * `antonym`, `unit` ("weeks" for "months") and `modal` ("can" for "must") change it.
 */
export type PairKind = 'same' | 'spelling' | 'name' | 'inflection' | 'typo' | 'figure' | 'synonym' | 'antonym' | 'unit' | 'modal' | 'mismatch';

export const KINDS: readonly PairKind[] = ['same', 'spelling', 'name', 'inflection', 'typo', 'figure', 'synonym', 'antonym', 'unit', 'modal', 'mismatch'];
const KIND_INDEX = Object.fromEntries(KINDS.map((kind, k) => [kind, k])) as Record<PairKind, number>;
export const MISMATCH = KIND_INDEX.mismatch;

/** Per token, its forms as small integers, so the n×m comparisons are integer compares. */
type Features = { norm: Int32Array; key: Int32Array; stem: Int32Array; skeleton: Int32Array; sense: (WordSense | null)[]; digit: Uint8Array };

/** Integer ids of the forms met in one alignment, one map per field (a field is only ever compared with the same field). */
type FormIds = { norm: Map<string, number>; key: Map<string, number>; stem: Map<string, number>; skeleton: Map<string, number> };

const idIn = (ids: Map<string, number>, s: string) => {
	let v = ids.get(s);
	if (v === undefined) ids.set(s, (v = ids.size));
	return v;
};

const DIGIT = /\d/;

/** `side` keeps the two sides' 'no skeleton' markers apart (negative, never equal). */
function featuresOf(tokens: Token[], ids: FormIds, side: 1 | 2): Features {
	const n = tokens.length;
	const f: Features = { norm: new Int32Array(n), key: new Int32Array(n), stem: new Int32Array(n), skeleton: new Int32Array(n), sense: new Array(n).fill(null), digit: new Uint8Array(n) };
	for (let i = 0; i < n; i++) {
		const t = tokens[i];
		const hasDigit = DIGIT.test(t.norm);
		f.norm[i] = idIn(ids.norm, t.norm);
		f.key[i] = idIn(ids.key, t.key);
		f.stem[i] = idIn(ids.stem, t.stem);
		// Names meet through their consonants (Lukashenko/Lukashenka); model numbers never do (MC21/MC26).
		f.skeleton[i] = t.capital && t.norm.length >= 4 && !hasDigit ? idIn(ids.skeleton, t.norm[0] + skeletonOf(t.norm)) : -side;
		if (t.kind === 'word') f.sense[i] = t.phrase ? PHRASE_SENSE : senseOf(t.norm);
		f.digit[i] = hasDigit ? 1 : 0;
	}
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
	const alike = firstAlike(b, fb, ids);
	// A claim word of the same forms as one before it ("the" again) meets every source word the same way.
	const alikeRow = firstAlike(a, fa, ids);
	for (let i = 0; i < a.length; i++) {
		const row = i * m;
		if (alikeRow[i] < i) {
			kinds.copyWithin(row, alikeRow[i] * m, alikeRow[i] * m + m);
			continue;
		}
		const known = a[i].kind === 'word' && isKnownWord(a[i]);
		for (let j = 0; j < m; j++) kinds[row + j] = alike[j] < j ? kinds[row + alike[j]] : KIND_INDEX[pairKindOf(a[i], b[j], i, j, fa, fb, known, relation)];
	}
	return kinds;
}

/**
 * For each token of one side, the first one of that side the other cannot tell from it: a word
 * (not a phrase) of the same forms meets every word of the other side the same way, so "the" and
 * "of" are compared once a window. Figures and ellipses stand for themselves.
 */
function firstAlike(b: Token[], fb: Features, ids: FormIds): Int32Array {
	const [keys, stems, skeletons] = [ids.key.size, ids.stem.size, ids.skeleton.size + 2];
	const seen = new Map<number, number>();
	const alike = new Int32Array(b.length);
	for (let j = 0; j < b.length; j++) {
		alike[j] = j;
		if (b[j].kind !== 'word' || b[j].phrase) continue;
		const forms = ((fb.norm[j] * keys + fb.key[j]) * stems + fb.stem[j]) * skeletons + fb.skeleton[j] + 2;
		const first = seen.get(forms);
		if (first === undefined) seen.set(forms, j);
		else alike[j] = first;
	}
	return alike;
}

/**
 * Word relations of one alignment, asked once per pair of different forms (by the forms' integer
 * ids): the lexicon answers a pair in a few set lookups, but n×m of them still add up. The answers
 * sit in a typed array by pair of ids (claim forms are numbered first, so their ids are the small ones).
 */
function relations(forms: number, fa: Features, fb: Features): (x: Token, y: Token, i: number, j: number) => PairKind | null {
	const claimForms = fa.norm.reduce((most, id) => Math.max(most, id + 1), 0);
	const seen = new Int8Array(claimForms * forms).fill(UNASKED);
	return (x, y, i, j) => {
		const pair = fa.norm[i] * forms + fb.norm[j];
		let code = seen[pair];
		if (code === UNASKED) {
			const kind = relationOf(x, y, fa.sense[i], fb.sense[j]);
			seen[pair] = code = kind === null ? UNRELATED : KIND_INDEX[kind];
		}
		return code === UNRELATED ? null : KINDS[code];
	};
}

/** Codes of the relations array beside KINDS' indices: not asked yet, and asked but unrelated. */
const UNASKED = -1;
const UNRELATED = -2;

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
	if (!claimWordKnown && !fa.digit[i] && !fb.digit[j] && isTypo(x.norm, y.norm)) return 'typo';
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
