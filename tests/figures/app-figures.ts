/**
 * Figures for the app, printed, not asserted (run after `npm run build`):
 *
 *   npx tsx tests/figures/app-figures.ts
 *
 * 1. JavaScript shipped to the browser: every .js file under build/_app, gzipped
 *    (level 9) one by one and summed, which is what a server with gzip sends. The
 *    bundled corpus is inlined in the chunks as string literals; its share is
 *    estimated per chunk as gzip(chunk) - gzip(chunk with the corpus texts cut out),
 *    and reported apart.
 * 2. Time from load to first verdict: a fresh browser context opens `/?q=<claim>`;
 *    the time is `performance.now()` (ms since navigation start) when the page has
 *    shown the verdict. Median of several cold loads.
 * 3. Time per check in the page: the seed evaluation claims, typed into the field
 *    and checked one after another: the page's own round trip (ask the worker ->
 *    answer) and the engine's `elapsedMs` inside the worker, as median and 95th percentile.
 *
 * It starts its own `vite preview` on port 4175 and drives Debian's Chromium.
 */
import { chromium, type Browser } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startPreview } from './preview.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.FIGURES_PORT ?? 4175);
const BASE = `http://127.0.0.1:${PORT}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function files(dir: string, ext: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
	});
}

/** Cuts each corpus text out of a chunk, located by its first and last 40 characters as they appear in the literal. */
function withoutCorpus(code: string, texts: string[]): string {
	for (const text of texts) {
		const lines = text.split('\n').filter((l) => l.trim());
		const head = lines[0].slice(0, 40);
		const tail = lines[lines.length - 1].slice(-40);
		const start = code.indexOf(head);
		// The last occurrence within the text's length (texts repeat paragraphs; escapes add a little).
		const end = start < 0 ? -1 : code.lastIndexOf(tail, start + Math.ceil(text.length * 1.1));
		if (start >= 0 && end >= start) code = code.slice(0, start) + code.slice(end + tail.length);
	}
	return code;
}

type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[] };

/**
 * Files fetched only when the user adds a file of that kind (PDF, Word, web page):
 * the readers of src/lib/sources and everything they load, from Vite's build manifest.
 */
function fileReaderChunks(): Set<string> {
	const manifest = JSON.parse(readFileSync(join(root, '.svelte-kit/output/client/.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
	const readers = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || readers.has(chunk.file)) return;
		readers.add(chunk.file);
		for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
	};
	for (const key of Object.keys(manifest)) if (/^src\/lib\/sources\/(?:pdf|docx|html)\.ts$/.test(key)) visit(key);
	// A chunk the app also imports statically is not the readers' alone.
	for (const [key, chunk] of Object.entries(manifest)) {
		if (/^src\/lib\/sources\//.test(key) || key.includes('node_modules/pdfjs') || key.includes('node_modules/mammoth') || key.includes('@mozilla/readability')) continue;
		for (const imported of chunk.imports ?? []) if (manifest[imported] && !/^src\/lib\/sources\/(?:pdf|docx|html)/.test(imported)) readers.delete(manifest[imported].file);
	}
	return readers;
}

function javascriptFigures(): void {
	const seed = join(root, 'src/lib/corpus/seed');
	const texts = readdirSync(seed)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(join(seed, f), 'utf8'));
	const chunks = files(join(root, 'build/_app'), '.js');
	const readers = fileReaderChunks();
	let total = 0;
	let corpus = 0;
	let worker = 0;
	let readerBytes = 0;
	for (const path of chunks) {
		const code = readFileSync(path, 'utf8');
		const size = gz(code);
		if ([...readers].some((file) => path.endsWith(file))) {
			readerBytes += size;
			continue;
		}
		const share = size - gz(withoutCorpus(code, texts));
		total += size;
		corpus += share;
		if (path.includes('/workers/')) worker += size - share;
	}
	const shell = readFileSync(join(root, 'build/index.html'), 'utf8');
	const preloaded = [...shell.matchAll(/href="(\/_app\/[^"]+\.js)"/g)].map((m) => m[1]);
	const first = preloaded.reduce((sum, href) => sum + gz(readFileSync(join(root, 'build', href))), 0);
	console.log('JavaScript shipped to the browser (gzip -9, file by file)');
	console.log(`  all chunks of the app:    ${kb(total)} (file readers apart, below)`);
	console.log(`  of which the corpus text: ${kb(corpus)} (inlined in the worker and in the page's chunks)`);
	console.log(`  app JavaScript, no corpus: ${kb(total - corpus)}   (target < 150 KB)`);
	console.log(`    of which the worker (engine): ${kb(worker)}`);
	console.log(`  loaded by the Check page before it runs (modulepreload): ${kb(first)}, corpus included`);
	console.log(`  file readers, fetched only when a PDF, Word file or web page is added (pdf.js, mammoth, Readability): ${kb(readerBytes)}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1];

async function firstVerdict(browser: Browser, runs: number): Promise<number[]> {
	const claim = 'Putin said bilateral trade has grown by about 7.5 percent';
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${BASE}/?${new URLSearchParams({ q: claim })}`, { waitUntil: 'commit' });
		await page.locator('[data-answered="1"] h2').waitFor();
		times.push(await page.evaluate(() => performance.now()));
		await context.close();
	}
	return times;
}

async function perCheck(browser: Browser): Promise<{ roundTrip: number[]; engine: number[] }> {
	const claims = readFileSync(join(root, 'src/lib/engine/testdata/seed-claims.jsonl'), 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => (JSON.parse(l) as { claim: string }).claim);
	const page = await browser.newPage();
	await page.goto(`${BASE}/`);
	const field = page.getByRole('textbox', { name: /Paste a quote or a figure/ });
	const result = page.getByRole('region', { name: 'Result' });
	const roundTrip: number[] = [];
	const engine: number[] = [];
	for (const [i, claim] of claims.entries()) {
		await field.fill(claim);
		await page.getByRole('button', { name: 'Check', exact: true }).click();
		await page.locator(`[data-answered="${i + 1}"]`).waitFor();
		roundTrip.push(Number(await result.getAttribute('data-round-trip-ms')));
		engine.push(Number(await result.getAttribute('data-engine-ms')));
	}
	await page.close();
	return { roundTrip, engine };
}

async function main(): Promise<void> {
	javascriptFigures();
	const stop = await startPreview(root, PORT);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const first = await firstVerdict(browser, 7);
		console.log('\nTime from load to first verdict (cold context, /?q=..., ms since navigation start)');
		console.log(`  median ${median(first).toFixed(0)} ms, slowest ${Math.max(...first).toFixed(0)} ms over ${first.length} loads`);
		const { roundTrip, engine } = await perCheck(browser);
		const line = (xs: number[]) =>
			`median ${median(xs).toFixed(1)} ms, p95 ${p95(xs).toFixed(1)} ms, slowest ${Math.max(...xs).toFixed(1)} ms`;
		console.log(`\nTime per check in the page (${roundTrip.length} seed claims, one after another)`);
		console.log(`  page round trip (ask the worker -> answer): ${line(roundTrip)}`);
		console.log(`  engine inside the worker (elapsedMs):       ${line(engine)}`);
	} finally {
		await browser.close();
		stop();
	}
}

await main();
