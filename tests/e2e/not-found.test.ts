import { expect, test } from '@playwright/test';
import { check, claims } from './helpers.ts';

test('a claim the corpus does not hold is not found, and absence is not called proof', async ({ page }) => {
	await page.goto('/');
	const answer = await check(page, claims.notFound);

	await expect(answer.getByRole('heading', { level: 2, name: 'Not found' })).toBeVisible();
	await expect(answer).toContainText('Not in these 5 documents (2023–2025), the documents checks run against');
	await expect(answer).toContainText('not proof that nobody said it');
	// A nearest passage, if one is shown, is clearly not a match.
	const nearest = answer.getByRole('region', { name: /Nearest passage/ });
	if ((await nearest.count()) > 0) await expect(nearest).toContainText('not a match');
});

test('only a speaker and no words: nothing to check, and the page says why', async ({ page }) => {
	await page.goto('/');
	const answer = await check(page, 'Lukashenko said');

	await expect(answer.getByRole('heading', { level: 2, name: 'Not found' })).toBeVisible();
	await expect(answer).toContainText(/nothing to check: paste the words of the quote/i);
});
