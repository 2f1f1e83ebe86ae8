import { expect, test } from '@playwright/test';
import { check, claims } from './helpers.ts';

test('when the browser blocks storage, checking still works and the page says History is not saved', async ({ page }) => {
	// As in a locked-down private window: touching IndexedDB throws.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await page.goto('/');
	const answer = await check(page, claims.altered);

	await expect(answer.getByRole('heading', { level: 2, name: 'Altered' })).toBeVisible();
	await expect(answer.getByRole('status').filter({ hasText: /not (being )?saved to History/ })).toBeVisible();
	await expect(answer).toContainText('checking still works');
	// No note can be added to a check that is not kept.
	await expect(answer.getByRole('button', { name: 'Add a note' })).toHaveCount(0);

	// And the next check still answers.
	await check(page, claims.exact);
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
});

test('when there is no IndexedDB at all, checking still works', async ({ page }) => {
	await page.addInitScript(() => {
		// @ts-expect-error: removing what the browser provides, as some locked-down browsers do.
		delete window.indexedDB;
		Object.defineProperty(window, 'indexedDB', { configurable: true, value: undefined });
	});
	await page.goto('/');
	const answer = await check(page, claims.notFound);
	await expect(answer.getByRole('heading', { level: 2, name: 'Not found' })).toBeVisible();
	await expect(answer.getByRole('status').filter({ hasText: /not (being )?saved to History/ })).toBeVisible();
});
