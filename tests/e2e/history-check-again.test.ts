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

const CLAIM = '"We can manufacture everything," Lukashenko said.';

test('checking a past claim again keeps the answer as a new check and opens it', async ({ page }) => {
	await check(page, CLAIM);
	await page.goto('/history');
	await page.getByRole('button', { name: CLAIM }).click();
	await page.getByRole('button', { name: 'Check again against the current corpus' }).click();

	await expect(page.getByRole('status').filter({ hasText: 'Checked again against the current corpus: the same verdict as before.' })).toBeVisible();
	const claims = page.getByRole('rowheader');
	await expect(claims).toHaveText([CLAIM, CLAIM]);
	const newest = claims.first().getByRole('button');
	await expect(newest).toHaveAttribute('aria-expanded', 'true');
	await expect(newest).toBeFocused();
	await expect(page.getByRole('article', { name: 'Saved check' }).getByRole('heading', { name: /Exact/ })).toBeVisible();
});

test('two tabs save at once, and each History lists both', async ({ context }) => {
	const [one, two] = [await context.newPage(), await context.newPage()];
	// Both tabs are open on the Check page while each saves.
	await one.goto('/');
	await two.goto('/');
	await check(one, CLAIM);
	await check(two, 'Putin said: "We can manufacture everything."');
	for (const page of [one, two]) {
		await page.goto('/history');
		await expect(page.getByRole('rowheader')).toHaveCount(2);
	}
});
