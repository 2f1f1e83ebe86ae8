import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

test('each bad file gets its own message, and the good files still go in', async ({ page }) => {
	await page.goto('/library');
	const files = ['empty.txt', 'binary.bin', 'scanned.pdf', 'protected.pdf', 'corrupt.pdf', 'speech.txt', 'pdf-named.txt'];
	await page.getByLabel('Open files (.txt, .md, .html, .pdf, .docx)').setInputFiles(files.map(fixture));
	const results = page.getByRole('region', { name: 'Results of adding sources' }).getByRole('listitem');
	await expect(results).toHaveCount(files.length);
	const result = (name: string) => results.filter({ hasText: `${name}:` });

	await expect(result('empty.txt')).toContainText('not added. This file is empty');
	await expect(result('binary.bin')).toContainText('not added. This file is not text, PDF or Word');
	await expect(result('scanned.pdf')).toContainText('not added. This PDF has no text layer (it is probably a scan): run OCR on it first');
	await expect(result('protected.pdf')).toContainText('not added. This PDF is protected by a password');
	await expect(result('corrupt.pdf')).toContainText('not added. This PDF is damaged');
	await expect(result('speech.txt')).toContainText('Added as');
	// A PDF with a .txt name is read as the PDF it is.
	await expect(result('pdf-named.txt')).toContainText('Added as');

	const documents = page.getByRole('region', { name: 'Documents' });
	await expect(documents.getByText('From: speech.txt')).toBeVisible();
	await expect(documents.getByText('From: pdf-named.txt')).toBeVisible();
	await expect(documents.getByText('From: scanned.pdf')).toHaveCount(0);

	// The same source twice is refused, naming the one already there.
	await page.getByLabel('Open files (.txt, .md, .html, .pdf, .docx)').setInputFiles(fixture('speech.txt'));
	await expect(results).toHaveCount(1);
	await expect(result('speech.txt')).toContainText('not added. This is the same text as “');
	await expect(result('speech.txt')).toContainText('which is already in your sources');
	await expect(documents.getByText('From: speech.txt')).toHaveCount(1);
});

test('pasting nothing but spaces is refused with a message', async ({ page }) => {
	await page.goto('/library');
	await page.getByLabel('Title of the pasted source').fill('Blank');
	await page.getByLabel('Paste the text of a speech, a transcript or an article').fill('   \n  ');
	await expect(page.getByRole('button', { name: 'Add pasted text' })).toBeDisabled();
});
