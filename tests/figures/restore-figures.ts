/**
 * How long a reload takes to restore a kept archive, in a real Chromium; printed,
 * not asserted (run after `npm run build`; several minutes, about 3 GB of memory):
 *
 *   npx tsx tests/figures/restore-figures.ts            about 250 MB of text
 *   RESTORE_MB=120 npx tsx tests/figures/restore-figures.ts
 *   RESTORE_AGAIN=1 npx tsx tests/figures/restore-figures.ts   only the restore, on the profile kept by the last run
 *                                                              (same build only: a new build's version never restores it)
 *
 * It writes generated sources (a seeded walk over made-up words, in files under the
 * Library's 25 MB limit, one real sentence in the middle) to a temporary folder, adds
 * them in the Library as a user would, waits until the index is kept, then:
 *
 * 1. restore: from loading the page again to the first check answered (target <= 2 s);
 * 2. of that, a fresh checker worker from start to ready on the kept index (it reads the
 *    chunks, assembles them and restores the index), and reading the chunks' bytes alone;
 *    The checker's own measures (worker.ts: reading, joining, restoring, the first check) and the page's
 *    (check.svelte.ts: from the answer to the verdict shown) say where it goes;
 * 3. memory: the largest resident size of the browser's processes while restoring, and after.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPreview } from './preview.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.RESTORE_PORT ?? 4178);
const BASE = `http://127.0.0.1:${PORT}`;
const TARGET_MB = Number(process.env.RESTORE_MB ?? 250);
/** Under the Library's 25 MiB a file (src/lib/sources/extract.ts). */
const FILE_CHARS = 24_000_000;
const QUOTE = 'The harbour authority will dredge the eastern channel to a depth of fourteen metres by the spring of 2026.';
const INDEXING_TIMEOUT_MS = 30 * 60_000;

/** The sources' texts, written to files; the quote stands in the middle of the middle one. */
function writeSources(dir: string): string[] {
	const words = Array.from({ length: 20_000 }, (_, i) => `v${((i * 2654435761) >>> 0).toString(36).slice(0, 6)}`);
	let seed = 20_260_101;
	const next = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
	const files = Math.ceil((TARGET_MB * 1e6) / FILE_CHARS);
	return Array.from({ length: files }, (_, f) => {
		const parts: string[] = [];
		let length = 0;
		while (length < FILE_CHARS) {
			const sentence = Array.from({ length: 14 }, () => words[next() % words.length]).join(' ') + '.';
			parts.push(sentence);
			length += sentence.length + 1;
			if (f === Math.floor(files / 2) && parts.length === 50_000) parts.push(QUOTE);
		}
		const path = join(dir, `archive-${String(f + 1).padStart(2, '0')}.txt`);
		writeFileSync(path, parts.join(' '));
		return path;
	});
}

/** Resident memory of a process and all its descendants (bytes), from /proc. */
function treeRss(pid: number): number {
	let total = 0;
	try {
		total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
		for (const task of readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean)) total += treeRss(Number(task));
	} catch {
		// The process ended meanwhile.
	}
	return total;
}

/** Resident memory of the Chromium this script launched: its child processes named chrom*, with theirs. */
function browserRss(): number {
	const children = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').split(/\s+/).filter(Boolean);
	const isChromium = (pid: string) => {
		try {
			return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('chrom');
		} catch {
			return false;
		}
	};
	return children.filter(isChromium).reduce((sum, pid) => sum + treeRss(Number(pid)), 0);
}

/** Samples browserRss every 100 ms until stopped; returns the peak. */
function sampleMemory(): () => number {
	let peak = 0;
	const timer = setInterval(() => (peak = Math.max(peak, browserRss())), 100);
	return () => (clearInterval(timer), peak);
}

async function checkQuote(page: Page): Promise<string> {
	await page.getByRole('textbox', { name: /Paste a quote or a figure/ }).fill(`"${QUOTE}"`);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	const heading = page.getByRole('region', { name: 'Result' }).getByRole('heading', { level: 2 });
	await heading.waitFor({ timeout: 120_000 });
	return (await heading.textContent()) ?? '';
}

/**
 * In the page: the kept chunks read alone, as the worker reads them (8 a request), then a fresh
 * checker worker started as the app starts it, timed to ready. Plain JavaScript in a string:
 * functions compiled here would carry helpers of this script's compiler into the page.
 */
const WORKER_RESTORE = `async ({ url, build }) => {
	const db = await new Promise((resolve, reject) => {
		const open = indexedDB.open('verbatim-index-cache');
		open.onsuccess = () => resolve(open.result);
		open.onerror = () => reject(open.error);
	});
	function request(r) {
		return new Promise((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
	}
	const current = await request(db.transaction('meta').objectStore('meta').get('current'));
	const header = await request(db.transaction('headers').objectStore('headers').get(current.signature));
	// The chunks' records (their bytes are Blobs), then their bytes, 8 Blobs read at a time as the worker reads them.
	const t0 = performance.now();
	const range = IDBKeyRange.bound([header.signature, 0], [header.signature, Infinity]);
	const chunks = await request(db.transaction('chunks').objectStore('chunks').getAll(range));
	let next = 0;
	const reader = async () => {
		while (next < chunks.length) await chunks[next++].bytes?.arrayBuffer();
	};
	await Promise.all(Array.from({ length: 8 }, reader));
	const readMs = performance.now() - t0;
	// The same Blobs all asked for at once.
	const t1 = performance.now();
	await Promise.all(chunks.map((chunk) => chunk.bytes?.arrayBuffer()));
	const pipelinedMs = performance.now() - t1;
	db.close();
	const started = performance.now();
	const worker = new Worker(url, { type: 'module' });
	await new Promise((resolve, reject) => {
		worker.onmessage = (event) => (event.data.type === 'ready' ? resolve() : event.data.type === 'failed' && reject(new Error(event.data.message)));
		worker.postMessage({ id: 0, type: 'start', build, packBase: '/packs/' });
	});
	const readyMs = performance.now() - started;
	worker.terminate();
	return { readyMs, readMs, pipelinedMs, chunks: header.chunks, headerBytes: header.bytes };
}`;

