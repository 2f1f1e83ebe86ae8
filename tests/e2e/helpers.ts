import { expect, type Locator, type Page } from '@playwright/test';

/** The words of the examples and claims the tests paste, with what the seed corpus holds for them. */
export const claims = {
	exact: '"We can manufacture everything," Lukashenko said',
	altered: 'Putin said bilateral trade has grown by about 7.5 percent',
	misattributed: 'Putin said: "We can manufacture everything."',
	notFound: 'Belarus will join the European Union by 2030'
};

/** The part of the Check page that shows the answer. */
export function result(page: Page): Locator {
	return page.getByRole('region', { name: 'Result' });
}

/** Opens the Check page, pastes `claim`, presses Check and waits for a verdict. */
export async function check(page: Page, claim: string): Promise<Locator> {
	if (!page.url().startsWith('http')) await page.goto('/');
	await page.getByRole('textbox', { name: /Paste a quote or a figure/ }).fill(claim);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	const answer = result(page);
	await expect(answer.getByRole('heading', { level: 2 })).toBeVisible();
	return answer;
}

/**
 * Writes `rows` straight into the app's database (store `store`), as a broken version, an edit by
 * hand or an older app might have left them. Open a page of the app first, so the database exists.
 */
export async function putRows(page: Page, store: string, rows: object[]): Promise<void> {
	await page.evaluate(
		([name, values]) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('verbatim');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(name, 'readwrite');
					for (const value of values) tx.objectStore(name).put(value);
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		[store, rows] as const
	);
}

/** Checks `claim` on a fresh Check page and waits until it is kept in History (the note button appears then). */
export async function checkAndKeep(page: Page, claim: string): Promise<void> {
	await page.goto('/');
	await page.getByLabel('Paste a quote or a figure, with who said it if you know').fill(claim);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Add a note' })).toBeVisible();
}

/** Clicks `button` and returns the text of the file it downloads. */
export async function downloadText(page: Page, button: string): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	const { readFile } = await import('node:fs/promises');
	return readFile(await file.path(), 'utf8');
}

/** The version of the kept indexes' database (storage/index-cache.ts) and how many headers and chunks it holds. */
export async function indexCacheCounts(page: Page): Promise<{ version: number; headers: number; chunks: number }> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('verbatim-index-cache');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const count = (store: string) =>
			new Promise<number>((resolve) => {
				const request = db.transaction(store).objectStore(store).count();
				request.onsuccess = () => resolve(request.result);
			});
		const counts = { version: db.version, headers: await count('headers'), chunks: await count('chunks') };
		db.close();
		return counts;
	});
}
