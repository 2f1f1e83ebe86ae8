/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps Verbatim working offline. At install it caches the app shell: every page, script, style,
 * the checker's worker and the bundled corpus (which is inside the scripts). The file readers and
 * the packs are cached when first used (see lazy-files.ts). A new version waits until the page
 * asks it to take over (the user pressed "Reload"), so a check under way is never cut off and
 * an old page never loses the files it still needs; IndexedDB is never touched here.
 */
import { build, files, prerendered, version } from '$service-worker';
import { LAZY_LIST, LAZY_PREFIXES } from '../lib/offline/lazy-files.ts';
import { SKIP_WAITING } from '../lib/offline/messages.ts';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `shell-${version}`;
const LAZY = `lazy-${version}`;
/**
 * The packs, kept across versions: their names carry no hash, so they are asked of the network
 * first (a new version may bring a new pack) and taken from here when offline. The checker
 * asks for a pack only when its index is not kept in IndexedDB, so this costs a download rarely.
 */
const PACKS = 'packs';
/** Static files no page needs to work (the README's screenshot). */
const NOT_SHELL = new Set(['/screenshot.png', '/_headers']);

/** The readers' files, as the build listed them; none when the list cannot be read (then all is precached). */
async function lazyList(): Promise<Set<string>> {
	try {
		const response = await fetch(`/${LAZY_LIST}`, { cache: 'no-store' });
		const list: unknown = response.ok ? await response.json() : [];
		return new Set(Array.isArray(list) ? list.map((f) => `/${f}`) : []);
	} catch {
		return new Set();
	}
}

function isLazy(path: string, readers: Set<string>): boolean {
	return readers.has(path) || LAZY_PREFIXES.some((prefix) => path.startsWith(prefix));
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const readers = await lazyList();
			const shell = [...build, ...files, ...prerendered].filter((path) => !isLazy(path, readers) && !NOT_SHELL.has(path));
			await (await caches.open(SHELL)).addAll(shell);
			// The first version has no page to cut off: it takes over at once.
			if (!sw.registration.active) await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (![SHELL, LAZY, PACKS].includes(key)) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === SKIP_WAITING) void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin || request.headers.has('range')) return;
	if (url.pathname === `/${LAZY_LIST}`) return;
	if (LAZY_PREFIXES.some((prefix) => url.pathname.startsWith(prefix))) event.respondWith(pack(request, event));
	else event.respondWith(request.mode === 'navigate' ? page(request, url) : file(request, url, event));
});

/** A pack: from the network, kept for offline use; the kept copy when there is no network. */
async function pack(request: Request, event: FetchEvent): Promise<Response> {
	try {
		const response = await fetch(request);
		if (response.ok) {
			const copy = response.clone();
			event.waitUntil(caches.open(PACKS).then((cache) => cache.put(request, copy)));
		}
		return response;
	} catch (error) {
		const kept = await caches.match(request, { cacheName: PACKS });
		if (kept) return kept;
		throw error;
	}
}

/** A page: from the network when there is one (fresh headers, a new version), else the cached page or the app's shell. */
async function page(request: Request, url: URL): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		const shell = await caches.open(SHELL);
		return (await shell.match(url.pathname)) ?? (await shell.match('/')) ?? Response.error();
	}
}

/** A file: from the cache when kept there; else from the network, kept when it is an app file (the readers' chunks). */
async function file(request: Request, url: URL, event: FetchEvent): Promise<Response> {
	const kept = (await caches.match(request, { cacheName: SHELL })) ?? (await caches.match(request, { cacheName: LAZY }));
	if (kept) return kept;
	const response = await fetch(request);
	if (url.pathname.startsWith('/_app/immutable/') && response.ok && response.type === 'basic') {
		const copy = response.clone();
		event.waitUntil(caches.open(LAZY).then((cache) => cache.put(request, copy)));
	}
	return response;
}
