import type { Corpus, Verdict } from '../../lib/engine/index.ts';
import { CLAIM_KINDS, FITTING_VERDICTS } from './claims.ts';
import type { FuseFigures } from './fuse-baseline.ts';
import type { BuildFigures, ClaimOutcome } from './measure.ts';
import { mb, ms, pct, percentile, share, tally } from './stats.ts';
import { against, TARGETS } from './targets.ts';

/** Misses and false accepts shown per corpus, enough to see a pattern without flooding the screen. */
const EXAMPLES_SHOWN = 6;
const x = (n: number) => `${n.toFixed(0)}×`;

/** Verdicts that tell the user the quote stands; said of a claim that does not, SPEC.md's critical error. */
const STANDS: readonly Verdict[] = ['exact', 'close', 'reworded'];
const fits = (o: ClaimOutcome) => FITTING_VERDICTS[o.claim.kind].includes(o.verdict);
const critical = (o: ClaimOutcome) => STANDS.includes(o.verdict) && !FITTING_VERDICTS[o.claim.kind].some((v) => STANDS.includes(v));

/** One line of the closing table: a figure, and whether it meets its target. */
export type TargetLine = { what: string; figure: string; verdict: string };

export function printCorpus(label: string, corpus: Corpus): void {
	const bytes = corpus.documents.reduce((sum, d) => sum + Buffer.byteLength(d.text, 'utf8'), 0);
	const size = bytes < 1e6 ? `${(bytes / 1e3).toFixed(0)} KB` : `${(bytes / 1e6).toFixed(1)} MB`;
	console.log(`\n=== ${label}, ${corpus.name}: ${corpus.documents.length} documents, ${size} of UTF-8 text ===`);
}

export function printBuild(build: BuildFigures, buildTargetMs: number | null, lines: TargetLine[], label: string): void {
	const verdict = buildTargetMs === null ? '' : against(build.ms, buildTargetMs, 'at most', (t) => `${t} ms`);
	console.log(`build      ${ms(build.ms)} ms${verdict ? ` ${verdict}` : ''} (CPU ${ms(build.cpuMs)} ms); memory: heap ${signedMb(build.heapBytes)}, array buffers ${signedMb(build.bufferBytes)}`);
	if (buildTargetMs !== null) lines.push({ what: `${label} build`, figure: `${ms(build.ms)} ms`, verdict });
	const ratio = build.indexBytes / build.textBytes;
	const ratioVerdict = against(ratio, TARGETS.maxIndexToText, 'at most', (t) => `${t.toFixed(2)}×`);
	const rate = build.textBytes / 2 / 1e6 / (build.ms / 1000);
	console.log(`index      ${mb(build.indexBytes)} = ${ratio.toFixed(2)}× the UTF-16 text (${mb(build.textBytes)}) ${ratioVerdict}; ${rate.toFixed(1)} M characters a second`);
	lines.push({ what: `${label} index / UTF-16 text`, figure: `${ratio.toFixed(2)}×`, verdict: ratioVerdict });
}

export type LatencyTargets = { p50Ms?: number; p95Ms?: number };

/** Timing, located share, fabricated accepts, a table by kind, and examples of what went wrong. */
export function printOutcomes(outcomes: readonly ClaimOutcome[], latency: LatencyTargets, lines: TargetLine[], label: string): void {
	const times = outcomes.map((o) => o.ms);
	const p50 = percentile(times, 50);
	const p95 = percentile(times, 95);
	const p50Verdict = latency.p50Ms === undefined ? '' : ` ${against(p50, latency.p50Ms, 'at most', (t) => `${t} ms`)}`;
	const p95Verdict = latency.p95Ms === undefined ? '' : ` ${against(p95, latency.p95Ms, 'at most', (t) => `${t} ms`)}`;
	const cpu = outcomes.map((o) => o.cpuMs);
	console.log(`per claim  p50 ${ms(p50)} ms${p50Verdict}, p95 ${ms(p95)} ms${p95Verdict}, max ${ms(Math.max(...times))} ms (${outcomes.length} claims)`);
	console.log(`  CPU time p50 ${ms(percentile(cpu, 50))} ms, p95 ${ms(percentile(cpu, 95))} ms (wall time above is what the targets judge)`);
	if (latency.p50Ms !== undefined) lines.push({ what: `${label} p50`, figure: `${ms(p50)} ms`, verdict: p50Verdict.trim() });
	if (latency.p95Ms !== undefined) lines.push({ what: `${label} p95`, figure: `${ms(p95)} ms`, verdict: p95Verdict.trim() });

	const sourced = outcomes.filter((o) => o.claim.source);
	const fabricated = outcomes.filter((o) => !o.claim.source);
	const located = share(sourced, (o) => o.located === true);
	const accepted = share(fabricated, (o) => o.verdict !== 'not_found');
	const locatedVerdict = against(located, TARGETS.minLocated, 'at least', pct);
	const acceptedVerdict = against(accepted, TARGETS.maxFabricatedAccepted, 'at most', pct);
	console.log(`located    ${pct(located)} of ${sourced.length} claims with a source ${locatedVerdict}`);
	console.log(`fabricated ${pct(accepted)} of ${fabricated.length} fabricated claims and collages accepted (any verdict but not_found) ${acceptedVerdict}`);
	lines.push({ what: `${label} located`, figure: pct(located), verdict: locatedVerdict });
	lines.push({ what: `${label} fabricated accepted`, figure: pct(accepted), verdict: acceptedVerdict });

	console.log(`verdicts   ${pct(share(outcomes, fits))} fit their edit; ${outcomes.filter(critical).length} critical (exact, close or reworded said of a claim that does not stand)`);
	console.log('by kind        n  located  fits  p50 ms  p95 ms  verdicts');
	for (const kind of CLAIM_KINDS) {
		const ofKind = outcomes.filter((o) => o.claim.kind === kind);
		if (ofKind.length === 0) continue;
		const kindTimes = ofKind.map((o) => o.ms);
		// Fabricated claims, collages and added clauses have no source to locate.
		const kindLocated = ofKind.every((o) => o.located === null) ? '-' : pct(share(ofKind, (o) => o.located === true));
		const verdicts = tally(ofKind.map((o) => o.verdict)).map(([v, n]) => `${v} ${n}`).join(', ');
		console.log(
			`  ${kind.padEnd(11)} ${String(ofKind.length).padStart(3)}  ${kindLocated.padStart(7)}  ${pct(share(ofKind, fits)).padStart(6)}  ${ms(percentile(kindTimes, 50)).padStart(6)}  ${ms(percentile(kindTimes, 95)).padStart(6)}  ${verdicts}`
		);
	}
	printExamples('not located', sourced.filter((o) => o.located !== true));
	printExamples('fabricated but accepted', fabricated.filter((o) => o.verdict !== 'not_found'));
	const surprises = sourced.filter((o) => !fits(o));
	printExamples('verdicts that do not fit the edit, critical first', [...surprises.filter(critical), ...surprises.filter((o) => !critical(o))]);
	printExamples('slowest', [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3));
}

