import { expect, test } from '@playwright/test';
import { check, claims } from './helpers.ts';

test("a result's reader link opens the document at the passage, highlighted and focused", async ({ page }) => {
	await page.goto('/');
	const answer = await check(page, claims.altered);
	await answer.getByRole('link', { name: /Open in reader/ }).click();

	await expect(page).toHaveURL(/\/library\/2025-03-13-kremlin-russian-belarusian-talks\?start=\d+&end=\d+/);
	await expect(page.getByRole('heading', { level: 1, name: 'Russian-Belarusian talks' })).toBeVisible();
	const passage = page.locator('mark[tabindex="-1"]');
	await expect(passage).toContainText('5.7 percent');
	await expect(passage).toBeFocused();
	await expect(passage).toBeInViewport();
	// Speaker turns are shown in the text.
	await expect(page.getByText('Vladimir Putin', { exact: false }).first()).toBeVisible();
});

test('a document that is not in the Library says so', async ({ page }) => {
	await page.goto('/library/no-such-document');
	await expect(page.getByRole('heading', { level: 1, name: 'This page is not here' })).toBeVisible();
	await expect(page.getByText('There is no document “no-such-document” in the Library.')).toBeVisible();
});
