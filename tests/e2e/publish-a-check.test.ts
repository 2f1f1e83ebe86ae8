import { expect, test } from '@playwright/test';
import { check, claims } from './helpers.ts';

/** Width and height a PNG's header gives. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a check leaves as a citation, an evidence card and ClaimReview markup, and the publisher is remembered', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const answer = await check(page, claims.altered);
	await answer.getByText('Publish: citation, evidence card, ClaimReview').click();

	const citation = answer.getByRole('textbox', { name: /Citation as/ });
	await expect(citation).toHaveValue(/^“Bilateral trade has grown by about 5\.7 percent.*” — Vladimir Putin, Russian-Belarusian talks, Moscow, 13 March 2025/);
	await expect(citation).toHaveValue(/\nVerbatim: ✗ Altered — /);
	await answer.getByRole('radio', { name: 'Markdown' }).check();
	await expect(citation).toHaveValue(/^> “Bilateral trade/);
	await answer.getByRole('button', { name: 'Copy citation' }).click();
	await expect(answer.getByText('Citation copied.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^> “Bilateral trade/);

	await expect(answer.getByRole('img', { name: /^Evidence card: Altered\./ })).toBeVisible();
	const [svgFile] = await Promise.all([page.waitForEvent('download'), answer.getByRole('button', { name: 'Download SVG' }).click()]);
	const { readFile } = await import('node:fs/promises');
	const svg = await readFile(await svgFile.path(), 'utf8');
	expect(svg).toContain('width="1200" height="675"');
	const [pngFile] = await Promise.all([page.waitForEvent('download'), answer.getByRole('button', { name: 'Download PNG' }).click()]);
	const png = await readFile(await pngFile.path());
	expect(pngSize(png)).toEqual({ width: 1200, height: 675 });
	console.log(`evidence card: SVG ${Buffer.byteLength(svg)} bytes, PNG ${png.length} bytes`);
	await answer.getByRole('button', { name: 'Copy image' }).click();
	await expect(answer.getByText('Card copied as an image.')).toBeVisible();

	const markup = answer.getByRole('textbox', { name: 'ClaimReview JSON-LD to paste' });
	await expect(answer.getByText(/Still to fill: the page address \(required\)/)).toBeVisible();
	await answer.getByLabel('Your organisation').fill('Example Checks');
	await answer.getByLabel('Your organisation').blur();
	await answer.getByLabel('Address of the page that publishes it').fill('not an address');
	await answer.getByLabel('Address of the page that publishes it').blur();
	await expect(answer.getByText('Not a web address:')).toBeVisible();
	await answer.getByLabel('Address of the page that publishes it').fill('https://checks.example/trade');
	await answer.getByLabel('Address of the page that publishes it').blur();
	await expect(answer.getByText(/Still to fill/)).toHaveCount(0);
	const review = JSON.parse((await markup.inputValue()).replace(/^<script type="application\/ld\+json">|<\/script>$/g, ''));
	expect(review).toMatchObject({ '@type': 'ClaimReview', url: 'https://checks.example/trade', author: { name: 'Example Checks' }, reviewRating: { alternateName: 'Altered' } });

	// Remembered in this browser: a new check, after a reload, has them filled in.
	await page.reload();
	const again = await check(page, claims.exact);
	await again.getByText('Publish: citation, evidence card, ClaimReview').click();
	await expect(again.getByLabel('Your organisation')).toHaveValue('Example Checks');
	await expect(again.getByLabel('Address of the page that publishes it')).toHaveValue('https://checks.example/trade');
});

test('hostile claim text stays text: nothing of it becomes part of the page or ends the markup block', async ({ page }) => {
	const hostile = '"We can manufacture everything</script><script>window.__owned=1</script><!-- <img src=x onerror=window.__owned=2>," Lukashenko said';
	const scripts = async () => page.locator('script').count();
	await page.goto('/');
	const before = await scripts();
	const answer = await check(page, hostile);
	await answer.getByText('Publish: citation, evidence card, ClaimReview').click();
	const block = await answer.getByRole('textbox', { name: 'ClaimReview JSON-LD to paste' }).inputValue();
	expect(block.match(/<\/script/gi)).toHaveLength(1);
	expect(block).not.toContain('<!--');
	await answer.getByRole('radio', { name: 'HTML' }).check();
	await expect(answer.getByRole('textbox', { name: /Citation as/ })).not.toHaveValue(/<script/);
	expect(await scripts()).toBe(before);
	expect(await page.evaluate(() => (window as { __owned?: number }).__owned)).toBeUndefined();
});

test('a saved check is published from History too', async ({ page }) => {
	await check(page, claims.misattributed);
	await expect(page.getByRole('button', { name: 'Add a note' })).toBeVisible();
	await page.goto('/history');
	await page.getByRole('rowheader').first().getByRole('button').click();
	const detail = page.getByRole('article', { name: 'Saved check' });
	await detail.getByText('Publish: citation, evidence card, ClaimReview').click();
	await expect(detail.getByRole('textbox', { name: /Citation as/ })).toHaveValue(/— Aleksandr Lukashenko, /);
	await expect(detail.getByRole('textbox', { name: 'ClaimReview JSON-LD to paste' })).toHaveValue(/"alternateName": "Misattributed"/);
});
