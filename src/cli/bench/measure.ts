import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildIndex, indexBytes, verify, type Corpus, type CorpusDocument, type SourceIndex, type SourceMatch, type Verdict } from '../../lib/engine/index.ts';
import type { BenchClaim } from './claims.ts';
import { correspondingSpan, originalId } from './sotu.ts';
import { overlaps } from './stats.ts';
import { wordKeys } from './text-units.ts';

/**
 * A full garbage collection, so a memory figure counts what the index keeps
 * and not what building it left behind. package.json runs the bench without
 * --expose-gc, so the flag is set at run time; without it, figures are rougher.
 */
export const collectGarbage: () => void = (() => {
	if (typeof globalThis.gc === 'function') return globalThis.gc;
	try {
		setFlagsFromString('--expose-gc');
		const gc: unknown = runInNewContext('gc');
		if (typeof gc === 'function') return () => void gc();
	} catch {
		// Some runtimes forbid changing V8 flags; measure without collecting.
	}
	return () => {};
})();

export type BuildFigures = {
	index: SourceIndex;
	ms: number;
	cpuMs: number;
	/** Growth of the JavaScript heap across the build, after collection. */
	heapBytes: number;
	/** Growth of ArrayBuffer memory (typed arrays live outside the heap). */
	bufferBytes: number;
	/** What the index's typed arrays hold, and the corpus as the UTF-16 strings JavaScript keeps. */
	indexBytes: number;
	textBytes: number;
};

export function measureBuild(corpus: Corpus): BuildFigures {
	collectGarbage();
	const before = process.memoryUsage();
	const cpuBefore = process.cpuUsage();
	const started = performance.now();
	const index = buildIndex(corpus);
	const ms = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	collectGarbage();
	const after = process.memoryUsage();
	return {
		index,
		ms,
		cpuMs: (cpu.user + cpu.system) / 1000,
		heapBytes: after.heapUsed - before.heapUsed,
		bufferBytes: after.arrayBuffers - before.arrayBuffers,
		indexBytes: indexBytes(index.words),
		textBytes: 2 * corpus.documents.reduce((sum, d) => sum + d.text.length, 0)
	};
}

/** What the engine answered to one generated claim, and how long it took. */
export type ClaimOutcome = {
	claim: BenchClaim;
	/** Wall-clock milliseconds (performance.now()). */
	ms: number;
	/** CPU milliseconds of this process meanwhile: the same check on a machine shared with other work counts less here. */
	cpuMs: number;
	verdict: Verdict;
	/** Whether the returned source overlaps the claim's true source; null for fabricated claims. */
	located: boolean | null;
	/** The returned source, kept to show misses. */
	found: { doc: string; start: number; end: number; text: string } | null;
	/** The engine's one-sentence reason, kept to show surprises. */
	reason: string;
};

export function runClaims(index: SourceIndex, corpus: Corpus, claims: readonly BenchClaim[]): ClaimOutcome[] {
	const documents = new Map(corpus.documents.map((d) => [d.id, d]));
	return claims.map((claim) => {
		const cpuBefore = process.cpuUsage();
		const started = performance.now();
		const result = verify(claim.claim, index);
		const ms = performance.now() - started;
		const cpu = process.cpuUsage(cpuBefore);
		const source = result.source;
		return {
			claim,
			ms,
			cpuMs: (cpu.user + cpu.system) / 1000,
			verdict: result.verdict,
			located: claim.source ? isLocated(source, claim, documents) : null,
			found: source && { doc: source.doc, start: source.span.start, end: source.span.end, text: source.text },
			reason: result.reason
		};
	});
}

/**
 * A claim is located when the returned span overlaps its true span, or
 * overlaps another place where exactly the same words stand (a repeated
 * paragraph, an address quoting an earlier one), or overlaps the same place in
 * a near-duplicate copy that holds at least as many of the claim's words as
 * the true source does (a tie between copies is not a miss; a worse copy is).
 */
export function isLocated(source: SourceMatch | null, claim: BenchClaim, documents: ReadonlyMap<string, CorpusDocument>): boolean {
	if (!source || !claim.source) return false;
	if (source.doc === claim.source.doc && overlaps(source.span, claim.source.span)) return true;
	const trueText = documents.get(claim.source.doc)?.text;
	const text = documents.get(source.doc)?.text;
	if (!trueText || !text) return false;
	const truth = trueText.slice(claim.source.span.start, claim.source.span.end);
	for (let i = text.indexOf(truth, Math.max(0, source.span.start - truth.length)); i >= 0 && i < source.span.end; i = text.indexOf(truth, i + 1)) {
		if (overlaps(source.span, { start: i, end: i + truth.length })) return true;
	}
	if (originalId(source.doc) !== originalId(claim.source.doc)) return false;
	const same = correspondingSpan(trueText, text, claim.source.span);
	return same !== null && overlaps(source.span, same) && claimWordsIn(claim.claim, text.slice(same.start, same.end)) >= claimWordsIn(claim.claim, truth);
}

/** How many of the claim's words (with repeats) the passage holds. */
function claimWordsIn(claim: string, passage: string): number {
	const available = new Map<string, number>();
	for (const key of wordKeys(passage)) available.set(key, (available.get(key) ?? 0) + 1);
	let found = 0;
	for (const key of wordKeys(claim)) {
		const left = available.get(key) ?? 0;
		if (left > 0) {
			found++;
			available.set(key, left - 1);
		}
	}
	return found;
}
