import { expect, test } from '@playwright/test';
import { check } from './helpers.ts';

const CLINTON = '"The era of big government is over," Clinton said.';
const HARBOUR = 'The harbour authority will dredge the eastern channel to a depth of fourteen metres by the spring of 2026.';

test('load the State of the Union pack, check a famous line, and find it still there after a reload', async ({ page }) => {
	test.setTimeout(90_000);
	const packRequests: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('/packs/')) packRequests.push(request.url());
	});

	await page.goto('/library');
	await page.getByRole('button', { name: /Load the U\.S\. State of the Union addresses/ }).click();
	await expect(page.getByText(/Checks now run against 2\d\d documents/)).toBeVisible({ timeout: 60_000 });
	expect(packRequests).toHaveLength(1);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	let answer = await check(page, CLINTON);
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	await expect(answer).toContainText('William J. Clinton');

	// A reload restores the kept index: the pack is not downloaded again.
	packRequests.length = 0;
	await page.reload();
	answer = await check(page, CLINTON);
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	await expect(answer).toContainText('William J. Clinton');
	expect(packRequests).toHaveLength(0);

	// A framed quote: the frame names the speaker, the year and the occasion, and is never read as the quote.
	answer = await check(page, 'Obama, 2010 State of the Union: "Economists on the left and the right say this bill has helped save jobs and avert disaster."');
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	await expect(answer).toContainText('Barack Obama');

	// A frame whose year the source's date contradicts: said, and the verdict of the words stands.
	answer = await check(page, 'Harry Truman, 1947: "If we falter, we may endanger the peace of the world, and we shall surely endanger the welfare of this Nation."');
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	const when = answer.getByRole('note', { name: 'When or where' });
	await expect(when).toContainText('1947');
	await expect(when).toContainText('1997');
	await expect(when).toContainText('does not change the verdict');

	// A source added beside the pack: the pack in use is not downloaded again, and the source checks.
	await page.goto('/library');
	await page.getByLabel('Title of the pasted source').fill('Harbour plan');
	await page.getByLabel('Paste the text of a speech, a transcript or an article').fill(HARBOUR);
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Checks now run against 2\d\d documents/ })).toBeVisible({ timeout: 60_000 });
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	answer = await check(page, `"${HARBOUR}"`);
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	answer = await check(page, CLINTON);
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	expect(packRequests).toHaveLength(0);
});
