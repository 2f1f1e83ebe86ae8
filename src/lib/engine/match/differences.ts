/**
 * Reads an alignment into typed differences, each with its weight
 * (trivial / wording / meaning). How much of the claim the passage accounts
 * for is measures.ts's business; what the differences make of it, the judge's.
 */
import type { AlignOp } from './align.ts';
import { isSwap, judgeSwaps, verbatimRuns, type Swap } from './swaps.ts';
import { compareFigures, findFigures, measuresAlike, type Figure } from '../figures/index.ts';
import { contextOf } from '../text/index.ts';
import { areOpposite, isNegator, STOP_WORDS } from '../text/index.ts';
import { normalisePunctuation } from '../text/index.ts';
import type { Token } from '../text/index.ts';
import type { Difference, DifferenceType, Severity, Span } from '../types.ts';

export type Texts = {
	claim: string;
	source: string;
	/** The claim quotes these words (quotation marks promise the very words); false for reported speech. */
	verbatim?: boolean;
};

export type Reading = {
	differences: Difference[];
	/** Source span from the first to the last aligned word; null when nothing aligned. */
	sourceSpan: Span | null;
	/** Indices into the source tokens of the first and last aligned word (-1 when none). */
	firstJ: number;
	lastJ: number;
};

export function readAlignment(ops: AlignOp[], a: Token[], b: Token[], texts: Texts): Reading {
	const differences: Difference[] = [];
	const add = (type: DifferenceType, severity: Severity, cs: Token[], ss: Token[]) => {
		const difference: Difference = { type, severity, claim: joinRaw(cs, texts.claim), source: joinRaw(ss, texts.source), claimSpan: spanOf(cs), sourceSpan: spanOf(ss) };
		differences.push(difference);
		return difference;
	};
	/** Words put for others inside a verbatim stretch, each read as a wording until judgeSwaps decides. */
	const swaps: Swap[] = [];
	const pairs = ops.filter((o): o is Extract<AlignOp, { op: 'pair' }> => o.op === 'pair' && o.kind !== 'mismatch');
	const firstJ = pairs[0]?.j ?? -1;
	const lastJ = pairs.at(-1)?.j ?? -1;
	let pendingClaim: Token[] = [];
	let pendingSource: Token[] = [];
	let prev: Extract<AlignOp, { op: 'pair' }> | null = null;
	let nearby: Figure[] | null = null;
	// A source figure the claim already pairs with one of its own supports no other claim figure.
	const pairedFigures = pairs.filter((o) => b[o.j].figure).map((o) => b[o.j].span);
	const figuresNearby = () => (nearby ??= pairs.length ? figuresAround(texts.source, { start: b[firstJ].span.start, end: b[lastJ].span.end }, pairedFigures) : []);
	const runs = verbatimRuns(ops);
	const flush = (atEdge: boolean, next = -1) => {
		const afterFigure = prev !== null && a[prev.i].kind === 'figure';
		const [before, after] = [prev ? (runs.ending.get(prev) ?? 0) : 0, next >= 0 ? (runs.starting.get(ops[next]) ?? 0) : 0];
		const flanked = before && after ? 'inside' : before || after ? 'edge' : null;
		classifyRegion(pendingClaim, pendingSource, figuresNearby, { atEdge, afterFigure, flanked, swaps }, add);
		pendingClaim = [];
		pendingSource = [];
	};
	for (const [k, op] of ops.entries()) {
		if (op.op === 'claim') pendingClaim.push(a[op.i]);
		else if (op.op === 'source') {
			if (op.j <= lastJ) pendingSource.push(b[op.j]);
		} else if (op.op === 'skip') {
			flush(false);
			const skipped = b.slice(op.from, op.to).filter((t, k) => op.from + k > firstJ && op.from + k < lastJ);
			if (skipped.length) add('ellipsis', 'trivial', [a[op.i]], skipped);
			// An ellipsis where nothing is left out stands for the source's own punctuation ("world… The" for "world. The").
			else if (op.to > 0 && op.to < b.length && !/[…]|\.\s*\.\s*\./.test(texts.source.slice(b[op.to - 1].span.end, b[op.to].span.start))) add('punctuation', 'trivial', [a[op.i]], []);
			prev = null;
		} else if (op.kind === 'mismatch') {
			pendingClaim.push(a[op.i]);
			pendingSource.push(b[op.j]);
		} else {
			flush(prev === null && differences.length === 0 && !pendingSource.length, k);
			if (prev && prev.j === op.j - 1 && prev.i === op.i - 1 && !a[op.i].seam) comparePunctuation(a[prev.i], a[op.i], b[prev.j], b[op.j], texts, add);
			classifyPair(op.kind, a[op.i], b[op.j], figuresNearby, add);
			prev = op;
		}
	}
	flush(true);
	judgeSwaps(swaps, differences, texts.verbatim ?? false, runs.ending.size);
	if (pairs.length) addNegation(a, b, firstJ, lastJ, texts.source, add);
	return { differences, sourceSpan: pairs.length ? { start: b[firstJ].span.start, end: b[lastJ].span.end } : null, firstJ, lastJ };
}

