/**
 * Neutral measures of how a candidate passage stands to the claim: how much
 * of the claim it accounts for, how tightly, with what shared phrase. No
 * verdict here: the judge (verdict/) alone turns measures into one.
 */
import { isNegator, STOP_WORDS, type Token } from '../text/index.ts';
import type { Difference } from '../types.ts';
import { PAIR_CREDIT, type AlignOp, type WordWeight } from './align.ts';

export type Measures = {
	/** Weighted share of the claim's words the passage accounts for, each pairing credited by its kind (0..1). */
	coverage: number;
	/** Weighted share of the passage's words (first to last aligned) that the claim uses (0..1). */
	compactness: number;
	/** coverage × (0.6 + 0.4 × compactness): one figure to rank passages by (0..1). */
	similarity: number;
	/**
	 * Weighted share of the claim's content words (figures included) the passage accounts for:
	 * paired with a source word, or changed in place (a figure, a name, a negation, an antonym)
	 * (0..1). A claim that carries one real
	 * phrase inside made-up words scores low, however long the phrase.
	 */
	accounted: number;
	/** Content words of the claim the passage does not account for. */
	unaccounted: number;
	/**
	 * Of those, the ones the claim adds: outside the match (before its first or after its last
	 * paired word), or inserted where the passage has nothing in their place. Words replaced
	 * (another translation) stand opposite words of the passage; added ones stand opposite none.
	 */
	unaccountedAdded: number;
	/**
	 * Most added content words (unaccounted, opposite no word of the passage) in one stretch of the
	 * claim between words paired with it: a clause of its own ("and Belarus will join NATO next year").
	 */
	longestAddedRun: number;
	/**
	 * Most claim words, function words too, before the first or after the last content word paired,
	 * on a side that holds an added word the sentences of the match do not use anywhere: a clause of
	 * the claim's own, however few content words it has ("... the greatest need, and they were wrong").
	 */
	addedAtEdge: number;
	/** The same for a stretch of unpaired words inside the match, between two paired ones: a clause put into the sentence ("..., which nobody wanted, ..."). */
	addedInside: number;
	/**
	 * Most added words the sentences of the match never use in one such stretch inside: a clause put in
	 * holds two or more ("..., which cost a fortune, ..."); a rewording's aside or added qualifier one
	 * ("If we falter in our leadership, we ...").
	 */
	foreignInside: number;
	/** Content words of the claim (not function words, ellipses or [insertions]). */
	contentWords: number;
	/** Longest run of claim words aligned in order to neighbouring source words, among runs with a content word. */
	longestRun: number;
	/** Word overlap regardless of order with the sentences of the match (recall: of the claim's content; precision: of theirs). */
	overlap: { recall: number; precision: number };
};

/** Content words count for what a claim asserts; function words, ellipses and editorial insertions do not. */
export function isContent(t: Token): boolean {
	return t.kind === 'figure' || (t.kind === 'word' && !t.bracketed && !STOP_WORDS.has(t.norm));
}

/** A word or figure the claim says itself: not an ellipsis, nor an [insertion] of the quoter's. */
function isSaid(t: Token): boolean {
	return (t.kind === 'word' || t.kind === 'figure') && !t.bracketed;
}

/** How much of the claim the passage accounts for, and how compactly. */
export function coverageOf(ops: AlignOp[], a: Token[], b: Token[], weight: WordWeight, firstJ: number, lastJ: number) {
	const counts = (t: Token) => t.kind !== 'ellipsis' && !t.bracketed;
	const claimWeight = a.filter(counts).reduce((s, t) => s + weight(t), 0);
	let credit = 0;
	let pairedSource = 0;
	const skipped = new Set<number>();
	for (const op of ops) {
		if (op.op === 'pair' && op.kind !== 'mismatch') {
			credit += PAIR_CREDIT[op.kind] * weight(a[op.i]);
			pairedSource += weight(b[op.j]);
		} else if (op.op === 'skip') for (let j = op.from; j < op.to; j++) skipped.add(j);
	}
	let sourceWeight = 0;
	for (let j = firstJ; j >= 0 && j <= lastJ; j++) if (!skipped.has(j) && b[j].kind !== 'ellipsis') sourceWeight += weight(b[j]);
	const coverage = claimWeight ? Math.min(1, credit / claimWeight) : 0;
	const compactness = sourceWeight ? Math.min(1, pairedSource / sourceWeight) : 0;
	return { coverage, compactness, similarity: coverage * (0.6 + 0.4 * compactness) };
}

