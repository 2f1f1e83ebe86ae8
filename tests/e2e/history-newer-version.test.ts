import { expect, test } from '@playwright/test';
import { check, claims } from './helpers.ts';

test('data written by a newer version: History says to update the app, and checking still works', async ({ page }) => {
	await page.goto('/history');
	await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
	// A later release of Verbatim has opened this browser's database at a version this one does not know.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('verbatim', 1000);
				open.onsuccess = () => (open.result.close(), resolve());
				open.onerror = () => reject(open.error);
			})
	);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'History needs a newer version of Verbatim' })).toBeVisible();
	await expect(
		page.getByText('This data was written by a newer version of Verbatim. Update the app (reload when online) to open it. For now, checks are not being saved to History; checking still works.')
	).toBeVisible();
	await expect(page.getByText('Your checks are still kept in this browser')).toBeVisible();

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	const answer = await check(page, claims.altered);
	await expect(answer.getByRole('heading', { level: 2, name: 'Altered' })).toBeVisible();
	await expect(answer).toContainText('This data was written by a newer version of Verbatim. Update the app (reload when online) to open it.');
});
