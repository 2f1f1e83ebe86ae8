import { expect, test } from '@playwright/test';
import { check, claims } from './helpers.ts';

test('a copied link, opened elsewhere, fills the field and repeats the check', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	const answer = await check(page, claims.altered);
	await answer.getByRole('button', { name: 'Copy link' }).click();
	await expect(answer.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	const url = new URL(link);
	expect(url.origin + url.pathname).toBe(`${new URL(baseURL ?? '').origin}/`);
	expect(url.searchParams.get('q')).toBe(claims.altered);

	const other = await context.newPage();
	await other.goto(link);
	await expect(other.getByRole('textbox', { name: /Paste a quote or a figure/ })).toHaveValue(claims.altered);
	await expect(other.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2, name: 'Altered' })).toBeVisible();
});

test('Copy result puts the verdict, the claim and the source on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	const answer = await check(page, claims.altered);
	await answer.getByRole('button', { name: 'Copy result' }).click();
	const text = await page.evaluate(() => navigator.clipboard.readText());
	expect(text).toContain('Altered');
	expect(text).toContain(`Claim: ${claims.altered}`);
	expect(text).toContain('5.7 percent');
	expect(text).toContain('Russian-Belarusian talks');
});
