import { expect, test } from '@playwright/test';
import { checkAndKeep, downloadText } from './helpers.ts';

const TRADE = 'Putin said bilateral trade has grown by about 7.5 percent';

test('an imported verdict is shown as imported, until all imported checks are checked again here', async ({ page }) => {
	await checkAndKeep(page, TRADE);
	await page.goto('/history');
	await expect(page.getByRole('row', { name: /Altered/ })).not.toContainText('Imported');
	// A tampered export: the altered figure claims to be exact.
	const file = JSON.parse(await downloadText(page, 'Export JSON'));
	Object.assign(file.checks[0], { note: 'Asked the press office', result: { ...file.checks[0].result, verdict: 'exact', reason: 'The source has these words exactly.' } });
	await page.getByRole('button', { name: 'Clear all…' }).click();
	await page.getByRole('button', { name: 'Delete all checks' }).click();
	await page.getByLabel('Import a JSON export').setInputFiles({ name: 'forged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
	await expect(page.getByText('Added 1 check; 0 were already there.')).toBeVisible();

	const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: TRADE }) });
	await expect(row).toContainText('✓ Exact');
	await expect(row).toContainText('Imported — not checked here');
	await page.getByRole('button', { name: TRADE }).click();
	const detail = page.getByRole('article', { name: 'Saved check' });
	await expect(detail).toContainText('Imported — not checked here. This verdict came in a file imported on');

	await page.getByRole('button', { name: 'Check it again here' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Checked 1 imported check again here: 1 verdict changed, notes kept.' })).toBeVisible();
	await expect(row).toContainText('✗ Altered');
	await expect(row).not.toContainText('Imported');
	await expect(row).toContainText('Asked the press office');
	await expect(detail.getByRole('heading', { name: /Altered/ })).toBeVisible();
	await expect(detail).not.toContainText('Imported — not checked here');
	await expect(page.getByRole('region', { name: /imported check/ })).toHaveCount(0);
	await page.reload();
	await expect(row).toContainText('✗ Altered');
	await expect(row).not.toContainText('Imported');
});
