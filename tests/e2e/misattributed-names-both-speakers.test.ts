import { expect, test } from '@playwright/test';
import { result } from './helpers.ts';

test('words given to the wrong person are misattributed, and both people are named', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: /a misattribution/ }).click();
	const answer = result(page);

	await expect(answer.getByRole('heading', { level: 2, name: 'Misattributed' })).toBeVisible();
	// The person the claim names, and the person the source gives the words to.
	await expect(answer).toContainText('Vladimir Putin');
	await expect(answer).toContainText(/Aleksandr Lukashenko|Alexander Lukashenko/);
	// How the source says who spoke.
	await expect(answer).toContainText(/attribution|transcript label|reported speech/);
	await expect(answer.locator('blockquote')).toContainText('We can manufacture everything.');
});
