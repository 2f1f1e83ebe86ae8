import { expect, test } from '@playwright/test';

test('with storage blocked, History says why and what still works', async ({ page }) => {
	// What a browser with storage switched off does: touching IndexedDB throws.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('The user denied permission to access the database.', 'SecurityError');
			}
		});
	});
	await page.goto('/history');
	await expect(page.getByRole('heading', { name: 'History is off in this browser' })).toBeVisible();
	await expect(page.getByText('Your browser is blocking local storage, so checks are not being saved to History.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'check a quote or a figure' })).toBeVisible();
});
