/**
 * The Article page's figures in the browser, printed, not asserted (run after `npm run build`):
 *
 *   npx tsx tests/figures/article-figures.ts
 *
 * It starts its own `vite preview` (port 4177, or ARTICLE_BENCH_PORT), loads the State of the
 * Union pack in the Library as a user does, then checks the benchmark's article (about 5,000
 * words, 40 quotations, the same one `npm run bench` times in Node) on the Article page, and
 * prints: the time to the first verdict and to the last, the longest main-thread task
 * (PerformanceObserver longtask) and the longest gap between animation frames while it runs
 * (target: no frame over 100 ms).
 */
import { chromium } from '@playwright/test';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { articleOf } from '../../src/cli/bench/article.ts';
import { loadSotuCorpus } from '../../src/cli/bench/sotu.ts';
import { startPreview } from './preview.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.ARTICLE_BENCH_PORT ?? 4177);
const BASE = `http://127.0.0.1:${PORT}`;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function main(): Promise<void> {
	const article = articleOf(loadSotuCorpus(), 20251);
	const stop = await startPreview(root, PORT);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const page = await browser.newPage();
		// tsx names the functions it compiles with a helper the page does not have.
		await page.addInitScript('window.__name = (f) => f');
		await page.goto(`${BASE}/library`);
		await page.getByRole('button', { name: /Load the U\.S\. State of the Union addresses/ }).click();
		await page.getByText(/Checks now run against/).waitFor({ timeout: 120_000 });
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Article' }).click();
		await page.getByLabel('Paste an article, or open a file').fill(article);
		const figures = await page.evaluate(async () => {
			const longTasks: number[] = [];
			new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
			let longestFrame = 0;
			let last = performance.now();
			let running = true;
			const frame = (t: number) => {
				longestFrame = Math.max(longestFrame, t - last);
				last = t;
				if (running) requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
			const region = document.querySelector('[aria-label="Article check"]')!;
			const started = performance.now();
			let first = 0;
			const seen = new MutationObserver(() => (first ||= document.querySelector('a.statement') ? performance.now() - started : 0));
			seen.observe(document.body, { subtree: true, childList: true });
			[...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Check article')!.click();
			while (region.getAttribute('data-finished') !== '1') await new Promise((r) => setTimeout(r, 20));
			const total = performance.now() - started;
			running = false;
			seen.disconnect();
			return { first, total, longestFrame, longTasks: longTasks.length, longestTask: Math.max(0, ...longTasks), marked: document.querySelectorAll('a.statement').length };
		});
		const summary = await page.getByText(/^\d+ statements:/).textContent();
		if (process.env.DEBUG_ARTICLE) {
			await page.locator('a.statement').first().click();
			console.log(await page.getByRole('complementary', { name: 'Evidence' }).textContent());
		}
		console.log(`Article page against the State of the Union pack (Chromium, 2 cores; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}):`);
		console.log(`  article: ${article.split(/\s+/).length} words; ${figures.marked} statements marked; ${summary}`);
		console.log(`  first verdict after ${ms(figures.first)}, last after ${ms(figures.total)}`);
		console.log(`  main thread: ${figures.longTasks} long tasks, longest ${ms(figures.longestTask)}; longest frame ${ms(figures.longestFrame)} (target: no frame over 100 ms)`);
	} finally {
		await browser.close();
		stop();
	}
}

await main();
