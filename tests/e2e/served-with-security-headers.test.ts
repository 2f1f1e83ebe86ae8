import { expect, test } from '@playwright/test';
import { CSP_DIRECTIVES, SECURITY_HEADERS } from '../../src/security-headers.js';
import { check, claims } from './helpers.ts';

/** "a b; c d" -> Map { a => "b", c => "d" } */
const directives = (policy: string) =>
	new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values.join(' ')]));

test('pages and scripts are served with the headers a meta tag cannot set', async ({ request }) => {
	const script = (await (await request.get('/')).text()).match(/\/_app\/immutable\/[^"']+\.js/)?.[0];
	expect(script).toBeTruthy();
	for (const path of ['/', '/library', script!]) {
		const response = await request.get(path);
		expect(response.ok(), path).toBe(true);
		const headers = response.headers();
		for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
	}
});

test('a deep link the preview renders on request still forbids framing', async ({ request }) => {
	// SvelteKit answers it with its own full policy (script hashes included) in place of ours.
	const headers = (await request.get('/library/own:not-there')).headers();
	expect(directives(headers['content-security-policy']).get('frame-ancestors')).toBe("'none'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
});

test("the header's policy agrees with the page's own and forbids framing", async ({ page }) => {
	const response = await page.goto('/');
	const header = directives(response!.headers()['content-security-policy']);
	const meta = directives((await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '');
	expect(header.get('frame-ancestors')).toBe("'none'");
	for (const [name, value] of header) if (name !== 'frame-ancestors') expect(meta.get(name), name).toBe(value);
	// Browsers ignore frame-ancestors in a meta tag, so SvelteKit leaves it out there.
	expect([...meta.keys()].sort()).toEqual(Object.keys(CSP_DIRECTIVES).filter((d) => d !== 'frame-ancestors').sort());
});

test('a check works under both policies, with nothing refused', async ({ page }) => {
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
	});
	await page.goto('/');
	const answer = await check(page, claims.exact);
	await expect(answer.getByRole('heading', { level: 2, name: 'Exact' })).toBeVisible();
	expect(refused).toEqual([]);
});
