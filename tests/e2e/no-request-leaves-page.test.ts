import { expect, test } from '@playwright/test';
import { check, claims } from './helpers.ts';

test('no request leaves the page: every page, a check and the reader stay on this origin', async ({ page, context, baseURL }) => {
	const ORIGIN = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
	const requests: string[] = [];
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
	});
	context.on('request', (request) => requests.push(request.url()));
	// A worker's own requests (its module, anything it fetches) are reported on the worker.
	page.on('worker', (worker) => requests.push(worker.url()));

	await page.goto('/');
	const answer = await check(page, claims.altered);
	await answer.getByRole('link', { name: /Open in reader/ }).click();
	await expect(page.locator('mark[tabindex="-1"]')).toBeVisible();
	for (const path of ['/library', '/speakers', '/history', '/verdicts', '/help', '/']) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	}
	await check(page, claims.misattributed);
	await page.waitForLoadState('networkidle');

	expect(requests.length).toBeGreaterThan(0);
	const elsewhere = requests.filter((url) => !url.startsWith(`${ORIGIN}/`));
	expect(elsewhere).toEqual([]);
	// The policy lets the app itself (scripts, styles, the worker) do everything it needs.
	expect(refused).toEqual([]);
});

test('the page carries a Content-Security-Policy that allows no other origin', async ({ page }) => {
	await page.goto('/');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("connect-src 'self'");
	expect(csp).not.toMatch(/https?:/);
});
