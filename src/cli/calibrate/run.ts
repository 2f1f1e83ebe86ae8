/**
 * `npm run calibrate`: chooses the judge's cut-offs from data. First as a
 * check, twice on one half of the claims each, scored on the other half (what
 * to expect of claims nobody chose on); then on all of them, printing for each
 * cut-off and value the share right and the false acquittals (a claim that does
 * not stand said to stand) on each half. DESIGN.md keeps the output;
 * verdict/cutoffs.ts the chosen values.
 */
import { CUTOFFS, type Cutoffs } from '../../lib/engine/index.ts';
import { choose, outcome, readAll, score, type Read, type Row, type Table } from './search.ts';
import { labelledSets } from './sets.ts';

const started = performance.now();
const sets = labelledSets();
const reads = readAll(sets);
console.log(`${reads.length} claims read in ${((performance.now() - started) / 1000).toFixed(1)} s: ${sets.map((s) => `${s.name} ${s.claims.length}`).join(', ')}`);

console.log('\n## Chosen on one half, scored on the other\n');
for (const [on, other] of [['choose', 'report'], ['report', 'choose']] as const) {
	const held = score(reads.filter((r) => r.half === other), choose(reads, CUTOFFS, on).cutoffs);
	console.log(`chosen on half ${on === 'choose' ? 'A' : 'B'}, scored on half ${other === 'choose' ? 'A' : 'B'}: ${((100 * held.right) / held.n).toFixed(1)}% right, ${held.falseAcquittals} false acquittals of ${held.n}`);
}

const { cutoffs, tables } = choose(reads, CUTOFFS, 'both');
console.log('\n## Chosen on all claims: each cut-off with the others at their chosen values (half A | half B)\n');
for (const table of tables) printTable(table);
console.log('\n## Chosen\n');
console.log('```ts\n' + JSON.stringify(cutoffs, null, '\t').replace(/"(\w+)":/g, '$1:') + '\n```');
printSummary('in use (verdict/cutoffs.ts)', reads, CUTOFFS);
printSummary('chosen', reads, cutoffs);
printMisses(reads, cutoffs);

function printTable({ cutoff, rows, chosen }: Table): void {
	const fmt = (s: { n: number; right: number; falseAcquittals: number }) => `${((100 * s.right) / s.n).toFixed(1)}% right, ${s.falseAcquittals} FA`;
	// Only the rows where a figure changes (and the ends and the chosen one): the table stays readable.
	const same = (x: Row, y: Row) => x.choose.right === y.choose.right && x.choose.falseAcquittals === y.choose.falseAcquittals && x.report.right === y.report.right && x.report.falseAcquittals === y.report.falseAcquittals;
	const keep = rows.filter((r, k) => r.value === chosen || k === 0 || k === rows.length - 1 || !same(rows[k - 1], r));
	console.log(`${cutoff}:`);
	for (const r of keep) console.log(`  ${r.value === chosen ? '→' : ' '} ${String(r.value).padEnd(5)} ${fmt(r.choose).padEnd(22)} | ${fmt(r.report)}`);
}

function printSummary(label: string, all: Read[], c: Cutoffs): void {
	console.log(`\n${label}:`);
	for (const set of [...new Set(all.map((r) => r.labelled.set + (r.labelled.id.match(/^[a-zA-Z]+-\d+$/) ? ' generated' : ' development')))]) {
		const part = all.filter((r) => r.labelled.set + (r.labelled.id.match(/^[a-zA-Z]+-\d+$/) ? ' generated' : ' development') === set);
		for (const half of ['choose', 'report'] as const) {
			const s = score(part.filter((r) => r.half === half), c);
			console.log(`  ${set.padEnd(22)} half ${half === 'choose' ? 'A' : 'B'} ${String(s.n).padStart(4)} claims  ${((100 * s.right) / s.n).toFixed(1)}% right  ${s.falseAcquittals} false acquittals`);
		}
	}
}

function printMisses(all: Read[], c: Cutoffs): void {
	const misses = all.map((r) => ({ r, o: outcome(r, c) })).filter(({ o }) => !o.right);
	console.log(`\nwrong under the chosen cut-offs (${misses.length}), false acquittals first:`);
	for (const { r, o } of misses.sort((x, y) => Number(y.o.falseAcquittal) - Number(x.o.falseAcquittal)).slice(0, 40)) {
		console.log(`  ${o.falseAcquittal ? 'FA ' : ''}${r.labelled.set}/${r.labelled.id} [${r.labelled.kind}] expected ${r.labelled.fits.join('|')}, got ${o.verdict}: ${r.labelled.claim.slice(0, 110)}`);
	}
}
