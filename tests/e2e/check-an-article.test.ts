import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { downloadText } from './helpers.ts';

const NEWS = readFileSync(new URL('../fixtures/articles/news-report.txt', import.meta.url), 'utf8');

/** Pastes `text` on the Article page and waits until every statement is checked. */
async function checkArticle(page: Page, text: string): Promise<void> {
	await page.goto('/article');
	await page.getByLabel('Paste an article, or open a file').fill(text);
	await page.getByRole('button', { name: 'Check article' }).click();
	await expect(page.getByRole('region', { name: 'Article check' })).toHaveAttribute('data-finished', '1');
}

test('an article with an altered figure and a misattributed quote: both marked, each with its evidence, and the report exported', async ({ page }) => {
	await checkArticle(page, NEWS);
	await expect(page.getByText('8 statements: 3 ✓ exact · 1 ✗ altered · 1 ⇄ misattributed · 3 ? not found')).toBeVisible();

	const article = page.getByRole('article', { name: 'The article, statements marked' });
	const altered = article.getByRole('link', { name: /✗ Altered bilateral trade has grown by about 7\.5 percent/ });
	const misattributed = article.getByRole('link', { name: /⇄ Misattributed We need to trust only the hard evidence/ });
	await expect(altered).toBeVisible();
	await expect(misattributed).toBeVisible();

	const evidence = page.getByRole('complementary', { name: 'Evidence' });
	await altered.click();
	await expect(evidence.getByRole('heading', { name: 'Altered' })).toBeVisible();
	await expect(evidence).toContainText('The source says about 5.7 percent, not about 7.5 percent.');
	await expect(evidence.locator('mark')).toContainText(['5.7']);

	await misattributed.focus();
	await page.keyboard.press('Enter');
	await expect(evidence.getByRole('heading', { name: 'Misattributed' })).toBeVisible();
	await expect(evidence).toContainText("These words are Aleksandr Lukashenko's, not Vladimir Putin's.");
	await expect(evidence).toContainText('In the article: Vladimir Putin');

	const markdown = await downloadText(page, 'Export Markdown');
	expect(markdown).toContain('8 statements: 3 ✓ exact · 1 ✗ altered');
	expect(markdown).toMatch(/## 3\. ✗ Altered\n\n> bilateral trade has grown by about 7\.5 percent\./);
	expect(markdown).toContain('number: “about 7.5 percent” in the article, “about 5.7 percent” in the source');
	expect(markdown).toContain('[Russian-Belarusian talks');
	const json = JSON.parse(await downloadText(page, 'Export JSON'));
	expect(json[2]).toMatchObject({ verdict: 'altered', statement: { n: 3, kind: 'figure', speaker: 'Vladimir Putin' } });
	expect(NEWS.slice(json[2].statement.start, json[2].statement.end)).toBe(json[2].statement.text);
});

test('the keyboard moves between statements, and the filter keeps only those that do not stand', async ({ page }) => {
	await checkArticle(page, NEWS);
	const evidence = page.getByRole('complementary', { name: 'Evidence' });
	await page.keyboard.press('n');
	await expect(evidence.getByRole('heading', { name: 'Statement 1 of 8' })).toBeVisible();
	await page.keyboard.press('p');
	await expect(evidence.getByRole('heading', { name: 'Statement 8 of 8' })).toBeVisible();

	await page.getByLabel('Only those that do not stand').check();
	const article = page.getByRole('article', { name: 'The article, statements marked' });
	await expect(article.getByRole('link')).toHaveCount(5);
	await expect(article.getByRole('link', { name: /✓ Exact/ })).toHaveCount(0);
	await page.getByRole('button', { name: 'Next statement ▶' }).click();
	await expect(evidence.getByRole('heading', { name: /Statement 3 of 8/ })).toBeVisible();
});

test('the Check page offers to check a pasted article as one', async ({ page }) => {
	await page.goto('/');
	await page.getByLabel('Paste a quote or a figure, with who said it if you know').fill(NEWS);
	await page.getByRole('button', { name: 'Check as an article' }).click();
	await expect(page).toHaveURL(/\/article$/);
	await expect(page.getByRole('region', { name: 'Article check' })).toHaveAttribute('data-finished', '1');
	await expect(page.getByText(/^8 statements:/)).toBeVisible();
});

test.describe('bad input gets a message, and the page stays usable', () => {
	test('an empty article', async ({ page }) => {
		await checkArticle(page, '   \n\n  ');
		await expect(page.getByText(/There is no article to check: paste an article/)).toBeVisible();
	});

	test('an article with no quotation', async ({ page }) => {
		await checkArticle(page, readFileSync(new URL('../fixtures/articles/no-quotes.txt', import.meta.url), 'utf8'));
		await expect(page.getByText(/No statement to check was found/)).toBeVisible();
	});

	test('unbalanced quotation marks', async ({ page }) => {
		await checkArticle(page, 'The talks went on.\n\n“We can manufacture everything, Lukashenko said at the talks.');
		await expect(page.getByText(/Paragraph 2 .* has a quotation mark that is not closed/)).toBeVisible();
		await expect(page.getByText(/^1 statement/)).toBeVisible();
	});

	test('an article of 1 MB', async ({ page }) => {
		await page.goto('/article');
		// Filled through the DOM: typing 1 MB into a textarea is Chromium's slowness, not the page's.
		await page.getByLabel('Paste an article, or open a file').evaluate((el: HTMLTextAreaElement) => {
			el.value = 'The talks went on. '.repeat(55_000);
			el.dispatchEvent(new Event('input', { bubbles: true }));
		});
		await page.getByRole('button', { name: 'Check article' }).click();
		await expect(page.getByText(/an article check reads up to 200,000/)).toBeVisible();
		await expect(page.getByRole('button', { name: 'Check article' })).toBeEnabled();
	});

	test('2,000 quotation marks: checked with progress, and Cancel stops it', async ({ page }) => {
		const text = Array.from({ length: 1000 }, (_, k) => `“We can manufacture everything number ${k},” he said.`).join('\n');
		await page.goto('/article');
		await page.getByLabel('Paste an article, or open a file').fill(text);
		await page.getByRole('button', { name: 'Check article' }).click();
		await expect(page.getByText(/Checked \d+ of 400 statements/)).toBeVisible();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.getByText(/Cancelled: \d+ of 400 statements were checked/)).toBeVisible();
		await expect(page.getByText(/1,000 statements; the first 400 were checked/)).toBeVisible();
	});

	test('a binary file', async ({ page }) => {
		await page.goto('/article');
		await page.getByLabel(/Open a file/).setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0xff, 0xfe]) });
		await expect(page.getByText(/^photo\.txt: /)).toBeVisible();
		await expect(page.getByLabel('Paste an article, or open a file')).toHaveValue('');
	});
});

