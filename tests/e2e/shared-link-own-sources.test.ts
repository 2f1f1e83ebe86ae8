import { expect, test } from '@playwright/test';
import { check, claims, result } from './helpers.ts';

const TITLE = 'Riverside council minutes';
const TEXT = 'The council will open two more branch libraries by 2027, one in Eastgate and one in Millbrook.';
const QUOTE = '"The council will open two more branch libraries by 2027," the mayor said.';

test('a link to a check against own sources says, where they are absent, which sources it used', async ({ page, context, browser }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/library');
	await page.getByLabel('Title of the pasted source').fill(TITLE);
	await page.getByLabel('Paste the text of a speech, a transcript or an article').fill(TEXT);
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Checks now run against \d+ documents/ })).toBeVisible({ timeout: 20_000 });

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	const answer = await check(page, QUOTE);
	await expect(answer).toContainText(TITLE);
	await answer.getByRole('button', { name: 'Copy link' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());

	// Where the source is: the check repeats, and nothing is said to be missing.
	await page.goto(link);
	await expect(result(page)).toContainText(TITLE);
	await expect(result(page)).not.toContainText('sources you do not have');

	// Another browser, without the source: the verdict is not bare.
	const elsewhere = await (await browser.newContext()).newPage();
	await elsewhere.goto(link);
	const there = result(elsewhere);
	await expect(there.getByRole('heading', { level: 2 })).toBeVisible();
	await expect(there).toContainText(`This check used sources you do not have: “${TITLE}”.`);
	await expect(there).toContainText('import them in your Library');
});

test('a link too long to arrive whole is not copied; a shortened one only when asked', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/');
	await page.evaluate(() => navigator.clipboard.writeText('left as it was'));
	const claim = `${claims.altered}, and “${'the talks went on late into the night '.repeat(240)}”`;
	const answer = await check(page, claim);
	await answer.getByRole('button', { name: 'Copy link' }).click();
	await expect(answer.getByRole('status').filter({ hasText: 'No link copied: with this claim it would be' })).toContainText('links over 8,000 are often cut off');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('left as it was');

	await answer.getByRole('button', { name: 'Copy a link with the claim shortened' }).click();
	await expect(answer.getByRole('status').filter({ hasText: 'Shortened link copied.' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link.length).toBeLessThanOrEqual(8000);
	const kept = new URL(link).searchParams.get('q') ?? '';
	expect(kept.length).toBeGreaterThan(1000);
	expect(claim.startsWith(kept)).toBe(true);
});
