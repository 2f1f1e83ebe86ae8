import { expect, test, type Page } from '@playwright/test';
import { check, indexCacheCounts } from './helpers.ts';

/**
 * A kept index in the cache's previous format (v2: texts as strings, arrays as typed arrays in
 * the records), left by an older version of the app, and marked as the one checks ran against.
 * Written in the page after the checker has closed its own connection (it gives way to a deletion).
 */
async function keepAnOlderIndex(page: Page): Promise<void> {
	const { version } = await (await page.request.get('/_app/version.json')).json();
	await page.evaluate(async (build) => {
		const done = (request: IDBRequest | IDBOpenDBRequest) =>
			new Promise((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error))));
		await done(indexedDB.deleteDatabase('verbatim-index-cache'));
		const open = indexedDB.open('verbatim-index-cache', 2);
		open.onupgradeneeded = () => {
			for (const store of ['used', 'meta', 'chunks']) open.result.createObjectStore(store);
			open.result.createObjectStore('headers', { keyPath: 'signature' });
		};
		const db = (await done(open)) as IDBDatabase;
		const tx = db.transaction(['headers', 'chunks', 'used', 'meta'], 'readwrite');
		const documents = [{ id: 'own:old', title: 'An old archive', speakers: [] }];
		tx.objectStore('headers').put({ signature: 'old', build, corpus: { name: 'Old', description: '', documents }, arrays: [], rareWordLimit: 2, vocabularySize: 0, chunks: 1, bytes: 30 });
		tx.objectStore('chunks').put({ kind: 'text', pieces: [{ doc: 0, text: 'Words kept by an older version.' }] }, ['old', 0]);
		tx.objectStore('used').put(Date.now(), 'old');
		tx.objectStore('meta').put({ signature: 'old', build }, 'current');
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	}, version);
}

test('an index kept by an older version is dropped, not read; the next one is kept and restored', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await keepAnOlderIndex(page);

	// The checker opens the cache at its own version: the older index goes, and it starts on the bundled corpus.
	await page.reload();
	await expect((await check(page, '"We can manufacture everything," Lukashenko said')).getByRole('heading', { level: 2 })).toContainText('Exact');
	expect(await indexCacheCounts(page)).toEqual({ version: 3, headers: 0, chunks: 0 });

	const quote = 'The lighthouse keeper logged forty-one ships passing the northern reef before dawn.';
	const text = `${'Harbour notes of an ordinary week, written down each evening. '.repeat(40)}${quote} ${'More notes. '.repeat(40)}`;
	await page.goto('/library');
	await page.getByLabel(/Open files/).setInputFiles({ name: 'harbour-notes.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
	const status = page.getByRole('status').filter({ hasText: 'Checks now run against 6 documents' });
	await expect(status).toBeVisible({ timeout: 60_000 });
	await expect(status).not.toContainText('not kept');
	const kept = await indexCacheCounts(page);
	expect(kept.headers).toBe(1);
	expect(kept.chunks).toBeGreaterThan(0);

	await page.reload();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Check' }).click();
	await expect((await check(page, `"${quote}"`)).getByRole('heading', { level: 2 })).toContainText('Exact');
});
