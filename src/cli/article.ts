/**
 * `npm run verify -- --article FILE`: every statement of an article, checked as the Article
 * page checks it. Readable: one answer per statement, headed by its number, kind and speaker;
 * with --json, SPEC's result per statement plus where the statement stands in the article.
 */
import { readFileSync } from 'node:fs';
import { checkStatement, readArticle, summarise, toArticleResult } from '../lib/engine/article/index.ts';
import type { CheckResult, Corpus, SourceIndex } from '../lib/engine/index.ts';
import { formatResult } from './format.ts';
import { CliError, EXIT_NOT_STANDING, fsReason, messages } from './messages.ts';
import { decodeTextFile } from './read-text.ts';
import type { Output } from './verify.ts';

export function readArticleFile(file: string): string {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = error instanceof Error && 'code' in error ? error.code : '';
		throw new CliError(code === 'ENOENT' ? messages.articleMissing(file) : messages.articleUnreadable(file, fsReason(error)));
	}
	return decodeTextFile(bytes, file, 'document');
}

export function checkArticleFile(text: string, command: { json: boolean; failIfNotStanding: boolean }, corpus: Corpus, index: SourceIndex, { io, progress, say }: Output): number {
	const reading = readArticle(text, index.registry);
	if (!reading.ok) throw new CliError(reading.message);
	reading.notices.forEach(say);
	const documents = new Map(corpus.documents.map((d) => [d.id, d]));
	const results: CheckResult[] = [];
	for (const statement of reading.statements) {
		progress.show(messages.checking(statement.n, reading.statements.length), statement.n === 1 || statement.n === reading.statements.length);
		const result = checkStatement(statement, index);
		results.push(result);
		progress.clear();
		io.out(command.json ? JSON.stringify(toArticleResult(statement, result, text)) : `Statement ${statement.n} of ${reading.statements.length} (${statement.kind}, ${statement.speaker ?? 'no speaker'}): ${text.slice(statement.span.start, statement.span.end)}\n${formatResult(result, documents, io.colour)}\n`);
	}
	if (!command.json && results.length) io.out(summaryLine(results));
	return command.failIfNotStanding && results.some((r) => !['exact', 'close', 'reworded'].includes(r.verdict)) ? EXIT_NOT_STANDING : 0;
}

function summaryLine(results: CheckResult[]): string {
	const { total, counts } = summarise(results.map((r) => r.verdict));
	const parts = Object.entries(counts).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v.replace('_', ' ')}`);
	return `${total} statements: ${parts.join(', ')}`;
}
