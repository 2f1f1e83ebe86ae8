import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * End-to-end tests against the built app (`npm run build` first; `npm test` does it),
 * served by `vite preview` and driven in Debian's Chromium. Playwright never downloads a browser.
 */
/**
 * A port the system says is free, unless E2E_PORT names one: the app started by `npm start`
 * keeps 4173, and the suite runs beside it. Chosen once, in the runner, and handed to its
 * workers through the environment (they load this file again and must agree on the port).
 */
function freePort(): string {
	const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
	return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.E2E_PORT ??= freePort();
const port = Number(process.env.E2E_PORT);
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