/**
 * The claim's content the passage accounts for: paired words, and words changed in place.
 * `isWord` tells a word of the language (in the corpus or in the lexicon) from a made-up one.
 * A word the passage's sentence merely holds elsewhere does not count: a collage of the
 * sentence's own words would pass for its paraphrase (the overlap measures see those).
 */
export function accountedOf(ops: AlignOp[], a: Token[], differences: Difference[], weight: WordWeight, isWord: (t: Token) => boolean, sentences: Token[] = [], b: Token[] = []) {
	const paired = new Set<number>();
	for (const op of ops) if (op.op === 'pair' && op.kind !== 'mismatch') paired.add(op.i);
	const changedInPlace = differences.filter((d) => d.severity === 'meaning' && d.source && d.claimSpan);
	const isChanged = (t: Token) => changedInPlace.some((d) => d.claimSpan!.start <= t.span.start && t.span.end <= d.claimSpan!.end);
	const anchors = anchorsOf(paired, a);
	const replaced = replacedClaimWords(ops, anchors, a, b);
	const added = new Set<number>();
	// A rewording puts one word for one of the passage's: the same word put again and again
	// ("moscow ... moscow ... moscow") stands for none of them, so it is added wherever unaccounted.
	const repeated = repeatedStems(a);
	let total = 0;
	let accounted = 0;
	let [contentWords, unaccounted, unaccountedAdded] = [0, 0, 0];
	a.forEach((t, i) => {
		if (!isContent(t)) return;
		const w = weight(t);
		total += w;
		contentWords++;
		if (paired.has(i) || isChanged(t)) accounted += w;
		else {
			unaccounted++;
			// A word of no language ("florbish") is put for nothing: it is added wherever it stands.
			if (!replaced.has(i) || !isWord(t) || repeated.has(t.stem)) unaccountedAdded++, added.add(i);
		}
	});
	const foreignAtEdge = foreignTo(new Set([...added, ...unpairedFunctionWords(a, paired)]), a, sentences);
	return {
		accounted: total ? accounted / total : 0,
		unaccounted,
		unaccountedAdded,
		contentWords,
		longestAddedRun: longestRunOfAdded(a, added),
		addedAtEdge: addedAtEdges(a, anchors, foreignAtEdge),
		...inside(a, paired, foreignTo(added, a, sentences))
	};
}

/**
 * Function words of the claim paired with none of the passage's. At an edge, those the passage's
 * sentences never use make an aside of the claim's own as a content word does ("Between you and me, ...").
 */
function unpairedFunctionWords(a: Token[], paired: ReadonlySet<number>): number[] {
	return a.flatMap((t, i) => (t.kind === 'word' && !t.bracketed && !isContent(t) && !paired.has(i) ? [i] : []));
}

/**
 * Of the added words, those the sentences of the match do not use anywhere: a clause moved from
 * elsewhere in them is no clause of the claim's own. A negator is left to the negation test: an
 * added "not" changes the statement, which is `altered`, not a clause of the claim's own.
 */
function foreignTo(added: ReadonlySet<number>, a: Token[], sentences: Token[]): Set<number> {
	const held = new Set(sentences.map((t) => t.stem));
	return new Set([...added].filter((i) => !held.has(a[i].stem) && !isNegator(a[i].norm)));
}

/**
 * The most claim words (function words too) in a row before the first or after the last paired
 * word, when they hold an added word the sentences of the match never use: a clause of the
 * claim's own, however few content words it has ("... the greatest need, and that was a mistake").
 * A function word paired last is where the claim turns away ("need, and | they were wrong"): it
 * counts with the words after it. At the start it does not: the words before it are often the
 * claim's subject put for the passage's pronoun ("The Great Society | will" for "It will").
 */