test('the checked article fits a 320 px screen', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await checkArticle(page, NEWS);
	await page.getByRole('link', { name: /✗ Altered/ }).click();
	await expect(page.getByRole('complementary', { name: 'Evidence' }).getByRole('heading', { name: 'Altered' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('an article check is kept in History as one entry: found after a reload, searched, and opened again', async ({ page }) => {
	await checkArticle(page, NEWS);
	await expect(page.getByText('Kept in History.')).toBeVisible();
	await page.goto('/history');
	await page.reload();
	const entries = page.getByRole('region', { name: 'Article checks' });
	const entry = entries.getByRole('link', { name: 'Minsk and Moscow promise more trade' });
	await expect(entry).toBeVisible();
	await expect(entries).toContainText('8 statements: 3 ✓ exact · 1 ✗ altered · 1 ⇄ misattributed · 3 ? not found');
	await entries.getByLabel('Search article checks').fill('Peskov');
	await expect(entry).toBeVisible();
	// A misspelt name still finds the article, as it finds a single check.
	await entries.getByLabel('Search article checks').fill('Peskvo');
	await expect(entry).toBeVisible();
	await entries.getByLabel('Search article checks').fill('Lincoln');
	await expect(entry).toBeHidden();
	await entries.getByLabel('Search article checks').fill('');
	await entry.click();
	await expect(page).toHaveURL(/\/article\?id=/);
	await page.getByRole('link', { name: /⇄ Misattributed We need to trust/ }).click();
	await expect(page.getByRole('complementary', { name: 'Evidence' }).getByRole('heading', { name: 'Misattributed' })).toBeVisible();
});

test('a Markdown file opened keeps its block quotes, each a statement with the speaker of its lead-in', async ({ page }) => {
	await page.goto('/article');
	await page.getByLabel(/Open a file/).setInputFiles(fileURLToPath(new URL('../fixtures/articles/feature-block-quotes.md', import.meta.url)));
	await expect(page.getByLabel('Paste an article, or open a file')).toHaveValue(/^# Two presidents, one plan/);
	await page.getByRole('button', { name: 'Check article' }).click();
	await expect(page.getByRole('region', { name: 'Article check' })).toHaveAttribute('data-finished', '1');
	await expect(page.getByText('3 statements: 2 ✓ exact · 1 ? not found')).toBeVisible();
	await page.getByRole('link', { name: /Mr Lukashenko, I am delighted to see you/ }).click();
	await expect(page.getByRole('complementary', { name: 'Evidence' })).toContainText('In the article: Vladimir Putin');
});

test("each statement of an article check has its own ClaimReview, naming the speaker the article gives it", async ({ page }) => {
	await checkArticle(page, NEWS);
	const article = page.getByRole('article', { name: 'The article, statements marked' });
	await article.getByRole('link', { name: /⇄ Misattributed We need to trust only the hard evidence/ }).click();
	const evidence = page.getByRole('complementary', { name: 'Evidence' });
	await evidence.getByText('Publish: citation, evidence card, ClaimReview').click();
	const block = await evidence.getByRole('textbox', { name: 'ClaimReview JSON-LD to paste' }).inputValue();
	const review = JSON.parse(block.replace(/^<script type="application\/ld\+json">|<\/script>$/g, ''));
	expect(review).toMatchObject({ '@type': 'ClaimReview', reviewRating: { alternateName: 'Misattributed' }, itemReviewed: { author: { name: 'Vladimir Putin' } } });
	expect(review.claimReviewed).toContain('We need to trust only the hard evidence');
});

test('an article check travels in the History export: imported in another browser, it is listed there', async ({ page, browser }) => {
	await checkArticle(page, NEWS);
	await expect(page.getByText('Kept in History.')).toBeVisible();
	await page.goto('/history');
	const text = await downloadText(page, 'Export JSON');
	expect(JSON.parse(text).articles).toHaveLength(1);

	const elsewhere = await (await browser.newContext()).newPage();
	await elsewhere.goto('/history');
	await elsewhere.getByLabel('Import a JSON export').setInputFiles({ name: 'history.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await expect(elsewhere.getByText('Added 1 article check.')).toBeVisible();
	await expect(elsewhere.getByRole('region', { name: 'Article checks' }).getByRole('link', { name: 'Minsk and Moscow promise more trade' })).toBeVisible();
	await elsewhere.context().close();
});
