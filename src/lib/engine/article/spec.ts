import { toSpecResult } from '../report.ts';
import type { CheckResult, SpecResult } from '../types.ts';
import type { Statement, StatementKind } from './types.ts';

/** SPEC's result of one statement, plus the statement: its number, kind, speaker as the article gives it, and its span in the article. */
export type ArticleResult = SpecResult & { statement: { n: number; kind: StatementKind; speaker: string | null; start: number; end: number; text: string } };

export function toArticleResult(statement: Statement, result: CheckResult, article: string): ArticleResult {
	const { n, kind, speaker, span } = statement;
	return { ...toSpecResult(result, `s${n}`), statement: { n, kind, speaker, start: span.start, end: span.end, text: article.slice(span.start, span.end) } };
}
