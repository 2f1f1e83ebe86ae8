/**
 * The labelled claims the cut-offs are chosen on: both development sets (the
 * bundled corpus, the State of the Union) and generated claims of every kind
 * on each corpus, with the verdicts SPEC.md allows for them.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildIndex, type Corpus, type SourceIndex, type Span, type Verdict } from '../../lib/engine/index.ts';
import { FITTING_VERDICTS, generateClaims, type ClaimKind } from '../bench/claims.ts';
import { indexCorpusWords } from '../bench/fabricate.ts';
import { loadSotuCorpus } from '../bench/sotu.ts';
import { BUNDLED_CORPUS_DIR, loadCorpus } from '../load-corpus.ts';
import { seededRng } from '../bench/prng.ts';
import { saladClaims } from './salad.ts';

/** One claim with what a right answer is: a verdict among `fits` and, when it has a source, a span overlapping one of `sources`. */
export type Labelled = { set: string; id: string; claim: string; kind: string; fits: readonly Verdict[]; sources: { doc: string; span: Span }[] };

export type LabelledSet = { name: string; index: SourceIndex; claims: Labelled[] };

/** Generated claims per kind and corpus: enough to see each kind fail, few enough to run in a minute. */
const PER_KIND = 24;
const FABRICATED = 30;
/** Word salads (salad.ts), a kind the benchmark does not generate: about one in 150 stood before repeats counted as added, so enough to meet some. */
const SALADS = 160;
const NOT_FOUND: readonly Verdict[] = ['not_found'];
/** Seeds apart from the benchmark's, so the cut-offs are not chosen on the claims it reports. */
const SEEDS = { bundled: 7_001, sotu: 7_002 };

const DEV_SETS = { bundled: 'seed-claims.jsonl', sotu: 'sotu-claims.jsonl' } as const;

export function labelledSets(): LabelledSet[] {
	const corpora: [keyof typeof DEV_SETS, Corpus][] = [
		['bundled', loadCorpus(BUNDLED_CORPUS_DIR)],
		['sotu', loadSotuCorpus()]
	];
	return corpora.flatMap(([name, corpus]) => {
		const index = buildIndex(corpus);
		return [
			{ name: `${name} development set`, index, claims: developmentSet(name, DEV_SETS[name], index) },
			{ name: `${name} generated`, index, claims: generated(name, corpus) }
		];
	});
}

type DevLine = { id: string; claim: string; verdict: Verdict; doc: string; source: string; note?: string };

/** A development set as score.mjs reads it: the source is every place its text stands in its document and the "also:" ones. */
function developmentSet(set: string, file: string, index: SourceIndex): Labelled[] {
	const path = fileURLToPath(new URL(`../../lib/engine/testdata/${file}`, import.meta.url));
	const lines: DevLine[] = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
	return lines.map((c) => ({ set, id: c.id, claim: c.claim, kind: c.verdict, fits: [c.verdict], sources: spansOf(c, index) }));
}

function spansOf(c: DevLine, index: SourceIndex): { doc: string; span: Span }[] {
	const also = /also:\s*([\w,\s-]+)/.exec(c.note ?? '')?.[1].split(',').map((s) => s.trim()).filter(Boolean) ?? [];
	const out: { doc: string; span: Span }[] = [];
	for (const doc of [c.doc, ...also].filter(Boolean)) {
		const text = index.document(doc)?.text;
		if (!text || !c.source) continue;
		for (let i = text.indexOf(c.source); i >= 0; i = text.indexOf(c.source, i + 1)) out.push({ doc, span: { start: i, end: i + c.source.length } });
	}
	return out;
}

function generated(set: string, corpus: Corpus): Labelled[] {
	const seed = SEEDS[set as keyof typeof SEEDS];
	const corpusWords = indexCorpusWords(corpus);
	const claims = generateClaims(corpus, corpusWords, { seed, perKind: PER_KIND, fabricated: FABRICATED });
	const salads = saladClaims(corpus, corpusWords.vocabulary, seededRng(seed), SALADS).map((claim, k) => ({ set, id: `salad-${k}`, claim, kind: 'salad', fits: NOT_FOUND, sources: [] }));
	return [...claims.map((c, k) => ({
		set,
		id: `${c.kind}-${k}`,
		claim: c.claim,
		kind: c.kind,
		fits: FITTING_VERDICTS[c.kind as ClaimKind],
		sources: c.source ? [c.source] : []
	})), ...salads];
}
