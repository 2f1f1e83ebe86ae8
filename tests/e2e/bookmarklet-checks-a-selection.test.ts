import { expect, test } from '@playwright/test';

const ARTICLE = `<!doctype html><html><head><title>Lukashenko in Moscow — a report</title></head>
<body><p id="quote">"We can manufacture everything," Lukashenko said.</p><p>Other words.</p></body></html>`;

test('the bookmarklet opens Verbatim with the selected words, checks them and shows the page they came from', async ({ page, context, baseURL }) => {
	await page.goto('/help');
	const link = page.getByRole('link', { name: 'Check in Verbatim' });
	const href = (await link.getAttribute('href')) ?? '';
	expect(href.startsWith('javascript:')).toBe(true);
	// Clicked here, it only says what to do.
	await link.click();
	await expect(page.getByRole('status').filter({ hasText: 'Drag this link to your bookmarks bar' })).toBeVisible();

	// A page elsewhere, with a quote selected on it.
	await context.route('https://news.example/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: ARTICLE }));
	await page.goto('https://news.example/2025/lukashenko');
	await page.evaluate(() => getSelection()?.selectAllChildren(document.getElementById('quote') as HTMLElement));
	const [verbatim] = await Promise.all([context.waitForEvent('page'), page.evaluate(decodeURIComponent(href.slice('javascript:'.length)))]);

	await verbatim.waitForLoadState();
	expect(verbatim.url().startsWith(`${baseURL}/#`)).toBe(true);
	await expect(verbatim.getByRole('textbox', { name: /Paste a quote or a figure/ })).toHaveValue('"We can manufacture everything," Lukashenko said.');
	await expect(verbatim.getByText('Selected on “Lukashenko in Moscow — a report”')).toBeVisible();
	await expect(verbatim.getByRole('link', { name: /news\.example\/2025\/lukashenko/ })).toHaveAttribute('href', 'https://news.example/2025/lukashenko');
	await expect(verbatim.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 })).toContainText('Exact');
});

test('a link with a very long or hostile claim is cut with a note and shown as text', async ({ page }) => {
	const hostile = `<img src=x onerror="window.__owned=1"> ${'We can manufacture everything. '.repeat(500)}`.trim();
	await page.goto(`/?${new URLSearchParams({ q: hostile })}`);
	await expect(page.getByText(`The link brought ${hostile.length.toLocaleString('en-GB')} characters; only the first 9,99`)).toBeVisible();
	const field = page.getByRole('textbox', { name: /Paste a quote or a figure/ });
	await expect(field).toHaveValue(/^<img src=x onerror="window.__owned=1"> We can/);
	await expect(page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 })).toBeVisible();
	expect(await page.locator('main img[src="x"]').count()).toBe(0);
	expect(await page.evaluate(() => (window as { __owned?: number }).__owned)).toBeUndefined();
});
