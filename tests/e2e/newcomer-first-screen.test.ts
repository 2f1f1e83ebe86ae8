import { expect, test } from '@playwright/test';
import { check, claims, result } from './helpers.ts';

const BUNDLED_LINE = "Checks run against 5 documents: Belarus–Russia leaders' talks, 2023–2025";

test('the Check page says what checks run against, and the line follows the choice made in the Library', async ({ page }) => {
	await page.goto('/');
	const line = page.locator('#corpus-line');
	await expect(line).toHaveText(`${BUNDLED_LINE} · change in Library`);
	await expect(page.getByRole('textbox', { name: /Paste a quote/ })).toHaveAccessibleDescription(/Checks run against 5 documents/);

	await line.getByRole('link', { name: 'change in Library' }).click();
	await page.getByLabel('Title of the pasted source').fill('Riverside council minutes');
	await page.getByLabel('Paste the text of a speech, a transcript or an article').fill('The council will open two more branch libraries by 2027.');
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Checks now run against 6 documents/ })).toBeVisible({ timeout: 20_000 });

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	await expect(line).toHaveText(/^Checks run against 6 documents: Belarus–Russia leaders' talks, 2023–2025 \(5\) and 1 of your own sources/);
	const answer = await check(page, claims.notFound);
	await expect(answer).toContainText('Not in these 6 documents');
});

test('every example on the verdicts page gets its verdict from the engine, and a result links to its entry', async ({ page }) => {
	await page.goto('/');
	const answer = await check(page, claims.altered);
	await answer.getByRole('link', { name: 'What “Altered” means' }).click();
	await expect(page).toHaveURL(/\/verdicts#altered$/);
	await expect(page.getByRole('heading', { level: 1, name: 'What the verdicts mean' })).toBeVisible();
	await expect(page.getByText('A verdict is about the corpus, not the world')).toBeVisible();

	const entries = page.locator('section.entry');
	await expect(entries).toHaveCount(6);
	for (const entry of await entries.all()) {
		const verdict = await entry.getAttribute('id');
		await expect(entry.locator('[data-engine-verdict]')).toHaveAttribute('data-engine-verdict', verdict ?? 'missing', { timeout: 20_000 });
	}
});

test('after moving to another page the focus is on its heading, and the page is announced', async ({ page }) => {
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const [link, heading] of [
		['Article', 'Check an article'],
		['Library', 'Library'],
		['History', 'History'],
		['Help', 'Help and about'],
		['Check', 'Check a quote or a figure']
	] as const) {
		await nav.getByRole('link', { name: link, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
		await expect(page.getByTestId('page-announcer')).toHaveText(`${heading}, page opened`);
	}
});

test('after a check the verdict is announced in a polite live region, and the focus stays in the claim box', async ({ page }) => {
	await page.goto('/');
	const field = page.getByRole('textbox', { name: /Paste a quote/ });
	await field.fill(claims.misattributed);
	await field.press('Control+Enter');
	const status = result(page).locator('[aria-live="polite"][role="status"]').first();
	await expect(status).toHaveText(/^Misattributed\. These words are Aleksandr Lukashenko's/);
	await expect(field).toBeFocused();
});

test('the Help page says what Verbatim does not do, that nothing leaves the browser, and which corpus it carries', async ({ page }) => {
	await page.goto('/help');
	await expect(page.getByRole('heading', { name: 'What it does not do' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Nothing leaves your browser' })).toBeVisible();
	await expect(page.getByText('Ctrl+Enter or ⌘+Enter')).toBeVisible();
	await expect(page.getByTestId('corpus-fingerprint')).toHaveText(/^[0-9a-f]{12}$/);
});