function printExamples(title: string, outcomes: readonly ClaimOutcome[]): void {
	if (outcomes.length === 0) return;
	console.log(`${title} (${outcomes.length}${outcomes.length > EXAMPLES_SHOWN ? `, first ${EXAMPLES_SHOWN}` : ''}):`);
	for (const o of outcomes.slice(0, EXAMPLES_SHOWN)) {
		console.log(`  - [${o.claim.kind}, ${o.verdict}, ${ms(o.ms)} ms] ${clip(o.claim.claim)}`);
		if (o.found) console.log(`      got ${o.found.doc} ${o.found.start}-${o.found.end}: ${clip(o.found.text)}`);
		console.log(`      reason: ${clip(o.reason)}`);
		if (o.claim.source) console.log(`      true ${o.claim.source.doc} ${o.claim.source.span.start}-${o.claim.source.span.end}`);
	}
}

export function printFuse(f: FuseFigures, lines: TargetLine[]): void {
	const ratio = f.fuseMeanMs / f.verbatimMeanMs;
	const verdict = against(ratio, TARGETS.speedupOverFuse, 'at least', x);
	console.log(`fuse.js 7.5 (ignoreLocation, threshold 0.3, sentence records; ${ms(f.buildMs)} ms to prepare) on ${f.claims} claims (${[...new Set(f.kinds)].join(', ')}):`);
	console.log(`  per claim: fuse.js ${ms(f.fuseMeanMs)} ms, verbatim ${ms(f.verbatimMeanMs)} ms: verbatim is ${x(ratio)} faster ${verdict}`);
	console.log(`  located: fuse.js ${pct(f.fuseLocated)}, verbatim ${pct(f.verbatimLocated)}; fabricated accepted by fuse.js: ${pct(f.fabricatedAccepted)}`);
	lines.push({ what: 'speed-up over fuse.js (11 MB)', figure: x(ratio), verdict });
}

export function printHugeClaim(chars: number, times: readonly number[], verdict: string, lines: TargetLine[]): void {
	const worst = Math.max(...times);
	const mark = against(worst, TARGETS.hugeClaimMs, 'at most', (t) => `${t} ms`);
	console.log(`pasted claim of ${(chars / 2 ** 20).toFixed(1)} M characters: ${times.map(ms).join(', ')} ms (${verdict}) ${mark}`);
	lines.push({ what: '1 MB pasted claim (worst of runs)', figure: `${ms(worst)} ms`, verdict: mark });
}

/** Adding one source to an indexed collection: its own build, a fresh build of all, and the build from the index in use. */
export function printAddOne(chars: number, t: { alone: number; fresh: number; incremental: number }, lines: TargetLine[]): void {
	console.log(
		`add one    source of ${(chars / 1e3).toFixed(0)} K characters to the 11 MB index: ${ms(t.incremental)} ms from the index in use, ` +
			`against ${ms(t.fresh)} ms fresh; the source alone builds in ${ms(t.alone)} ms (fastest of runs)`
	);
	const target = TARGETS.addOneTimesAlone * t.alone + TARGETS.addOneSlackMs;
	const verdict = against(t.incremental, target, 'at most', (x) => `${TARGETS.addOneTimesAlone}× alone + ${TARGETS.addOneSlackMs} = ${ms(x)} ms`);
	console.log(`add one    ${verdict}`);
	lines.push({ what: 'add one source to 11 MB', figure: `${ms(t.incremental)} ms`, verdict: `${verdict} (fresh ${ms(t.fresh)} ms; the source alone ${ms(t.alone)} ms)` });
}

export function printTargets(lines: readonly TargetLine[]): void {
	console.log('\n=== figures against targets (issues 3 and 13) ===');
	const width = Math.max(...lines.map((l) => l.what.length));
	for (const l of lines) console.log(`${l.what.padEnd(width)}  ${l.figure.padStart(8)}  ${l.verdict}`);
}

const signedMb = (bytes: number) => (bytes < 0 ? '' : '+') + mb(bytes);

function clip(text: string, max = 110): string {
	const line = text.replace(/\s+/g, ' ');
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
