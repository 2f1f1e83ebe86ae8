import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import svelteConfig from '../svelte.config.js';
import type { Plugin } from 'vite';
import viteConfig from '../vite.config.ts';
import { CSP_DIRECTIVES, headerCsp, headersFile, SECURITY_HEADERS } from './security-headers.js';

const REGENERATE = `node -e "import('./src/security-headers.js').then((m) => process.stdout.write(m.headersFile()))" > static/_headers`;

/** Vite's plugin option, nested arrays and promises included, as one list. */
async function flatPlugins(option: unknown): Promise<Plugin[]> {
	const value = await option;
	if (Array.isArray(value)) return (await Promise.all(value.map(flatPlugins))).flat();
	return value ? [value as Plugin] : [];
}

describe('security headers, from one source', () => {
	it('static/_headers says what src/security-headers.js says', () => {
		const shipped = readFileSync(new URL('../static/_headers', import.meta.url), 'utf8');
		expect(shipped, `static/_headers is out of date; run: ${REGENERATE}`).toBe(headersFile());
	});

	it('vite preview sends the same headers, before SvelteKit answers', async () => {
		const plugins = await flatPlugins(viteConfig.plugins);
		const at = plugins.findIndex((p) => p?.name === 'verbatim:security-headers');
		expect(at).toBeGreaterThanOrEqual(0);
		expect(at).toBeLessThan(plugins.findIndex((p) => p?.name?.startsWith('vite-plugin-sveltekit')));
		const sent: Record<string, string> = {};
		const server = { middlewares: { use: (handler: Function) => handler({}, { setHeader: (n: string, v: string) => (sent[n] = v) }, () => {}) } };
		(plugins[at].configurePreviewServer as Function)(server);
		expect(sent).toEqual(SECURITY_HEADERS);
	});

	it("SvelteKit writes the same directives into the page's meta tag", () => {
		expect(svelteConfig.kit?.csp?.directives).toBe(CSP_DIRECTIVES);
	});

	it('sends every directive but the build-dependent ones, framing forbidden among them', () => {
		expect(headerCsp()).toBe(
			"style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; " +
				"base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
		);
		expect(SECURITY_HEADERS).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });
	});
});
