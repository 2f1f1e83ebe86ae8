import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { check } from './helpers.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const KINDS = ['speech.txt', 'notes.md', 'article.html', 'report.pdf', 'statement.docx'];
const SPEECH_TITLE = 'Remarks by Mayor Helen Okafor at the Opening of the Riverside Library';
const QUOTE = '"Today it holds 48,000 books, 60 public computers and a reading room that seats 120 people."';

test('import one file of each kind, check a quote against it, find them after a reload, delete one', async ({ page }) => {
	await page.goto('/library');
	await page.getByLabel(/Open files/).setInputFiles(KINDS.map(fixture));
	const results = page.getByRole('region', { name: 'Results of adding sources' }).getByRole('listitem');
	await expect(results).toHaveCount(KINDS.length);
	for (const name of KINDS) await expect(results.filter({ hasText: name })).toContainText('Added as');
	await expect(page.getByRole('status').filter({ hasText: /Checks now run against \d+ documents/ })).toBeVisible({ timeout: 20_000 });

	const documents = page.getByRole('region', { name: 'Documents' });
	await expect(documents.getByRole('heading', { level: 3, name: SPEECH_TITLE })).toBeVisible();
	await expect(documents.getByText('From: report.pdf')).toBeVisible();

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	const answer = await check(page, QUOTE);
	await expect(answer.getByRole('heading', { level: 2 })).toContainText(/exact/i);
	await expect(answer).toContainText(SPEECH_TITLE);

	// History shows the saved check against its own source, not as a document gone from the corpus.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
	await page.getByRole('button', { name: QUOTE }).click();
	await expect(page.getByRole('button', { name: QUOTE })).toHaveAttribute('aria-expanded', 'true');
	const detail = page.getByRole('article', { name: 'Saved check' });
	await expect(detail).toContainText(SPEECH_TITLE);
	await expect(detail).not.toContainText('no longer in the corpus');

	await page.goto('/library');
	await page.reload();
	for (const name of KINDS) await expect(documents.getByText(`From: ${name}`)).toBeVisible();

	await documents.getByRole('button', { name: `Delete ${SPEECH_TITLE}` }).click();
	await expect(page.getByText(`Deleted “${SPEECH_TITLE}” from your sources.`)).toBeVisible();
	await expect(documents.getByText('From: speech.txt')).toHaveCount(0);
	await page.reload();
	await expect(documents.getByText('From: report.pdf')).toBeVisible();
	await expect(documents.getByText('From: speech.txt')).toHaveCount(0);
});
