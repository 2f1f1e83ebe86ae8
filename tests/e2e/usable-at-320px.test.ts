import { expect, test, type Page } from '@playwright/test';
import { check, claims } from './helpers.ts';

test.use({ viewport: { width: 320, height: 640 } });

/** Nothing on the page is wider than the screen, so nothing needs sideways scrolling. */
async function fits(page: Page) {
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(320);
}

test('every page fits a 320 px wide screen, results and reader included', async ({ page }) => {
	await page.goto('/');
	await fits(page);
	for (const claim of Object.values(claims)) {
		await check(page, claim);
		await fits(page);
	}
	const answer = await check(page, claims.altered);
	await answer.getByText('Publish: citation, evidence card, ClaimReview').click();
	await expect(answer.getByRole('img', { name: /^Evidence card/ })).toBeVisible();
	await fits(page);
	await page.getByRole('link', { name: /Open in reader/ }).click();
	await expect(page.locator('mark[tabindex="-1"]')).toBeFocused();
	await fits(page);
	for (const path of ['/library', '/speakers', '/verdicts', '/help']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await fits(page);
	}
	// The navigation is all there.
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const name of ['Check', 'Library', 'Speakers', 'History', 'Help']) await expect(nav.getByRole('link', { name })).toBeVisible();
});