/** Where the restore's time went: the checker worker's measures (worker.ts), as times since the page began loading. */
async function restoreSteps(page: Page): Promise<string> {
	const checker = page.workers().find((w) => /worker/.test(w.url()));
	if (!checker) return '  steps: the checker worker was not found';
	const { pageOrigin, pageSteps } = await page.evaluate(() => ({
		pageOrigin: performance.timeOrigin,
		pageSteps: performance.getEntriesByType('measure').map((m) => ({ name: m.name, start: m.startTime, duration: m.duration }))
	}));
	const { origin, steps } = await checker.evaluate(() => ({
		origin: performance.timeOrigin,
		steps: performance.getEntriesByType('measure').map((m) => ({ name: m.name, start: m.startTime, duration: m.duration }))
	}));
	const at = (ms: number) => `${(origin + ms - pageOrigin).toFixed(0)} ms`;
	const lines = steps.map((s) => `    ${s.name}: ${s.duration.toFixed(0)} ms (from ${at(s.start)})`);
	const navigation = await page.evaluate(() => {
		const [n] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
		return n ? { response: n.responseEnd, interactive: n.domInteractive, loaded: n.domContentLoadedEventEnd } : null;
	});
	const loading = navigation
		? `    document: received ${navigation.response.toFixed(0)} ms, interactive ${navigation.interactive.toFixed(0)} ms, its scripts run by ${navigation.loaded.toFixed(0)} ms`
		: '    document: no navigation timing';
	const inPage = [loading, ...pageSteps.map((s) => `    ${s.name}: ${s.duration.toFixed(0)} ms (from ${s.start.toFixed(0)} ms)`)];
	return [`  steps, in the checker worker (it started ${at(0)} after the page began loading):`, ...lines, '  and in the page (check.svelte.ts):', ...inPage].join('\n');
}

type WorkerRestore = { readyMs: number; readMs: number; pipelinedMs: number; chunks: number; headerBytes: number };

async function workerRestore(page: Page, workerUrl: string, build: string): Promise<WorkerRestore> {
	return page.evaluate(`(${WORKER_RESTORE})(${JSON.stringify({ url: workerUrl, build })})`) as Promise<WorkerRestore>;
}

async function main(): Promise<void> {
	const workerFile = readdirSync(join(root, 'build/_app/immutable/workers')).find((f) => f.startsWith('worker'));
	if (!workerFile) throw new Error('restore-figures: no built worker; run `npm run build` first');
	const workerUrl = `/_app/immutable/workers/${workerFile}`;
	const again = process.env.RESTORE_AGAIN === '1';
	const dir = join(tmpdir(), `verbatim-restore-${TARGET_MB}`);
	// The browser's profile is kept (the index in its IndexedDB), so RESTORE_AGAIN can time the restore alone.
	const profile = join(dir, 'profile');
	if (!again) rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const stop = await startPreview(root, PORT);
	const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	try {
		const build = ((await (await fetch(`${BASE}/_app/version.json`)).json()) as { version: string }).version;
		const page = context.pages()[0] ?? (await context.newPage());
		console.log(`Restore of a kept archive in Chromium (2 shared cores; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}):`);
		if (!again) await addSources(page, writeSources(dir));

		const peakOf = sampleMemory();
		const loaded = performance.now();
		await page.goto(`${BASE}/`);
		const verdict = await checkQuote(page);
		const restoreMs = performance.now() - loaded;
		const peak = peakOf();
		console.log(`  restore: page load to first check answered: ${restoreMs.toFixed(0)} ms (target <= 2000 ms); verdict "${verdict.trim()}"`);
		console.log(await restoreSteps(page));
		console.log(`  memory: browser processes peak ${(peak / 2 ** 20).toFixed(0)} MiB while restoring, ${(browserRss() / 2 ** 20).toFixed(0)} MiB after`);

		const worker = await workerRestore(page, workerUrl, build);
		console.log(`  of which, in a fresh worker: start to ready ${worker.readyMs.toFixed(0)} ms; reading the ${worker.chunks} chunks (${(worker.headerBytes / 1e6).toFixed(0)} MB) alone ${worker.readMs.toFixed(0)} ms, 8 Blobs at a time (as the worker reads them), ${worker.pipelinedMs.toFixed(0)} ms all asked at once`);
	} finally {
		await context.close();
		try {
			stop();
		} catch {
			// The preview had already stopped.
		}
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) rmSync(join(dir, file));
	}
}

/** Adds the files in the Library as a user would and waits until their index is kept. */
async function addSources(page: Page, files: string[]): Promise<void> {
	await page.goto(`${BASE}/library`);
	const added = performance.now();
	await page.getByLabel(/Open files/).setInputFiles(files);
	const status = page.getByRole('status').filter({ hasText: `Checks now run against ${files.length + 5} documents` });
	await status.waitFor({ timeout: INDEXING_TIMEOUT_MS });
	const kept = await status.textContent();
	console.log(`  sources: ${files.length} files, ${((files.length * FILE_CHARS) / 1e6).toFixed(0)} M characters; added, indexed and kept in ${((performance.now() - added) / 1000).toFixed(0)} s`);
	if (/not kept/.test(kept ?? '')) throw new Error(`restore-figures: the index was not kept: ${kept}`);
}

await main();
