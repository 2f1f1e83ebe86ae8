import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/security-headers.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Absolute /_app/ URLs, so the root page can serve as the shell for any deep link.
		paths: { relative: false },
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '200.html', strict: true }),
		// The policy lives in src/security-headers.js, which also gives the server its headers.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
