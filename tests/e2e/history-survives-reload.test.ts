import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Checks `claim` on a fresh Check page and waits until it is kept in History (the note button
 * appears then). Fresh, so a note button left from an earlier check cannot answer for this one.
 */
async function check(page: Page, claim: string) {
	await page.goto('/');
	await page.getByLabel('Paste a quote or a figure, with who said it if you know').fill(claim);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Add a note' })).toBeVisible();
}

const EXACT = '"We can manufacture everything," Lukashenko said.';
const ALTERED = '"Belarus fulfills 90% of the agreements with Russia in the field of defense and security."';

test('checks are kept in History, newest first, with their notes, after a reload', async ({ page }) => {
	await check(page, EXACT);
	await check(page, ALTERED);

	await page.getByRole('link', { name: 'History' }).click();
	await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
	const claims = page.getByRole('rowheader');
	await expect(claims).toHaveText([ALTERED, EXACT]);
	await expect(page.getByRole('row').nth(1)).toContainText('✗ Altered');
	await expect(page.getByRole('row').nth(2)).toContainText('✓ Exact');

	// Open the altered check: the result as saved, then a note on it.
	await page.getByRole('button', { name: ALTERED }).click();
	await expect(page.getByRole('button', { name: ALTERED })).toHaveAttribute('aria-expanded', 'true');
	const detail = page.getByRole('article', { name: 'Saved check' });
	await expect(detail.getByRole('heading', { name: /Altered/ })).toBeVisible();
	await expect(detail).toContainText('100%');
	await detail.getByLabel('Note', { exact: true }).fill('Asked the press office');
	await detail.getByRole('button', { name: 'Save note' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Note saved.' })).toBeVisible();

	await page.reload();
	await expect(claims).toHaveText([ALTERED, EXACT]);
	await expect(page.getByRole('row').nth(1)).toContainText('Asked the press office');

	// Axe, with a check open.
	await page.getByRole('button', { name: EXACT }).click();
	await expect(page.getByRole('article', { name: 'Saved check' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('History is usable by keyboard and at 320 px wide', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 700 });
	await check(page, EXACT);
	await page.goto('/history');
	await expect(page.getByRole('button', { name: EXACT })).toBeVisible();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(320);

	// Tab to the claim and open it with Enter.
	const claim = page.getByRole('button', { name: EXACT });
	for (let i = 0; i < 30 && !(await claim.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(claim).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('article', { name: 'Saved check' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
