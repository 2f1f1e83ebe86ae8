/**
 * `npm run bench`: figures, not tests. Builds the index for the bundled
 * corpus, the State of the Union addresses (11 MB) and a 5× near-duplicate
 * copy (54 MB, "SOTU 5×"), checks seeded claims of every kind against each, compares
 * with fuse.js, and prints each figure beside its target (targets.ts).
 *   npm run bench             everything, a few minutes on 2 cores
 *   npm run bench -- --quick  the bundled and 11 MB corpora only, no fuse.js
 *   npm run bench -- --archive  also a 250 MB archive (23 near-duplicate copies of the
 *                               11 MB corpus): about 3 GB of memory and several minutes
 */
import { availableParallelism, loadavg } from 'node:os';
import { buildIndex, verify, type Corpus, type SourceIndex } from '../../lib/engine/index.ts';
import { BUNDLED_CORPUS_DIR, loadCorpus } from '../load-corpus.ts';
import { generateClaims, type ClaimPlan } from './claims.ts';
import { indexCorpusWords } from './fabricate.ts';
import { runFuseBaseline } from './fuse-baseline.ts';
import { collectGarbage, measureBuild, runClaims, type ClaimOutcome } from './measure.ts';
import { seededRng } from './prng.ts';
import { printAddOne, printBuild, printCorpus, printFuse, printHugeClaim, printOutcomes, printTargets, type LatencyTargets, type TargetLine } from './report.ts';
import { ms } from './stats.ts';
import { loadSotuCorpus, withNearDuplicates } from './sotu.ts';
import { TARGETS } from './targets.ts';
import { benchArticle } from './article.ts';

/** One seed for everything, so two runs measure the same claims. */
const SEED = 20_250_313;
/** About 300 claims per corpus: 33 of each of 8 kinds with a source, and 40 fabricated (as FINDINGS.md measured). */
const PLAN: Omit<ClaimPlan, 'seed'> = { perKind: 33, fabricated: 40 };
/** Claims run before timing starts, so the figures are of compiled code, not of V8 warming up. */
const WARM_UP_PLAN: Omit<ClaimPlan, 'seed'> = { perKind: 3, fabricated: 3 };
/** Near-duplicate copies added to the 11 MB corpus to make the 54 MB one (5× in all). */
const NEAR_DUPLICATE_COPIES = 4;
/** ...and the 250 MB archive (23× in all), generated the same way from the same seed. */
const ARCHIVE_COPIES = 22;
/** fuse.js takes seconds a claim at 11 MB; this caps its share of the run. */
const FUSE_BUDGET_MS = 60_000;
const HUGE_CLAIM_CHARS = 2 ** 20;
const HUGE_CLAIM_RUNS = 3;
/** Builds timed for adding one source; the fastest counts (the others met a busy machine). */
const ADD_ONE_RUNS = 3;

function benchCorpus(label: string, corpus: Corpus, seed: number, buildTargetMs: number | null, latency: LatencyTargets, lines: TargetLine[]) {
	printCorpus(label, corpus);
	const build = measureBuild(corpus);
	printBuild(build, buildTargetMs, lines, label);
	const started = performance.now();
	const words = indexCorpusWords(corpus);
	const claims = generateClaims(corpus, words, { seed, ...PLAN });
	const warmUp = generateClaims(corpus, words, { seed: seed + 1, ...WARM_UP_PLAN });
	console.log(`claims     ${claims.length} generated in ${ms(performance.now() - started)} ms (seed ${seed}), after ${warmUp.length} warm-up claims`);
	runClaims(build.index, corpus, warmUp);
	const outcomes = runClaims(build.index, corpus, claims);
	printOutcomes(outcomes, latency, lines, label);
	return { index: build.index, outcomes };
}

