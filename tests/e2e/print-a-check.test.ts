import { expect, test, type Locator } from '@playwright/test';
import { check, checkAndKeep, claims } from './helpers.ts';

const style = (locator: Locator, property: string) => locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test('a printed check is the evidence alone, one to a page, its differences visible in black and white', async ({ page }) => {
	const answer = await check(page, claims.altered);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Copy result' })).toBeHidden();
	await expect(page.getByRole('textbox', { name: /Paste a quote or a figure/ })).toBeHidden();
	expect(await style(answer, 'break-after')).toBe('page');

	const struck = answer.locator('del').first();
	await expect(struck).toContainText('7.5');
	expect(await style(struck, 'text-decoration-line')).toBe('line-through');
	expect(await style(struck, 'color')).toBe('rgb(0, 0, 0)');
	expect(await style(answer.locator('ins').first(), 'text-decoration-style')).toBe('double');
	expect(await style(answer.locator('mark').first(), 'font-weight')).toBe('700');

	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('History prints the check that is open, without the list around it', async ({ page }) => {
	await checkAndKeep(page, claims.altered);
	await checkAndKeep(page, claims.exact);
	await page.goto('/history');
	await page.getByRole('rowheader').filter({ hasText: 'bilateral trade' }).getByRole('button').click();
	const detail = page.getByRole('article', { name: 'Saved check' });
	await expect(detail).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(detail).toBeVisible();
	await expect(page.getByRole('rowheader').filter({ hasText: 'manufacture everything' })).toBeHidden();
	await expect(page.getByRole('searchbox')).toBeHidden();
	expect(await style(detail, 'break-after')).toBe('page');
});
