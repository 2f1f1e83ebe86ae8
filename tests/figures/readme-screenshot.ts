/**
 * Takes README's screenshot, the first screen a newcomer sees after checking the "changed
 * figure" example (run after `npm run build`):
 *
 *   npx tsx tests/figures/readme-screenshot.ts
 *
 * It starts its own `vite preview` on port 4176 (FIGURES_PORT) and writes static/screenshot.png.
 */
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { startPreview } from './preview.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.FIGURES_PORT ?? 4176);
const CLAIM = 'Putin said bilateral trade has grown by about 7.5 percent';

const stop = await startPreview(root, PORT);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, colorScheme: 'light' });
	await page.goto(`http://127.0.0.1:${PORT}/`);
	await page.locator('#corpus-line').filter({ hasText: 'Checks run against' }).waitFor();
	await page.getByRole('textbox', { name: /Paste a quote/ }).fill(CLAIM);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 }).waitFor();
	await page.screenshot({ path: `${root}static/screenshot.png` });
	console.log('wrote static/screenshot.png (1280×860)');
} finally {
	await browser.close();
	stop();
}