function addedAtEdges(a: Token[], paired: ReadonlySet<number>, foreign: ReadonlySet<number>): number {
	if (!paired.size) return 0;
	const first = Math.min(...paired);
	let last = Math.max(...paired);
	if (last > first && !isContent(a[last])) last--;
	const said = (from: number, to: number) => a.slice(from, to).filter(isSaid).length;
	const holdsForeign = (from: number, to: number) => [...foreign].some((i) => from <= i && i < to);
	return Math.max(holdsForeign(0, first) ? said(0, first) : 0, holdsForeign(last + 1, a.length) ? said(last + 1, a.length) : 0);
}

/** Claim words a rewording may put for one word of the passage (one more in all): "in order to" for "to". */
const MAX_WORDS_PUT_FOR_ONE = 2;

/**
 * Paired claim words that tie the claim to the passage: a content word, or a word paired near
 * another, at most one word put between ("to | create | the" for "to make the"). A function word
 * paired alone ("... regions one else in avoiding | that | calamity") is chance: it neither closes a
 * stretch of words put for the passage's nor ends the claim's match.
 */
function anchorsOf(paired: ReadonlySet<number>, a: Token[]): Set<number> {
	const near = (i: number) => Array.from({ length: ANCHOR_REACH }, (_, d) => d + 1).some((d) => paired.has(i - d) || paired.has(i + d));
	return new Set([...paired].filter((i) => isContent(a[i]) || near(i)));
}

/** Claim words a paired function word may stand from another paired word and still tie the claim to the passage. */
const ANCHOR_REACH = 2;

/**
 * Of the stretches of unpaired claim words between two paired ones that hold a foreign added word
 * (as addedAtEdges counts them): the most words in one, and the most foreign words in one.
 */
function inside(a: Token[], paired: ReadonlySet<number>, foreign: ReadonlySet<number>): { addedInside: number; foreignInside: number } {
	let [addedInside, foreignInside] = [0, 0];
	let [length, foreignHeld, started] = [0, 0, false];
	a.forEach((t, i) => {
		if (paired.has(i)) {
			if (started && foreignHeld) [addedInside, foreignInside] = [Math.max(addedInside, length), Math.max(foreignInside, foreignHeld)];
			[length, foreignHeld, started] = [0, 0, true];
		} else if (isSaid(t)) {
			length++;
			if (foreign.has(i)) foreignHeld++;
		}
	});
	return { addedInside, foreignInside };
}

/** Stems of the claim's content words that stand in it more than once. */
function repeatedStems(a: Token[]): Set<string> {
	const seen = new Set<string>();
	const repeated = new Set<string>();
	for (const t of a) if (isContent(t)) (seen.has(t.stem) ? repeated : seen).add(t.stem);
	return repeated;
}

/** The most added content words between two paired claim words (or an edge and one); a replaced word ends a run. */
function longestRunOfAdded(a: Token[], added: ReadonlySet<number>): number {
	let [best, run] = [0, 0];
	a.forEach((t, i) => {
		if (added.has(i)) best = Math.max(best, ++run);
		else if (isContent(t)) run = 0;
	});
	return best;
}

/**
 * Claim words that stand opposite words of the passage between two paired words: put for them, not
 * added, unless far more than they are: five words opposite one ("this future, | as my critics
 * admit, we | must" against "this future, | we | must") are a clause put in. A word the stretch
 * shares with the words opposite is the passage's own, left unpaired by the aligner ("rising, but
 * those which" against "but those which"): it is put for nothing, and what it stands opposite is
 * no word the others replace.
 */
