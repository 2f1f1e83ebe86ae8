import { expect, test, type Page } from '@playwright/test';
import { check, claims } from './helpers.ts';

const CLINTON = '"The era of big government is over," Clinton said.';

/** Waits until the service worker is active and controls this page (reloading once if it took over late). */
async function controlled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
}

test('after one visit, the app loads, checks, and opens History and the Library with no network', async ({ page, context }) => {
	await page.goto('/');
	await controlled(page);
	await check(page, claims.altered);
	await expect(page.getByRole('button', { name: 'Add a note' })).toBeVisible();

	await context.setOffline(true);
	expect(await page.evaluate(() => fetch('/nothing-here').then(() => 'answered', () => 'refused'))).toBe('refused');
	const started = Date.now();
	await page.goto(`/?${new URLSearchParams({ q: claims.exact })}`);
	await expect(page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	console.log(`time to first verdict offline (navigation to verdict shown): ${Date.now() - started} ms`);

	const answer = await check(page, claims.misattributed);
	await expect(answer.getByRole('heading', { level: 2 })).toContainText('Misattributed');

	await page.reload();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'History' }).click();
	await expect(page.getByRole('rowheader').filter({ hasText: 'bilateral trade' })).toBeVisible();
	// A page opened directly, not through the app's own links.
	await page.goto('/library');
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	await page.goto('/library/2025-03-13-belta-ambitious-national-projects');
	await expect(page.getByText('We can manufacture everything').first()).toBeVisible();
});

test('the State of the Union pack, loaded once online, is kept and checks offline', async ({ page, context }) => {
	test.setTimeout(120_000);
	await page.goto('/library');
	await controlled(page);
	// The checker's worker of a first visit started before the service worker took over; the next visit's is its client.
	await page.reload();
	await page.getByRole('button', { name: /Load the U\.S\. State of the Union addresses/ }).click();
	await expect(page.getByText(/Checks now run against/)).toBeVisible({ timeout: 60_000 });
	// Cached when first used: it is not part of what the app keeps at install. The service worker
	// writes its copy after answering (waitUntil), so a fast index can be ready before 11 MB are written.
	await expect.poll(() => page.evaluate(async () => !!(await caches.match('/packs/sotu.json'))), { timeout: 15_000 }).toBe(true);

	// Without the kept index (a new version builds its own), the checker must read the pack again: offline, from the cache.
	await page.goto('/help');
	await page.evaluate(() => new Promise((resolve, reject) => {
		const deleting = indexedDB.deleteDatabase('verbatim-index-cache');
		deleting.onsuccess = resolve;
		deleting.onerror = () => reject(deleting.error);
	}));
	await context.setOffline(true);
	await page.goto('/library');
	expect(await page.evaluate(() => fetch('/packs/sotu.json').then((r) => r.ok, () => false))).toBe(true);
	await expect(page.getByText(/Checks now run against/)).toBeVisible({ timeout: 60_000 });
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	const answer = await check(page, CLINTON);
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	await expect(answer).toContainText('William J. Clinton');
});

test('the app is installable: manifest fields, icons of the sizes it names, a service worker', async ({ page, request }) => {
	await page.goto('/');
	await controlled(page);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(href ?? '')).json();
	expect(manifest).toMatchObject({ name: expect.any(String), short_name: 'Verbatim', start_url: '/', display: 'standalone' });
	const sizes: string[] = [];
	for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
		const body = await (await request.get(icon.src)).body();
		if (icon.type === 'image/png') {
			expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`).toBe(icon.sizes);
			sizes.push(`${icon.sizes} ${icon.purpose}`);
		}
	}
	expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
	// Chromium's own verdict, the one behind its install button and Lighthouse's check.
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors.map((e: { errorId: string }) => e.errorId).filter((id: string) => id !== 'in-incognito')).toEqual([]);
});