/** Source words this far before the match may hold its negator ("no longer necessary" for "still necessary"). */
const NEGATOR_REACH = 2;

/** The negator that stands right before the matched source words, if any: "We will not | raise the tax". */
function negatorBefore(b: Token[], firstJ: number, text: string): Token | null {
	for (let j = firstJ - 1; j >= Math.max(0, firstJ - NEGATOR_REACH); j--) {
		// Never across the end of a sentence or a clause: "It was not. In the day ..." negates nothing after it.
		if (/[.!?;:]/.test(text.slice(b[j].span.end, b[j + 1].span.start))) return null;
		if (isNegator(b[j].norm)) return b[j];
		if (!STOP_WORDS.has(b[j].norm) && b[j].norm !== 'longer') return null;
	}
	return null;
}

/**
 * The negator that ends the clause right after the matched words, if any: "nations which today
 * know it | not." A negator that goes on to a phrase of its own ("raise taxes | not on families but
 * ...") negates that phrase, not the matched words.
 */
function negatorAfter(b: Token[], lastJ: number, text: string): Token | null {
	const next = b[lastJ + 1];
	if (!next || !isNegator(next.norm) || /[.!?;:,]/.test(text.slice(b[lastJ].span.end, next.span.start))) return null;
	return /^\s*["”’)]?\s*(?:[.!?;:,]|$)/.test(text.slice(next.span.end, next.span.end + 4)) ? next : null;
}

/** Verbatim words on both sides of a replaced stretch, on one side only (at an edge of the match), or on neither. */
type Flanked = 'inside' | 'edge' | null;

type Add = (type: DifferenceType, severity: Severity, cs: Token[], ss: Token[]) => Difference;

function classifyPair(kind: string, x: Token, y: Token, nearby: () => Figure[], add: Add): void {
	if (kind === 'spelling' || kind === 'name') add('spelling', 'trivial', [x], [y]);
	// A misspelt word is not a usual spelling of it: the quote is not verbatim, though nothing changed.
	else if (kind === 'typo') add('spelling', 'wording', [x], [y]);
	else if (kind === 'inflection') add('word', 'wording', [x], [y]);
	else if (kind === 'synonym') add('word', 'wording', [x], [y]);
	else if (kind === 'antonym' || kind === 'modal') add('word', 'meaning', [x], [y]);
	else if (kind === 'unit') add('number', 'meaning', [x], [y]);
	else if (kind === 'figure') addFigure(x.figure!, y.figure!, [x], [y], nearby, add);
}

/** A figure the claim changes, unless the sentences around state the claim's figure too ("over $51 billion ... just over $50 billion"). */
function addFigure(claim: Figure, source: Figure, cs: Token[], ss: Token[], nearby: () => Figure[], add: Add): void {
	const comparison = compareFigures(claim, source);
	if (comparison === 'different') add('number', isSupported(claim, nearby()) ? 'wording' : 'meaning', cs, ss);
	else if (comparison === 'incomparable') add('number', 'wording', cs, ss);
	else if (comparison !== 'same') add('number', 'trivial', cs, ss);
}

/**
 * Where a replaced stretch stands: at the edge of the match, right after a figure, beside verbatim
 * words on both sides or on one (`flanked`); `swaps` gathers the words put for others there.
 */
type RegionPlace = { atEdge: boolean; afterFigure: boolean; flanked: Flanked; swaps: Swap[] };

/** A run of claim words and source words between two aligned words. */
function classifyRegion(cs: Token[], ss: Token[], nearby: () => Figure[], { atEdge, afterFigure, flanked, swaps }: RegionPlace, add: Add): Difference | void {
	if (!cs.length && !ss.length) return;
	// A unit put for another right after a figure: "100kg" for "100km" (not "parts" for "components").
	if (afterFigure && cs.length === 1 && ss.length === 1 && isUnitLike(cs[0]) && isUnitLike(ss[0])) return add('number', 'meaning', cs, ss);
	const claimFigure = cs.find((t) => t.figure);
	const sourceFigure = claimFigure && ss.find((t) => t.figure && measuresAlike(claimFigure.figure!, t.figure));
	if (claimFigure && sourceFigure) return addFigure(claimFigure.figure!, sourceFigure.figure!, cs, ss, nearby, add);
	// A figure the passage does not state, put in or added, is a new fact: "June 30, 3879" for "June 30, 1879".
	if (claimFigure && !isSupported(claimFigure.figure!, nearby())) return add('number', 'meaning', cs, ss);
	// A model or number written into a word changed: "MiG-85" for "MiG-25".
	if (cs.length === 1 && ss.length === 1 && /\d/.test(cs[0].norm) && /\d/.test(ss[0].norm)) return add('number', 'meaning', cs, ss);
	if (isEntitySwap(cs, ss)) return add('entity', 'meaning', cs, ss);
	// Only in a short stretch does one word against another reverse the statement; in a long reworded one it is chance.
	const short = cs.length <= MAX_OPPOSED_REGION && ss.length <= MAX_OPPOSED_REGION;
	if (short && cs.some((c) => ss.some((t) => areOpposite(c.norm, t.norm) || areOpposite(c.stem, t.stem)))) return add('word', 'meaning', cs, ss);
	if (!ss.length) {
		if (cs.every((t) => t.bracketed || t.kind === 'ellipsis')) return add('insertion', 'trivial', cs, ss);
		// One function word at the very edge only cuts the sentence differently ("And it ..."); more is an addition.
		if (atEdge && cs.length === 1 && STOP_WORDS.has(cs[0].norm)) return add('word', 'trivial', cs, ss);
		return add('insertion', 'wording', cs, ss);
	}
	if (!cs.length) {
		if (ss.every((t) => t.kind === 'ellipsis')) return add('punctuation', 'trivial', cs, ss);
		return add('omission', 'wording', cs, ss);
	}
	const replaced = add('word', 'wording', cs, ss);
	if (flanked && isSwap(cs, ss)) swaps.push({ replaced, inside: flanked === 'inside', claimWords: cs.length, sourceWords: ss.length });
}

/** Most words on either side of a replaced stretch in which an opposite word counts as a reversal. */
const MAX_OPPOSED_REGION = 3;

/** Longest abbreviation read as a unit after a figure (km, kg, mph, sq). */
const MAX_UNIT_LETTERS = 3;

function isUnitLike(t: Token): boolean {
	return t.kind === 'word' && t.norm.length <= MAX_UNIT_LETTERS && !STOP_WORDS.has(t.norm);
}

/** A claim figure that the sentences around the match state (a paraphrase moved it, or cut the sentence short) is not a change. */
function isSupported(figure: Figure, nearby: Figure[]): boolean {
	// The same kind of figure in the same unit: "50 percent" is not stated by an age of 50.
	return nearby.some((f) => f.kind === figure.kind && f.unit === figure.unit && ['same', 'notation', 'qualifier dropped'].includes(compareFigures(figure, f)));
}

/** Figures of the sentences around the match, but for those the claim pairs with its own. */
function figuresAround(text: string, span: Span, paired: Span[]): Figure[] {
	const context = contextOf(text, span);
	return findFigures(text.slice(context.start, context.end)).filter(
		(f) => !paired.some((p) => p.start < context.start + f.span.end && context.start + f.span.start < p.end)
	);
}

/** A name in the claim where the source has another name: "Grodno" for "Brest"; not "Russia's" for "Russian". */
function isEntitySwap(cs: Token[], ss: Token[]): boolean {
	const isName = (t: Token) => t.kind === 'word' && t.capital && !t.sentenceStart && !STOP_WORDS.has(t.norm);
	const claimNames = cs.filter(isName);
	const sourceNames = ss.filter(isName);
	return claimNames.some((c) => !sourceNames.some((s) => sameNameFamily(c.norm, s.norm))) && sourceNames.some((s) => !claimNames.some((c) => sameNameFamily(c.norm, s.norm)));
}

/** Letters a country and its adjective share at least (Russia/Russian, Belarus/Belarusian). */
const NAME_FAMILY_PREFIX = 5;

function sameNameFamily(x: string, y: string): boolean {
	const [a, b] = [x.replace(/'s$/, ''), y.replace(/'s$/, '')];
	return a.startsWith(b) || b.startsWith(a) || (a.length >= NAME_FAMILY_PREFIX && a.slice(0, NAME_FAMILY_PREFIX) === b.slice(0, NAME_FAMILY_PREFIX));
}

function comparePunctuation(x0: Token, x1: Token, y0: Token, y1: Token, texts: Texts, add: Add): void {
	const strip = (s: string) => normalisePunctuation(s).replace(/["']/g, '');
	const claimGap = strip(texts.claim.slice(x0.span.end, x1.span.start));
	const sourceGap = strip(texts.source.slice(y0.span.end, y1.span.start));
	if (claimGap !== sourceGap) add('punctuation', 'trivial', [x0, x1], [y0, y1]);
}

/**
 * A negation added or dropped ("is not weakening" -> "is weakening"). A negator right before
 * the match is part of its statement: the claim that lacks it drops it ("raise the tax" against
 * "will not | raise the tax"), unless the claim holds one negator more than the matched words.
 * "not only ... but" is no negation; "haven't just" is.
 */
function addNegation(a: Token[], b: Token[], firstJ: number, lastJ: number, text: string, add: Add): void {
	const negators = (ts: Token[]) => ts.filter((t, k) => isNegator(t.norm) && !(t.norm === 'not' && /^(?:only|just|merely)$/.test(ts[k + 1]?.norm ?? '')) && !inIdiom(ts, k));
	const [cn, sn] = [negators(a), negators(b.slice(firstJ, lastJ + 1))];
	const before = negatorBefore(b, firstJ, text);
	const after = negatorAfter(b, lastJ, text);
	// One negator more in the claim is the one ending the passage's clause, moved: "which today do not know it" for "know it | not".
	if (after && !before) {
		if (cn.length !== sn.length + 1) add('negation', 'meaning', cn, [...sn, after]);
		return;
	}
	if (!before) {
		if (cn.length !== sn.length) add('negation', 'meaning', cn, sn);
		return;
	}
	// One negator more in the claim is the one before the passage's, wherever the claim puts it: "the
	// country was not disposed" for "Nor is | the country disposed". A negator that is the subject or
	// its quantifier ("none of | the powers would approve") is a word the claim left out: its own
	// "not" says something else ("of the powers would not approve": some would not).
	if (QUANTIFIER_NEGATORS.has(before.norm) || cn.length !== sn.length + 1) add('negation', 'meaning', cn, [before, ...sn]);
}

/** Negators that stand for who or what (none, nobody, "no" before a noun): no clause's "not" restates them. */
const QUANTIFIER_NEGATORS: ReadonlySet<string> = new Set(['none', 'nobody', 'nothing', 'neither', 'nowhere', 'no']);

/** Phrases whose negator negates nothing the sentence says: "make no mistake about it: challenges remain". */
const IDIOMS = [['make', 'no', 'mistake'], ['no', 'matter'], ['no', 'wonder'], ['none', 'the', 'less'], ['never', 'mind']];

/** Whether token k is the negator of one of the IDIOMS. */
function inIdiom(ts: Token[], k: number): boolean {
	return IDIOMS.some((idiom) => {
		const at = idiom.findIndex((w) => isNegator(w));
		return idiom.every((w, n) => ts[k - at + n]?.norm === w);
	});
}

function joinRaw(tokens: Token[], text: string): string {
	const span = spanOf(tokens);
	return span ? text.slice(span.start, span.end) : '';
}

function spanOf(tokens: Token[]): Span | null {
	if (!tokens.length) return null;
	return { start: Math.min(...tokens.map((t) => t.span.start)), end: Math.max(...tokens.map((t) => t.span.end)) };
}
