import { expect, test } from '@playwright/test';
import { check } from './helpers.ts';

const CLINTON = '"The era of big government is over," Clinton said.';

test('load the State of the Union pack, check a famous line, and find it still there after a reload', async ({ page }) => {
	test.setTimeout(90_000);
	const packRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/packs/')) packRequests.push(request.url());
	});

	await page.goto('/library');
	await page.getByRole('button', { name: /Load the U\.S\. State of the Union addresses/ }).click();
	await expect(page.getByText(/Checks now run against/)).toBeVisible({ timeout: 60_000 });
	expect(packRequests).toHaveLength(1);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	let answer = await check(page, CLINTON);
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	await expect(answer).toContainText('William J Clinton');

	// A reload restores the kept index: the pack is not downloaded again.
	packRequests.length = 0;
	await page.reload();
	answer = await check(page, CLINTON);
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	await expect(answer).toContainText('William J Clinton');
	expect(packRequests).toHaveLength(0);
});
