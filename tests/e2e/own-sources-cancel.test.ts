import { expect, test } from '@playwright/test';

const TEXT = 'The harbour authority will dredge the eastern channel to a depth of fourteen metres by the spring of 2026.';

test('cancel loading the State of the Union pack: it says so, and checks still run against the sources before', async ({ page }) => {
	// Hold the pack back, so Cancel is pressed while it is still on its way.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/packs/sotu.json', async (route) => {
		await held;
		await route.continue().catch(() => {});
	});

	await page.goto('/library');
	await page.getByLabel('Title of the pasted source').fill('Harbour plan');
	await page.getByLabel('Paste the text of a speech, a transcript or an article').fill(TEXT);
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Checks now run against \d+ documents/ })).toBeVisible({ timeout: 20_000 });

	await page.getByRole('button', { name: 'Load the U.S. State of the Union addresses (1790–2018, 10.8 MB)' }).click();
	await expect(page.getByRole('progressbar')).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Indexing cancelled.' })).toBeVisible();
	await expect(page.getByRole('progressbar')).toHaveCount(0);
	release();
	// The choice says again what checks run against: the pack is not in it.
	await expect(page.getByRole('button', { name: /Load the U.S. State of the Union addresses/ })).toBeVisible();

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	await page.getByRole('textbox', { name: /Paste a quote or a figure/ }).fill(`"${TEXT}"`);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 })).toContainText('Exact');
});
