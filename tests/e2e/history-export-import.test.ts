import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

/**
 * Checks `claim` on a fresh Check page and waits until it is kept in History (the note button
 * appears then). Fresh, so a note button left from an earlier check cannot answer for this one.
 */
async function check(page: Page, claim: string) {
	await page.goto('/');
	await page.getByLabel('Paste a quote or a figure, with who said it if you know').fill(claim);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Add a note' })).toBeVisible();
}

/** Clicks `button` and returns the text of the file it downloads, and the file's name. */
async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

const MANUFACTURE = '"We can manufacture everything," Lukashenko said.';
const FORMULA = '=HYPERLINK("http://example.com", "Belarus fulfills 90% of the agreements")';

test('a JSON export imports back after Clear all, without duplicates', async ({ page }) => {
	await check(page, MANUFACTURE);
	await check(page, FORMULA);
	await page.goto('/history');
	const claims = page.getByRole('rowheader');
	await expect(claims).toHaveText([FORMULA, MANUFACTURE]);

	const json = await download(page, 'Export JSON');
	expect(json.name).toMatch(/^verbatim-history-\d{4}-\d{2}-\d{2}\.json$/);
	expect(JSON.parse(json.text).checks).toHaveLength(2);

	const csv = await download(page, 'Export CSV');
	expect(csv.name).toMatch(/\.csv$/);
	expect(csv.text).toContain('time,verdict,claim,reason');
	// A claim that looks like a formula is written so a spreadsheet shows it instead of running it.
	expect(csv.text).toContain(`"'=HYPERLINK(""http://example.com""`);

	await page.getByRole('button', { name: 'Clear all…' }).click();
	await page.getByRole('button', { name: 'Delete all checks' }).click();
	await expect(page.getByText('No checks yet.')).toBeVisible();

	const file = { name: json.name, mimeType: 'application/json', buffer: Buffer.from(json.text) };
	await page.getByLabel('Import a JSON export').setInputFiles(file);
	await expect(page.getByText('Added 2 checks; 0 were already there.')).toBeVisible();
	await expect(claims).toHaveText([FORMULA, MANUFACTURE]);

	await page.getByLabel('Import a JSON export').setInputFiles(file);
	await expect(page.getByText('Added 0 checks; 2 were already there.')).toBeVisible();
	await expect(claims).toHaveText([FORMULA, MANUFACTURE]);
});

test('a bad file is refused with a message, and nothing stored is lost', async ({ page }) => {
	await check(page, MANUFACTURE);
	await page.goto('/history');
	const input = page.getByLabel('Import a JSON export');

	await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('time,verdict\n1,exact') });
	await expect(page.getByText('This file is not a History export: it is not JSON.')).toBeVisible();

	await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"items":[]}') });
	await expect(page.getByText('This file is JSON, but not a Verbatim History export.')).toBeVisible();

	await input.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.alloc(0) });
	await expect(page.getByText('This file is empty.')).toBeVisible();

	await expect(page.getByRole('rowheader')).toHaveText([MANUFACTURE]);
});
