/**
 * Each statement checked as the claim it asks (claim-text.ts), against the same index and
 * judge as any paste: an article adds no verdict rule of its own.
 */
import type { SourceIndex } from '../corpus/index.ts';
import type { CheckResult, Verdict } from '../types.ts';
import { verify } from '../verify.ts';
import { readArticle } from './read-article.ts';
import type { ArticleSummary, Statement, StatementCheck } from './types.ts';

export function checkStatement(statement: Statement, index: SourceIndex): CheckResult {
	return verify(statement.claim, index);
}

/** The whole article at once, for the command line and the benchmark; the page checks statement by statement in the worker. */
export function checkArticle(article: string, index: SourceIndex): { ok: true; checks: StatementCheck[]; notices: string[] } | { ok: false; message: string } {
	const reading = readArticle(article, index.registry);
	if (!reading.ok) return reading;
	return { ok: true, checks: reading.statements.map((statement) => ({ statement, result: checkStatement(statement, index) })), notices: reading.notices };
}

const VERDICTS: Verdict[] = ['exact', 'close', 'reworded', 'altered', 'misattributed', 'not_found'];

export function summarise(verdicts: Verdict[]): ArticleSummary {
	const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
	for (const v of verdicts) counts[v]++;
	return { total: verdicts.length, counts };
}
