import { expect, test } from '@playwright/test';
import { check, claims } from './helpers.ts';

test('a note is kept with a check in History', async ({ page }) => {
	await page.goto('/');
	const answer = await check(page, claims.altered);
	await answer.getByRole('button', { name: 'Add a note' }).click();
	await page.getByRole('textbox', { name: 'Note for History' }).fill('Call the Kremlin press office');
	await page.getByRole('button', { name: 'Save note' }).click();
	await expect(answer.getByRole('status').filter({ hasText: 'Note saved in History.' })).toBeVisible();
	await expect(answer).toContainText('Call the Kremlin press office');
});
