import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

const SPEECH = 'The council will open two more branch libraries by 2027, one in Eastgate and one in Millbrook.';
const NOTES = 'Flood defences along the northern shore will need another 40 million euros before 2030.';

test('export the collection, delete the sources, import the file: everything is back, nothing lost', async ({ page }) => {
	await page.goto('/library');
	const add = async (title: string, text: string) => {
		await page.getByLabel('Title of the pasted source').fill(title);
		await page.getByLabel('Paste the text of a speech, a transcript or an article').fill(text);
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await expect(page.getByRole('region', { name: 'Results of adding sources' })).toContainText(`Added as “${title}”`);
	};
	await add('Library plans', SPEECH);
	await add('Flood notes', NOTES);

	// Details edited after saving travel with the export.
	const documents = page.getByRole('region', { name: 'Documents' });
	await documents.getByRole('button', { name: 'Edit details of Library plans' }).click();
	const form = page.getByRole('form', { name: 'Details of Library plans' });
	await expect(form.getByLabel('Title', { exact: true })).toBeFocused();
	await form.getByLabel('Publisher', { exact: true }).fill('Northbridge City Council');
	await form.getByLabel('Default speaker', { exact: true }).fill('Helen Okafor');
	await form.getByLabel('Kind', { exact: true }).selectOption('speech');
	await form.getByRole('button', { name: 'Save details' }).click();
	await expect(page.getByText('Saved the details of “Library plans”.')).toBeVisible();
	await expect(documents.getByText('Northbridge City Council · speech')).toBeVisible();

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export sources', exact: true }).click()]);
	expect(download.suggestedFilename()).toMatch(/^verbatim-sources-\d{4}-\d{2}-\d{2}\.json$/);
	const text = await readFile(await download.path(), 'utf8');
	const exported = JSON.parse(text);
	expect(exported.sources).toHaveLength(2);

	for (const title of ['Library plans', 'Flood notes']) {
		await documents.getByRole('button', { name: `Delete ${title}` }).click();
		await expect(page.getByText(`Deleted “${title}” from your sources.`)).toBeVisible();
	}
	await expect(documents.getByRole('heading', { name: 'Library plans' })).toHaveCount(0);

	const file = { name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) };
	await page.getByLabel('Import sources (a file made with Export sources)').setInputFiles(file);
	await expect(page.getByText('Added 2 sources; 0 were already there.')).toBeVisible();
	await page.reload();
	await expect(documents.getByRole('heading', { name: 'Library plans' })).toBeVisible();
	await expect(documents.getByText('Northbridge City Council · speech')).toBeVisible();
	await expect(documents.getByText('Helen Okafor')).toBeVisible();
	await expect(documents.getByRole('heading', { name: 'Flood notes' })).toBeVisible();

	// The same file again adds nothing and loses nothing; a wrong file is refused.
	await page.getByLabel('Import sources (a file made with Export sources)').setInputFiles(file);
	await expect(page.getByText('Added 0 sources; 2 were already there.')).toBeVisible();
	await page
		.getByLabel('Import sources (a file made with Export sources)')
		.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"items":[]}') });
	await expect(page.getByText('This file is JSON, but not a Verbatim sources export.')).toBeVisible();

	// The text came back whole: a quote from it is found exactly.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	await page.getByRole('textbox', { name: /Paste a quote or a figure/ }).fill(`"${NOTES}"`);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 })).toContainText('Exact');
	const reread = JSON.parse(text).sources.map((s: { text: string }) => s.text).sort();
	expect(reread).toEqual([NOTES, SPEECH].sort());
});
