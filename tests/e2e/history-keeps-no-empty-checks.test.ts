import { expect, test } from '@playwright/test';
import { result } from './helpers.ts';

test('a link with an empty or blank claim is answered, and nothing is kept in History', async ({ page }) => {
	for (const q of ['', '%20%20', '%0A%09']) {
		await page.goto(`/?q=${q}`);
		await expect(result(page).getByRole('heading', { level: 2 })).toBeVisible();
	}
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
	await expect(page.getByText('No checks yet.')).toBeVisible();
	await expect(page.getByRole('rowheader')).toHaveCount(0);
});
