import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/**
 * End-to-end tests against the built app (`npm run build` first; `npm test` does it),
 * served by `vite preview` and driven in Debian's Chromium. Playwright never downloads a browser.
 */
/** 4173 unless E2E_PORT says otherwise (to run a second copy of the suite beside the first). */
const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;

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
		baseURL: origin,
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
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `${origin}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
