import { expect, test } from '@playwright/test';

/**
 * A choice made while the Library is still opening its storage is kept: pressing "Load the pack"
 * at once used to be undone by the stored choice arriving after it (the pack was never loaded,
 * and the page said checks ran against the 5 bundled documents).
 */
test('the pack pressed before the Library has opened its storage is still loaded', async ({ page }) => {
	test.setTimeout(90_000);
	// Storage answers late, as on a slow or busy machine.
	await page.addInitScript(() => {
		const add = EventTarget.prototype.addEventListener;
		IDBOpenDBRequest.prototype.addEventListener = function (this: IDBOpenDBRequest, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
			if (type !== 'success' || typeof listener !== 'function') return add.call(this, type, listener, options);
			return add.call(this, type, (event: Event) => setTimeout(() => listener.call(this, event), 1500), options);
		};
	});
	await page.goto('/library');
	await page.getByRole('button', { name: /Load the U\.S\. State of the Union addresses/ }).click();
	await expect(page.getByText(/Checks now run against 2\d\d documents/)).toBeVisible({ timeout: 60_000 });
});
