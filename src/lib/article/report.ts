/**
 * The report of an article check, in three forms: Markdown and HTML for people (each
 * statement with its verdict, speaker, source citation and link, and the difference in
 * words) and JSON for programs (SPEC's result per statement plus its span in the article).
 * Every user text in the HTML is escaped: the report is opened in a browser.
 */
import { summarise, toArticleResult, type StatementCheck } from '#lib/engine/article/index.ts';
import type { Corpus } from '#lib/engine/index.ts';
import { VERDICTS, VERDICT_ORDER } from '#lib/result/verdicts.ts';

export type ReportInput = { text: string; checks: StatementCheck[]; corpus: Corpus; title: string };

/** "14 statements: 9 ✓ exact · 2 ≈ close · 1 ✗ altered". */
export function summaryLine(checks: StatementCheck[]): string {
	const { total, counts } = summarise(checks.map((c) => c.result.verdict));
	const parts = VERDICT_ORDER.filter((v) => counts[v] > 0).map((v) => `${counts[v]} ${VERDICTS[v].icon} ${VERDICTS[v].word.toLowerCase()}`);
	return `${total} statement${total === 1 ? '' : 's'}${parts.length ? ': ' + parts.join(' · ') : ''}`;
}

type Row = { n: number; words: string; verdict: string; speaker: string; reason: string; citation: string; url: string | null; differences: string[] };

function rowsOf({ text, checks, corpus }: ReportInput): Row[] {
	const documents = new Map(corpus.documents.map((d) => [d.id, d]));
	return checks.map(({ statement, result }) => {
		const source = result.source ?? result.nearest;
		const doc = source ? documents.get(source.doc) : undefined;
		const cite = doc ? [doc.title, doc.publisher, doc.date].filter(Boolean).join(', ') : source?.doc ?? '';
		return {
			n: statement.n,
			words: text.slice(statement.span.start, statement.span.end),
			verdict: `${VERDICTS[result.verdict].icon} ${VERDICTS[result.verdict].word}`,
			speaker: statement.speaker ?? 'no speaker named',
			reason: result.reason,
			citation: result.source ? cite : cite && `nearest passage, not a match: ${cite}`,
			url: doc?.url ?? null,
			differences: result.differences.filter((d) => d.claim || d.source).map((d) => `${d.type}: “${d.claim}” in the article, “${d.source}” in the source`)
		};
	});
}

export function markdownReport(input: ReportInput): string {
	const lines = [`# Article check: ${input.title}`, '', summaryLine(input.checks), ''];
	for (const r of rowsOf(input)) {
		lines.push(`## ${r.n}. ${r.verdict}`, '', `> ${r.words.replace(/\n+/g, ' ')}`, '', `- Speaker in the article: ${r.speaker}`, `- ${r.reason}`);
		if (r.citation) lines.push(`- Source: ${r.url ? `[${r.citation}](${r.url})` : r.citation}`);
		for (const d of r.differences) lines.push(`- Difference, ${d}`);
		lines.push('');
	}
	return lines.join('\n');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
/** Only web links are linked; anything else (a javascript: URL in an own source) is shown as text. */
const webLink = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

export function htmlReport(input: ReportInput): string {
	const items = rowsOf(input).map((r) => {
		const url = webLink(r.url);
		const cite = r.citation ? `<li>Source: ${url ? `<a href="${escape(url)}">${escape(r.citation)}</a>` : escape(r.citation)}</li>` : '';
		const diffs = r.differences.map((d) => `<li>Difference, ${escape(d)}</li>`).join('');
		return `<section><h2>${r.n}. ${escape(r.verdict)}</h2><blockquote>${escape(r.words)}</blockquote><ul><li>Speaker in the article: ${escape(r.speaker)}</li><li>${escape(r.reason)}</li>${cite}${diffs}</ul></section>`;
	});
	const title = `Article check: ${escape(input.title)}`;
	return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${escape(summaryLine(input.checks))}</p>${items.join('\n')}</body></html>\n`;
}

/** One object per statement: SPEC's result, with the statement's number, kind, speaker and span in the article. */
export function jsonReport({ text, checks }: ReportInput): string {
	return JSON.stringify(checks.map(({ statement, result }) => toArticleResult(statement, result, text)), null, 2) + '\n';
}
