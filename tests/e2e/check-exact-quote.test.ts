import { expect, test } from '@playwright/test';
import { check, claims, result } from './helpers.ts';

test('an exact quote is confirmed, with its speaker and its document', async ({ page }) => {
	await page.goto('/');
	const answer = await check(page, claims.exact);

	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	await expect(answer.locator('blockquote')).toContainText('We can manufacture everything.');
	await expect(answer).toContainText('Aleksandr Lukashenko');
	await expect(answer).toContainText('Belarus ready to join ambitious national projects in Russia');
	await expect(answer).toContainText('BelTA');
	await expect(answer).toContainText('13 March 2025');

	const original = answer.getByRole('link', { name: /original/ });
	await expect(original).toHaveAttribute('href', /^https:\/\/eng\.belta\.by\//);
	await expect(original).toHaveAttribute('rel', 'noopener noreferrer');
	// Nothing is marked as different in an exact quote.
	await expect(answer.locator('del, ins, mark')).toHaveCount(0);
});

test('from the keyboard alone: skip to the content, type, Ctrl+Enter', async ({ page }) => {
	await page.goto('/');
	// The page is rendered in the browser; wait until it is there before pressing keys.
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('textbox', { name: /Paste a quote or a figure/ })).toBeFocused();
	await page.keyboard.type(claims.exact);
	await page.keyboard.press('Control+Enter');
	await expect(result(page).getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
});

test('an example claim fills the field and checks it', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: /an exact quote/ }).click();
	await expect(page.getByRole('textbox', { name: /Paste a quote or a figure/ })).toHaveValue(claims.exact);
	await expect(result(page).getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
});
