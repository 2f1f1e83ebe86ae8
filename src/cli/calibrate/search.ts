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

/** Cut-offs that acquit less the lower they are (a most, not a least). */
const STRICTER_IS_LOWER = new Set<keyof Cutoffs>(['maxUnaccountedShare', 'maxAddedShare', 'paraphraseMaxUnaccounted']);

/** One value of a cut-off: its score on each half of the claims, and on the claims it is chosen on. */
export type Row = { value: number; choose: Score; report: Score; on: Score };
export type Table = { cutoff: keyof Cutoffs; rows: Row[]; chosen: number };

/**
 * Coordinate search from `start`: each cut-off in turn takes the value with no false
 * acquittal on the claims it is chosen on (`on`: one half, or both) and the most right
 * there, the others held; `rounds` passes over all of them. Ties go to the strictest value.
 */
export function choose(reads: Read[], start: Cutoffs, on: 'choose' | 'report' | 'both' = 'both', rounds = 3): { cutoffs: Cutoffs; tables: Table[] } {
	const chooseOn = on === 'both' ? reads : reads.filter((r) => r.half === on);
	const halfA = reads.filter((r) => r.half === 'choose');
	const halfB = reads.filter((r) => r.half === 'report');
	let current = { ...start };
	let tables: Table[] = [];
	for (let round = 0; round < rounds; round++) {
		tables = [];
		for (const cutoff of Object.keys(GRID) as (keyof Cutoffs)[]) {
			const rows = GRID[cutoff].map((value) => {
				const trial = { ...current, [cutoff]: value };
				return { value, choose: score(halfA, trial), report: score(halfB, trial), on: score(chooseOn, trial) };
			});
			const safe = rows.filter((r) => r.on.falseAcquittals === 0);
			const pool = safe.length ? safe : rows.filter((r) => r.on.falseAcquittals === Math.min(...rows.map((x) => x.on.falseAcquittals)));
			const best = Math.max(...pool.map((r) => r.on.right));
			const winners = pool.filter((r) => r.on.right === best);
			// Among values as good as each other, the strictest: when in doubt a claim does not stand
			// (and another cut-off may then relax in the next pass).
			const chosen = STRICTER_IS_LOWER.has(cutoff) ? winners[0] : winners.at(-1)!;
			current = { ...current, [cutoff]: chosen.value };
			tables.push({ cutoff, rows, chosen: chosen.value });
		}
	}
	return { cutoffs: current, tables };
}
