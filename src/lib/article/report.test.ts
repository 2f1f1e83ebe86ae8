import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticle } from '#lib/engine/article/index.ts';
import { buildIndex, corpusFromManifest } from '#lib/engine/index.ts';
import { htmlReport, jsonReport, markdownReport, summaryLine } from './report.ts';

const seed = 'src/lib/corpus/seed/';
const corpus = corpusFromManifest(JSON.parse(readFileSync(seed + 'manifest.json', 'utf8')), (f) => readFileSync(seed + f, 'utf8'));
const index = buildIndex(corpus);

function reportOf(text: string) {
	const checked = checkArticle(text, index);
	if (!checked.ok) throw new Error(checked.message);
	return { text, checks: checked.checks, corpus, title: 'A <b>draft</b>' };
}

describe('the article report', () => {
	const input = reportOf('Putin said that bilateral trade has grown by about 7.5 percent.\n\n“We can manufacture everything,” Lukashenko said.');

	it('sums the verdicts in words and icons', () => expect(summaryLine(input.checks)).toBe('2 statements: 1 ✓ exact · 1 ✗ altered'));

	it('gives each statement its verdict, speaker, source with link, and the difference in words, in Markdown', () => {
		const md = markdownReport(input);
		expect(md).toContain('## 1. ✗ Altered\n\n> bilateral trade has grown by about 7.5 percent.');
		expect(md).toContain('- Speaker in the article: Vladimir Putin');
		expect(md).toMatch(/- Source: \[Russian-Belarusian talks[^\]]*\]\(http/);
		expect(md).toContain('- Difference, number: “about 7.5 percent” in the article, “about 5.7 percent” in the source');
	});

	it('escapes the article and the title in HTML, so a pasted tag is text', () => {
		const html = htmlReport(reportOf('“<img src=x onerror=alert(1)> We can manufacture everything,” Lukashenko said.'));
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('<title>Article check: A &lt;b&gt;draft&lt;/b&gt;</title>');
	});

	it('writes SPEC results with each statement and its span in JSON', () => {
		const json = JSON.parse(jsonReport(input));
		expect(json).toHaveLength(2);
		expect(json[0]).toMatchObject({ id: 's1', verdict: 'altered', statement: { n: 1, kind: 'figure', speaker: 'Vladimir Putin' } });
		expect(input.text.slice(json[1].statement.start, json[1].statement.end)).toBe(json[1].statement.text);
	});
});
