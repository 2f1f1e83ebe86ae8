import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Corpus, Span } from '../../lib/engine/index.ts';
import { CLAIM_KINDS, type ClaimKind } from './claims.ts';
import type { ClaimOutcome } from './measure.ts';
import { mean, overlaps, share } from './stats.ts';
import { sentences } from './text-units.ts';

/** fuse.js at its best for finding a passage (FINDINGS.md), one line of why for each option. */
const FUSE_OPTIONS: IFuseOptions<string> = {
	// A quote can start anywhere in its sentence; with location scoring on, mid-sentence quotes score badly.
	ignoreLocation: true,
	// 0 accepts only perfect matches, 1 anything; 0.2–0.4 was the best trade of found against false accepts.
	threshold: 0.3,
	includeScore: true
};

/** Claims fuse.js always gets, budget or not: one to find (exact) and one to reject (fabricated). */
const MIN_FUSE_CLAIMS = 2;

/** Sentence-sized records: a paragraph-sized one lets unrelated words of a long paragraph match the chunks. */
type SentenceRecord = { doc: string; span: Span; text: string };

export type FuseFigures = {
	claims: number;
	/** Mean milliseconds per claim, fuse.js and verbatim on the same claims. */
	fuseMeanMs: number;
	verbatimMeanMs: number;
	/** Located share among those claims that have a source, for each. */
	fuseLocated: number;
	verbatimLocated: number;
	fabricatedAccepted: number;
	kinds: ClaimKind[];
	/** Milliseconds to prepare fuse.js's records and index. */
	buildMs: number;
};

/**
 * Runs the verbatim run's claims through fuse.js over sentence records of the
 * corpus, a kind at a time in turn, until the time budget is spent (but at
 * least MIN_FUSE_CLAIMS): fuse.js
 * scans every record for every claim, seconds each at 11 MB.
 */
export function runFuseBaseline(corpus: Corpus, outcomes: readonly ClaimOutcome[], budgetMs: number): FuseFigures {
	const started = performance.now();
	const records: SentenceRecord[] = corpus.documents.flatMap((doc) =>
		sentences(doc.text).map((span) => ({ doc: doc.id, span, text: doc.text.slice(span.start, span.end) }))
	);
	const fuse = new Fuse(
		records.map((r) => r.text),
		FUSE_OPTIONS
	);
	const buildMs = performance.now() - started;

	const tried: { outcome: ClaimOutcome; ms: number; located: boolean; accepted: boolean }[] = [];
	const clock = performance.now();
	for (const outcome of roundRobinByKind(outcomes)) {
		const spent = performance.now() - clock;
		if (tried.length >= MIN_FUSE_CLAIMS && spent + mean(tried.map((t) => t.ms)) > budgetMs) break;
		const t0 = performance.now();
		const best = fuse.search(outcome.claim.claim, { limit: 1 })[0];
		const ms = performance.now() - t0;
		const record = best ? records[best.refIndex] : undefined;
		const truth = outcome.claim.source;
		const located = Boolean(record && truth && record.doc === truth.doc && overlaps(record.span, truth.span));
		tried.push({ outcome, ms, located, accepted: best !== undefined });
	}
	const withSource = tried.filter((t) => t.outcome.claim.source);
	const fabricated = tried.filter((t) => !t.outcome.claim.source);
	return {
		claims: tried.length,
		fuseMeanMs: mean(tried.map((t) => t.ms)),
		verbatimMeanMs: mean(tried.map((t) => t.outcome.ms)),
		fuseLocated: share(withSource, (t) => t.located),
		verbatimLocated: share(withSource, (t) => t.outcome.located === true),
		fabricatedAccepted: share(fabricated, (t) => t.accepted),
		kinds: tried.map((t) => t.outcome.claim.kind),
		buildMs
	};
}

/** The kinds fuse.js sees first: a short run should include a quote to find and one to reject. */
const FUSE_KIND_ORDER: readonly ClaimKind[] = ['exact', 'fabricated', 'typo', 'paraphrase', 'number', 'omission', 'word', 'ellipsis', 'typography'];

/** One claim of each kind, then the next of each kind, ..., so a short run still sees several kinds. */
export function roundRobinByKind(outcomes: readonly ClaimOutcome[]): ClaimOutcome[] {
	// Every kind gets a queue (the first ones first), or the loop below would wait for claims no queue holds.
	const kinds = [...FUSE_KIND_ORDER, ...CLAIM_KINDS.filter((k) => !FUSE_KIND_ORDER.includes(k))];
	const queues = kinds.map((kind) => outcomes.filter((o) => o.claim.kind === kind));
	const out: ClaimOutcome[] = [];
	for (let i = 0; out.length < outcomes.length; i++) for (const q of queues) if (i < q.length) out.push(q[i]);
	return out;
}
