import { expect, test, type Page } from '@playwright/test';
import { indexCacheCounts } from './helpers.ts';

/**
 * A generated archive of about 20 MB (a seeded walk over made-up words, so no two
 * sentences repeat), with one sentence of real words in the middle to check.
 */
function archiveText(targetChars: number): { text: string; quote: string } {
	const words = Array.from({ length: 4000 }, (_, i) => `v${(i * 2654435761 >>> 0).toString(36).slice(0, 6)}`);
	let seed = 20_260_101;
	const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
	const quote = 'The harbour authority will dredge the eastern channel to a depth of fourteen metres by the spring of 2026.';
	const parts: string[] = [];
	let length = 0;
	while (length < targetChars) {
		const sentence = Array.from({ length: 14 }, () => words[next() % words.length]).join(' ') + '.';
		parts.push(sentence);
		length += sentence.length + 1;
		if (parts.length === 2000) parts.push(quote);
	}
	return { text: parts.join(' '), quote };
}

async function addFile(page: Page, name: string, text: string) {
	await page.goto('/library');
	await page.getByLabel(/Open files/).setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
	// The bundled corpus's 5 documents and this one.
	await expect(page.getByRole('status').filter({ hasText: 'Checks now run against 6 documents' })).toBeVisible({ timeout: 120_000 });
}

async function checkQuote(page: Page, quote: string, expected: string) {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	await page.getByRole('textbox', { name: /Paste a quote or a figure/ }).fill(`"${quote}"`);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 })).toContainText(expected, { timeout: 30_000 });
}

test('a source of 20 MB is indexed, kept in chunks, restored after a reload, and checks run against it', async ({ page }) => {
	test.setTimeout(240_000);
	const { text, quote } = archiveText(20_000_000);
	await addFile(page, 'harbour-archive.txt', text);
	await expect(page.getByRole('status').filter({ hasText: /Checks now run against/ })).not.toContainText('not kept');
	// The Library says what the ticked sources cost: 20 M characters are 40 MB of UTF-16 text.
	await expect(page.getByTestId('index-cost')).toContainText(/Indexing what is ticked: 40 MB of text in memory; its index takes about 28 MB more/);

	const stored = await indexCacheCounts(page);
	// 20 MB of text (kept as UTF-8) and its index: many chunks of at most 8 MB, one header.
	expect(stored.headers).toBe(1);
	expect(stored.chunks).toBeGreaterThan(5);

	await page.reload();
	const started = Date.now();
	await checkQuote(page, quote, 'Exact');
	console.log(`after reload: checked against the restored 20 MB source in ${Date.now() - started} ms`);
	await checkQuote(page, quote.replace('fourteen', 'twenty'), 'Altered');
});

test('when the browser will not hold the index, the Library says so and checks still run against the source', async ({ page }) => {
	test.setTimeout(120_000);
	const { text, quote } = archiveText(2_000_000);
	// The worker asks storage how much room is left just before saving: this browser has 1 MB.
	page.on('worker', (worker) => {
		void worker.evaluate(() => {
			Object.defineProperty(navigator.storage, 'estimate', { value: async () => ({ quota: 1_000_000, usage: 0 }) });
		});
	});
	await page.goto('/library');
	await page.getByLabel(/Open files/).setInputFiles({ name: 'harbour-archive.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
	const status = page.getByRole('status').filter({ hasText: 'Checks now run against 6 documents' });
	await expect(status).toContainText(/The index of this collection needs about \d+ MB of storage, but this browser leaves Verbatim 1 MB, so it was not kept\. Checks work now/, {
		timeout: 60_000
	});
	await checkQuote(page, quote, 'Exact');
});