function replacedClaimWords(ops: AlignOp[], anchors: ReadonlySet<number>, a: Token[], b: Token[]): Set<number> {
	const replaced = new Set<number>();
	const isPaired = (o: AlignOp) => o.op === 'pair' && anchors.has(o.i);
	let run: number[] = [];
	let opposite: number[] = [];
	let inside = false;
	for (const op of ops) {
		if (isPaired(op)) {
			const shared = sharedWords(run.map((i) => a[i]), opposite.map((j) => b[j]));
			const [said, against] = [run.length - shared, opposite.length - shared];
			if (inside && against > 0 && said <= MAX_WORDS_PUT_FOR_ONE * against + 1) run.forEach((i) => replaced.add(i));
			[run, opposite, inside] = [[], [], true];
		} else if (op.op === 'claim') run.push(op.i);
		else if (op.op === 'pair') run.push(op.i), opposite.push(op.j);
		else if (op.op === 'source') opposite.push(op.j);
		else if (op.op === 'skip') for (let j = op.from; j < op.to; j++) opposite.push(j);
	}
	return replaced;
}

/** How many words two stretches have in common, each word once (by stem). Without the passage's tokens (b), none. */
function sharedWords(claim: Token[], source: (Token | undefined)[]): number {
	const left = new Map<string, number>();
	for (const t of source) if (t) left.set(t.stem, (left.get(t.stem) ?? 0) + 1);
	let shared = 0;
	for (const t of claim) {
		const n = left.get(t.stem) ?? 0;
		if (n > 0) shared++, left.set(t.stem, n - 1);
	}
	return shared;
}

/**
 * The longest run of claim words aligned, in order and side by side, to source words,
 * among runs that hold a content word. A determiner put for another
 * ("its" for "the") joins a run without counting in it.
 */
export function longestRunOf(ops: AlignOp[], a: Token[], b: Token[]): number {
	let [best, run, content, lastI, lastJ] = [0, 0, 0, -2, -2];
	// Function words the source has between two aligned words ("grew" / "has grown by") do not break a run.
	const nextInSource = (j: number) => j === lastJ + 1 || (j - lastJ <= 3 && b.slice(lastJ + 1, j).every((t) => STOP_WORDS.has(t.norm)));
	for (const op of ops) {
		if (op.op !== 'pair') continue;
		const adjacent = op.i === lastI + 1 && lastJ >= 0 && nextInSource(op.j);
		if (op.kind === 'mismatch') {
			if (!(adjacent && DETERMINERS.test(a[op.i].norm) && DETERMINERS.test(b[op.j].norm))) [run, content] = [0, 0];
			[lastI, lastJ] = [op.i, op.j];
			continue;
		}
		if (!adjacent) [run, content] = [0, 0];
		run++;
		if (!STOP_WORDS.has(a[op.i].norm)) content++;
		if (content >= 1) best = Math.max(best, run);
		[lastI, lastJ] = [op.i, op.j];
	}
	return best;
}

const DETERMINERS = /^(?:the|a|an|its|their|our|his|her|this|that|these|those|my|your)$/;

/**
 * Word overlap regardless of order, between the claim and the sentences its
 * match stands in: a paraphrase keeps the content words but not their order.
 * Recall: weighted share of the claim's content words the sentences use; precision: the reverse.
 */
export function overlapOf(a: Token[], sentences: Token[], weight: WordWeight): { recall: number; precision: number } {
	// A figure counts by what it measures, not its value: "97%" against "87 percent" is the same statement, altered.
	// Each occurrence counts: a word repeated five times weighs five times ("florbish florbish ...").
	const contentStems = (ts: Token[]) => {
		const stems = new Map<string, number>();
		for (const t of ts) {
			if (t.kind === 'ellipsis' || t.bracketed || STOP_WORDS.has(t.norm)) continue;
			const stem = t.figure ? `#${t.figure.kind}:${t.figure.unit ?? ''}` : t.stem;
			stems.set(stem, (stems.get(stem) ?? 0) + weight(t));
		}
		return stems;
	};
	const [claim, source] = [contentStems(a), contentStems(sentences)];
	let shared = 0;
	for (const [stem, w] of claim) if (source.has(stem)) shared += Math.min(w, source.get(stem)!);
	const total = (m: Map<string, number>) => [...m.values()].reduce((s, w) => s + w, 0);
	return { recall: shared / (total(claim) || 1), precision: Math.min(1, shared / (total(source) || 1)) };
}
