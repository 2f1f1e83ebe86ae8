import { expect, test } from '@playwright/test';
import { check, claims } from './helpers.ts';

test('a changed figure is altered, and both numbers are shown', async ({ page }) => {
	await page.goto('/');
	const answer = await check(page, claims.altered);

	await expect(answer.getByRole('heading', { level: 2, name: 'Altered' })).toBeVisible();
	// The reason names both figures.
	await expect(answer.getByText(/5\.7 percent/).first()).toBeVisible();
	await expect(answer).toContainText('7.5');
	// The claim's figure is struck out and the source's put next to it; the source marks its own.
	await expect(answer.locator('del').filter({ hasText: '7.5' })).toBeVisible();
	await expect(answer.locator('ins').filter({ hasText: '5.7' })).toBeVisible();
	await expect(answer.locator('blockquote mark').filter({ hasText: '5.7' })).toBeVisible();
	// Screen readers hear which is which.
	await expect(answer.locator('del').filter({ hasText: '7.5' })).toContainText('claim says');
	await expect(answer.locator('ins').filter({ hasText: '5.7' })).toContainText('source says');

	await expect(answer).toContainText('Vladimir Putin');
	await expect(answer).toContainText('Russian-Belarusian talks');
});
