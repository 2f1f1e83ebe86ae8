import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, corpusFromManifest } from '../index.ts';
import { findQuotations } from '../text/index.ts';
import { checkArticle, looksLikeArticle, MAX_ARTICLE_CHARS, readArticle } from './index.ts';

const seed = 'src/lib/corpus/seed/';
const corpus = corpusFromManifest(JSON.parse(readFileSync(seed + 'manifest.json', 'utf8')), (f) => readFileSync(seed + f, 'utf8'));
const index = buildIndex(corpus);
const STANDS = new Set(['exact', 'close', 'reworded']);

describe('the bundled seed documents checked as articles', () => {
	it.each(corpus.documents.map((d) => [d.id, d] as const))('%s: every quotation is found and stands in that document', (_, doc) => {
		const checked = checkArticle(doc.text, index);
		if (!checked.ok) throw new Error(checked.message);
		const quotations = [...doc.text.matchAll(/[^\n]+/g)].flatMap((p) => findQuotations(doc.text, p.index, p.index + p[0].length, 2));
		expect(checked.checks.length).toBeGreaterThan(0);
		for (const q of quotations) {
			const check = checked.checks.find((c) => c.statement.span.start < q.inner.end && q.inner.start < c.statement.span.end);
			expect(check, `quotation at ${q.inner.start} of ${doc.id} is a statement`).toBeDefined();
			const places = check!.result.source ? [check!.result.source, ...check!.result.alsoIn] : [];
			expect(STANDS.has(check!.result.verdict), `${doc.text.slice(q.inner.start, q.inner.start + 60)}: ${check!.result.verdict}`).toBe(true);
			// A paragraph the document prints twice stands at either copy.
			expect(places.some((s) => s.doc === doc.id)).toBe(true);
		}
	});
});

describe('articles that cannot be read get a sentence that says what to do', () => {
	it.each([
		['an empty article', '  \n\n ', /no article to check/],
		['an article of 1 MB', 'The talks went on. '.repeat(55_000), /characters; an article check reads up to 200,000/],
		['a binary file read as text', 'PK\u0003\u0004\u0000\u0000\u0008\u0000' + '\ufffd\u0000'.repeat(400), /does not look like text/]
	])('%s', (_, text, message) => {
		const reading = readArticle(text, index.registry);
		expect(reading.ok).toBe(false);
		expect(!reading.ok && reading.message).toMatch(message);
	});

	it('says which paragraph has an unclosed quotation mark, and still reads it', () => {
		const reading = readArticle('Putin spoke.\n\n“We can manufacture everything, Lukashenko said at the talks.', index.registry);
		expect(reading.ok && reading.notices.join(' ')).toMatch(/Paragraph 2 .* not closed/);
		expect(reading.ok && reading.statements.length).toBe(1);
	});

	it('reads 2,000 quotation marks in well under a second, and caps the statements checked', () => {
		const text = Array.from({ length: 1000 }, (_, k) => `“We can manufacture everything number ${k},” he said.`).join('\n');
		const started = performance.now();
		const reading = readArticle(text, index.registry);
		expect(performance.now() - started).toBeLessThan(5000);
		expect(reading.ok && reading.statements.length).toBe(400);
		expect(reading.ok && reading.notices.join(' ')).toMatch(/1,000 statements; the first 400 were checked/);
	});

	it('keeps the limit it states', () => expect(MAX_ARTICLE_CHARS).toBe(200_000));
});

describe('looksLikeArticle', () => {
	it.each([
		['one quote', '"We can manufacture everything," Lukashenko said', false],
		['three paragraphs, two quotations', 'Talks.\n\n“We can manufacture everything,” he said.\n\n“It doesn’t take much time,” he added.', true],
		['three paragraphs, no quotation', 'One.\n\nTwo.\n\nThree.', false]
	])('%s: %s', (_, paste, expected) => expect(looksLikeArticle(paste)).toBe(expected));
});
