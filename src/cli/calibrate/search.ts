/**
 * Cut-offs chosen from data: every labelled claim is read once (claim, windows,
 * alignment, measures), then judged again under each candidate cut-off. The
 * rule: no false acquittal on the part of the data the value is chosen on, and
 * the most answers right among such values; the other part only reports.
 */
import { judgeReading, readClaim, type ClaimReading, type Cutoffs, type SourceIndex, type Span, type Verdict } from '../../lib/engine/index.ts';
import { wordKeys } from '../bench/text-units.ts';
import type { Labelled, LabelledSet } from './sets.ts';

const STANDS: readonly Verdict[] = ['exact', 'close', 'reworded'];

export type Read = { labelled: Labelled; reading: ClaimReading; index: SourceIndex; half: 'choose' | 'report' };

export function readAll(sets: LabelledSet[]): Read[] {
	return sets.flatMap((s) => s.claims.map((labelled) => ({ labelled, reading: readClaim(labelled.claim, s.index), index: s.index, half: halfOf(labelled) })));
}

/** Half of the data by a hash of the claim's id, so the split is the same on every run. */
function halfOf(c: Labelled): 'choose' | 'report' {
	let h = 0x811c9dc5;
	for (const ch of `${c.set}/${c.id}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
	return (h >>> 0) % 2 === 0 ? 'choose' : 'report';
}

export type Score = { n: number; right: number; falseAcquittals: number };

/** The verdict verify() would give under `cutoffs`, and whether it is right and whether it acquits wrongly. */
export function outcome(r: Read, cutoffs: Cutoffs): { verdict: Verdict; right: boolean; falseAcquittal: boolean } {
	const { labelled, reading, index } = r;
	const result = judgeReading(reading, index, cutoffs);
	const verdict = result.verdict;
	const found = result.source;
	// Another place where the very same words stand (a repeated paragraph, a speech quoting an earlier one) is a source too.
	const same = (s: { doc: string; span: Span }) => found !== null && sameWords(index.document(s.doc)?.text.slice(s.span.start, s.span.end) ?? '', found.text);
	const located = found !== null && labelled.sources.some((s) => (s.doc === found.doc && s.span.start < found.span.end && found.span.start < s.span.end) || same(s));
	const needsSource = verdict !== 'not_found';
	const right = labelled.fits.includes(verdict) && (!needsSource || located);
	const falseAcquittal = STANDS.includes(verdict) && !labelled.fits.some((v) => STANDS.includes(v));
	return { verdict, right, falseAcquittal };
}

function sameWords(a: string, b: string): boolean {
	const [x, y] = [wordKeys(a).join(' '), wordKeys(b).join(' ')];
	return x.length > 0 && (x.includes(y) || y.includes(x));
}

export function score(reads: Read[], cutoffs: Cutoffs): Score {
	let [right, falseAcquittals] = [0, 0];
	for (const r of reads) {
		const o = outcome(r, cutoffs);
		if (o.right) right++;
		if (o.falseAcquittal) falseAcquittals++;
	}
	return { n: reads.length, right, falseAcquittals };
}

/** Values tried for each cut-off, on its own scale. */
export const GRID: Record<keyof Cutoffs, readonly number[]> = {
	standAccounted: steps(0.3, 0.95, 0.05),
	alteredAccounted: steps(0.3, 0.95, 0.05),
	maxUnaccountedShare: steps(0.3, 1, 0.05),
	maxAddedShare: steps(0.2, 1, 0.05),
	maxAddedRun: [1, 2, 3, 4, 5, 6, 8, 99],
	maxAddedAtEdge: [1, 2, 3, 4, 5, 6, 8, 99],
	maxAddedInside: [2, 3, 4, 5, 6, 8, 99],
	maxForeignInside: [1, 2, 3, 99],
	wholeSentencePrecision: [0.9, 0.95, 1.01],
	standSimilarity: steps(0.3, 0.8, 0.05),
	alteredSimilarity: steps(0.3, 0.8, 0.05),
	paraphraseSimilarity: steps(0.2, 0.6, 0.05),
	paraphraseRecall: steps(0.2, 0.8, 0.05),
	paraphrasePrecision: steps(0.2, 0.8, 0.05),
	paraphraseMaxUnaccounted: steps(0.3, 1, 0.05),
	minSharedRun: [2, 3, 4, 5],
	wholeClaimCoverage: steps(0.8, 1, 0.05),
	nearestSimilarity: [0.3]
};

function steps(from: number, to: number, by: number): number[] {
	const out: number[] = [];
	for (let x = from; x <= to + 1e-9; x += by) out.push(Math.round(x * 100) / 100);
	return out;
}

/** One value of a cut-off: its score on each half of the claims, and on the claims it is chosen on. */
export type Row = { value: number; choose: Score; report: Score; on: Score };
export type Table = { cutoff: keyof Cutoffs; rows: Row[]; chosen: number };

/**
 * Best-move search from `start`, on the claims of `on` (one half, or both): each step tries every
 * value of every cut-off, the others held, and takes the one best move; it stops when no move is
 * better. Moving one cut-off at a time in a fixed order would let the first take all the blame.
 */
export function choose(reads: Read[], start: Cutoffs, on: 'choose' | 'report' | 'both' = 'both', maxSteps = 20): { cutoffs: Cutoffs; tables: Table[] } {
	const chooseOn = on === 'both' ? reads : reads.filter((r) => r.half === on);
	// First by a trade of a few right answers for each false acquittal removed, so the move that removes
	// them cheaply wins over one that removes them all at any cost; then strictly: none left, most right.
	const traded = search(chooseOn, start, maxSteps, (x, y) => worth(x) > worth(y));
	const cutoffs = search(chooseOn, traded, maxSteps, (x, y) => x.falseAcquittals < y.falseAcquittals || (x.falseAcquittals === y.falseAcquittals && x.right > y.right));
	return { cutoffs, tables: tablesAt(reads, chooseOn, cutoffs) };
}

/** Right answers one false acquittal is worth giving up, while searching. */
const ACQUITTAL_PRICE = 5;
const worth = (s: Score) => s.right - ACQUITTAL_PRICE * s.falseAcquittals;

function search(on: Read[], start: Cutoffs, maxSteps: number, better: (x: Score, y: Score) => boolean): Cutoffs {
	let current = { ...start };
	let now = score(on, current);
	for (let step = 0; step < maxSteps; step++) {
		let best: { cutoffs: Cutoffs; score: Score } | null = null;
		for (const cutoff of Object.keys(GRID) as (keyof Cutoffs)[]) {
			for (const value of GRID[cutoff]) {
				if (value === current[cutoff]) continue;
				const trial = { ...current, [cutoff]: value };
				const s = score(on, trial);
				if (better(s, best?.score ?? now)) best = { cutoffs: trial, score: s };
			}
		}
		if (!best) break;
		[current, now] = [best.cutoffs, best.score];
	}
	return current;
}

/** For each cut-off, every value's scores with the others at `cutoffs`: what the choice looked like. */
function tablesAt(reads: Read[], chooseOn: Read[], cutoffs: Cutoffs): Table[] {
	const halfA = reads.filter((r) => r.half === 'choose');
	const halfB = reads.filter((r) => r.half === 'report');
	return (Object.keys(GRID) as (keyof Cutoffs)[]).map((cutoff) => ({
		cutoff,
		chosen: cutoffs[cutoff],
		rows: GRID[cutoff].map((value) => {
			const trial = { ...cutoffs, [cutoff]: value };
			return { value, choose: score(halfA, trial), report: score(halfB, trial), on: score(chooseOn, trial) };
		})
	}));
}
