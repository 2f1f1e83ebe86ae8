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

const MANUFACTURE = '"We can manufacture everything," Lukashenko said.';
const DEFENCE = '"Belarus fulfills 90% of the agreements with Russia in the field of defense and security."';
const REFERENDUM = 'Belarus and Russia will hold a joint referendum on the Union State in 2026.';

test.beforeEach(async ({ page }) => {
	for (const claim of [MANUFACTURE, DEFENCE, REFERENDUM]) await check(page, claim);
	await page.goto('/history');
});

test('search and the verdict filter narrow the list', async ({ page }) => {
	const claims = page.getByRole('rowheader');
	await expect(claims).toHaveText([REFERENDUM, DEFENCE, MANUFACTURE]);

	await page.getByLabel('Search claims and notes').fill('manufacure'); // a typo still finds it
	await expect(claims).toHaveText([MANUFACTURE]);
	await expect(page.getByText('1 of 3 checks match')).toBeVisible();

	await page.getByLabel('Search claims and notes').fill('');
	await page.getByLabel('Verdict').selectOption({ label: '✗ Altered' });
	await expect(claims).toHaveText([DEFENCE]);

	await page.getByLabel('Search claims and notes').fill('referendum');
	await expect(page.getByText('No saved check matches.')).toBeVisible();
});

test('a deleted check comes back with Undo', async ({ page }) => {
	await page.getByRole('button', { name: DEFENCE }).click();
	await page.getByRole('button', { name: 'Delete this check' }).click();

	const notice = page.getByRole('status').filter({ hasText: 'Deleted the check of' });
	await expect(notice).toBeVisible();
	await expect(page.getByRole('button', { name: DEFENCE })).toHaveCount(0);
	// Focus waits on Undo, since what had it is gone.
	await expect(notice.getByRole('button', { name: 'Undo' })).toBeFocused();
	await page.keyboard.press('Enter');

	await expect(page.getByRole('rowheader')).toHaveText([REFERENDUM, DEFENCE, MANUFACTURE]);
	await page.reload();
	await expect(page.getByRole('rowheader')).toHaveText([REFERENDUM, DEFENCE, MANUFACTURE]);
});

test('Clear all asks first, and can be undone', async ({ page }) => {
	const clear = page.getByRole('button', { name: 'Clear all…' });
	await clear.click();
	const dialog = page.getByRole('dialog', { name: 'Delete every check in History?' });
	await expect(dialog).toContainText('all 3 checks');
	await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(clear).toBeFocused();
	await expect(page.getByRole('rowheader')).toHaveCount(3);

	await clear.click();
	await dialog.getByRole('button', { name: 'Delete all checks' }).click();
	await expect(page.getByText('Cleared History: 3 checks deleted.')).toBeVisible();
	await expect(page.getByText('No checks yet.')).toBeVisible();

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('rowheader')).toHaveText([REFERENDUM, DEFENCE, MANUFACTURE]);
});
