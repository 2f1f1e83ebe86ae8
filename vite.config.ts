import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { packs } from './src/lib/packs/vite-plugin.ts';

export default defineConfig({
	plugins: [sveltekit(), packs()],
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.{test,spec}.{js,ts}'],
		environment: 'node',
		setupFiles: ['fake-indexeddb/auto']
	}
});