/** A pasted text of about 1 MB: a stretch of the corpus repeated, as a careless paste would be. */
function hugeClaim(corpus: Corpus, seed: number): string {
	const rng = seededRng(seed);
	const doc = rng.pick(corpus.documents);
	const from = rng.int(0, Math.max(0, doc.text.length - 5000));
	const piece = doc.text.slice(from, from + 5000);
	return piece.repeat(Math.ceil(HUGE_CLAIM_CHARS / piece.length)).slice(0, HUGE_CLAIM_CHARS);
}

function benchHugeClaim(index: SourceIndex, corpus: Corpus, lines: TargetLine[]): void {
	const claim = hugeClaim(corpus, SEED);
	const times: number[] = [];
	let verdict = '';
	for (let run = 0; run < HUGE_CLAIM_RUNS; run++) {
		const started = performance.now();
		verdict = verify(claim, index).verdict;
		times.push(performance.now() - started);
	}
	printHugeClaim(claim.length, times, verdict, lines);
}

function main(): void {
	const quick = process.argv.includes('--quick');
	const started = performance.now();
	// Wall-clock figures mean little on a busy machine; the load says how busy it was.
	const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
	console.log(`verbatim bench: Node ${process.version}, ${availableParallelism()} cores, load average ${load()}, seed ${SEED}${quick ? ', --quick' : ''}`);
	const lines: TargetLine[] = [];

	benchCorpus('bundled', loadCorpus(BUNDLED_CORPUS_DIR), SEED, null, {}, lines);

	const sotu = loadSotuCorpus();
	const eleven = benchCorpus('SOTU 11 MB', sotu, SEED + 11, TARGETS.buildMsAt11MB, { p50Ms: TARGETS.p50MsAt11MB, p95Ms: TARGETS.p95MsAt11MB }, lines);
	benchHugeClaim(eleven.index, sotu, lines);
	benchArticle(sotu, eleven.index as SourceIndex, SEED, lines);
	benchAddOne(eleven.index, sotu, lines);
	if (!quick) printFuse(runFuseBaseline(sotu, eleven.outcomes, FUSE_BUDGET_MS), lines);
	releaseIndex(eleven);

	if (!quick) {
		const fiveFold = withNearDuplicates(sotu, NEAR_DUPLICATE_COPIES, SEED);
		releaseIndex(benchCorpus('SOTU 5× 54 MB', fiveFold, SEED + 54, null, { p95Ms: TARGETS.p95MsAt54MB }, lines));
	}
	if (process.argv.includes('--archive')) {
		const archive = withNearDuplicates(sotu, ARCHIVE_COPIES, SEED);
		benchCorpus('SOTU 23× 250 MB', archive, SEED + 250, null, { p95Ms: TARGETS.p95MsAt250MB }, lines);
	}
	printTargets(lines);
	console.log(`\nbench finished in ${(Math.round(performance.now() - started) / 1000).toFixed(1)} s; load average now ${load()}`);
}

/**
 * Adding one source (a near-duplicate of one address, about 40 KB) to the indexed 11 MB corpus:
 * built fresh, and from the index already built, which reads only the new source.
 */
function benchAddOne(earlier: SourceIndex, corpus: Corpus, lines: TargetLine[]): void {
	const added = withNearDuplicates({ ...corpus, documents: [corpus.documents[200]] }, 1, SEED).documents[1];
	const larger: Corpus = { ...corpus, documents: [...corpus.documents, added] };
	const time = (build: () => unknown) => {
		const times: number[] = [];
		for (let run = 0; run < ADD_ONE_RUNS; run++) {
			const started = performance.now();
			build();
			times.push(performance.now() - started);
		}
		return Math.min(...times);
	};
	const alone = time(() => buildIndex({ ...corpus, documents: [added] }));
	const fresh = time(() => buildIndex(larger));
	const incremental = time(() => buildIndex(larger, earlier));
	printAddOne(added.text.length, { alone, fresh, incremental }, lines);
}

/** Drops the 11 MB index before the 54 MB one is built, so the two do not share the heap. */
function releaseIndex(run: { index: SourceIndex | null; outcomes: ClaimOutcome[] }): void {
	run.index = null;
	collectGarbage();
}

main();
