import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { lazyFiles } from './src/lib/offline/vite-plugin.ts';
import { packs } from './src/lib/packs/vite-plugin.ts';
import { SECURITY_HEADERS } from './src/security-headers.js';

/**
 * Sends what a meta tag cannot set (frame-ancestors, nosniff, referrer) from `vite preview`, as
 * static/_headers does in production. SvelteKit answers preview requests itself, so Vite's
 * `preview.headers` never reaches its responses; a middleware added before SvelteKit's does.
 */
export function securityHeaders(): Plugin {
	return {
		name: 'verbatim:security-headers',
		configurePreviewServer(server) {
			server.middlewares.use((_request, response, next) => {
				for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [securityHeaders(), sveltekit(), packs(), lazyFiles()],
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.{test,spec}.{js,ts}'],
		environment: 'node',
		setupFiles: ['fake-indexeddb/auto']
	}
});
