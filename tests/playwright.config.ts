import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/**
 * End-to-end tests against the built app (`npm run build` first; `npm test` does it),
 * served by `vite preview` and driven in Debian's Chromium. Playwright never downloads a browser.
 */
export default defineConfig({
	testDir: './e2e',
	workers: 1,
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	outputDir: '../test-results',
	use: {
		...devices['Desktop Chrome'],
		baseURL: 'http://127.0.0.1:4173',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-quic',
				'--no-first-run'
			]
		}
	},
	webServer: {
		// Run from the project root, where vite.config.ts and the build are.
		cwd: fileURLToPath(new URL('..', import.meta.url)),
		command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
		url: 'http://127.0.0.1:4173/',
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
