import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { check, checkAndKeep, claims, downloadText, putRows } from './helpers.ts';

const ARTICLE = readFileSync(new URL('../fixtures/articles/news-report.txt', import.meta.url), 'utf8');

async function violations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).analyze();
	// Readable on failure: rule, and where.
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		test('the Check page, empty', async ({ page }) => {
			await page.goto('/');
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		for (const [name, claim] of Object.entries(claims)) {
			test(`the Check page with a result (${name})`, async ({ page }) => {
				await page.goto('/');
				await check(page, claim);
				expect(await violations(page)).toEqual([]);
			});
		}

		test('the verdicts page, its examples checked', async ({ page }) => {
			await page.goto('/verdicts');
			await expect(page.locator('[data-engine-verdict="not_found"]')).toBeVisible({ timeout: 20_000 });
			expect(await violations(page)).toEqual([]);
		});

		test('the Help page', async ({ page }) => {
			await page.goto('/help');
			await expect(page.getByTestId('corpus-fingerprint')).toHaveText(/^[0-9a-f]{12}$/);
			expect(await violations(page)).toEqual([]);
		});

		test('the Article page, checked, with a statement open', async ({ page }) => {
			await page.goto('/article');
			await page.getByLabel('Paste an article, or open a file').fill(ARTICLE);
			await page.getByRole('button', { name: 'Check article' }).click();
			await expect(page.getByRole('region', { name: 'Article check' })).toHaveAttribute('data-finished', '1');
			await page.getByRole('link', { name: /✗ Altered/ }).click();
			await expect(page.getByRole('complementary', { name: 'Evidence' }).getByRole('heading', { name: 'Altered' })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test('the Check page with the Publish panel open', async ({ page }) => {
			const answer = await check(page, claims.altered);
			await answer.getByText('Publish: citation, evidence card, ClaimReview').click();
			await expect(answer.getByRole('img', { name: /^Evidence card/ })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test('the Check page opened by the bookmarklet, with the page it came from', async ({ page }) => {
			await page.goto(`/?${new URLSearchParams({ q: claims.exact, from: 'https://news.example/a', title: 'A report' })}`);
			await expect(page.getByText('Selected on')).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test('the Library', async ({ page }) => {
			await page.goto('/library');
			await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test('the reader, at a span', async ({ page }) => {
			await page.goto('/');
			const answer = await check(page, claims.exact);
			await answer.getByRole('link', { name: /Open in reader/ }).click();
			await expect(page.locator('mark[tabindex="-1"]')).toBeFocused();
			expect(await violations(page)).toEqual([]);
		});

		test('Speakers', async ({ page }) => {
			await page.goto('/speakers');
			await expect(page.getByRole('searchbox')).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test('History', async ({ page }) => {
			await page.goto('/');
			await check(page, claims.altered);
			await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});

		test('History with imported checks, a damaged entry and more than a page, one open', async ({ page }) => {
			await checkAndKeep(page, claims.altered);
			await page.goto('/history');
			const file = JSON.parse(await downloadText(page, 'Export JSON'));
			const [one] = file.checks;
			file.checks = Array.from({ length: 120 }, (_, i) => ({ ...one, id: `imported-${i}`, claim: `${one.claim} (${i})` }));
			await page.getByLabel('Import a JSON export').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
			await expect(page.getByText('Added 120 checks; 0 were already there.')).toBeVisible();
			await putRows(page, 'checks', [{ ...one, id: 'damaged', createdAt: 1e20 }]);
			await page.reload();
			await expect(page.getByRole('button', { name: 'Show 21 more' })).toBeVisible();
			await page.getByRole('button', { name: `${one.claim} (119)` }).click();
			await expect(page.getByRole('article', { name: 'Saved check' })).toContainText('Imported — not checked here');
			expect(await violations(page)).toEqual([]);
		});
	});
}
