import { expect, test } from '@playwright/test';
import { putRows } from './helpers.ts';

const TITLE = 'Library plans';

test('a source link must be a web address; one stored before is never made a link', async ({ page }) => {
	await page.goto('/library');
	await page.getByLabel('Title of the pasted source').fill(TITLE);
	await page.getByLabel('Paste the text of a speech, a transcript or an article').fill('The council will open two more branch libraries by 2027.');
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	const documents = page.getByRole('region', { name: 'Documents' });
	await expect(documents.getByRole('heading', { name: TITLE })).toBeVisible();

	await documents.getByRole('button', { name: `Edit details of ${TITLE}` }).click();
	const form = page.getByRole('form', { name: `Details of ${TITLE}` });
	const link = form.getByLabel('Link', { exact: true });
	await link.fill('javascript:alert(document.domain)');
	await form.getByRole('button', { name: 'Save details' }).click();
	await expect(link).toBeFocused();
	await expect(link).toHaveAttribute('aria-invalid', 'true');
	await expect(link).toHaveAccessibleDescription('Only a web address can be a link: start it with http:// or https://, or leave it empty.');
	await link.fill('https://example.org/council/minutes');
	await form.getByRole('button', { name: 'Save details' }).click();
	await expect(page.getByText(`Saved the details of “${TITLE}”.`)).toBeVisible();
	await expect(documents.getByRole('link', { name: 'link ↗' })).toHaveAttribute('href', 'https://example.org/council/minutes');

	// A link an earlier version let through.
	const [stored] = await page.evaluate(
		() =>
			new Promise<object[]>((resolve) => {
				const open = indexedDB.open('verbatim');
				open.onsuccess = () => {
					const all = open.result.transaction('sources').objectStore('sources').getAll();
					all.onsuccess = () => (open.result.close(), resolve(all.result));
				};
			})
	);
	await putRows(page, 'sources', [{ ...stored, url: 'javascript:alert(document.domain)' }]);
	await page.reload();
	await expect(documents.getByRole('heading', { name: TITLE })).toBeVisible();
	await expect(documents.getByText('link not shown, as it is not a web address')).toBeVisible();
	await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
	await page.goto(`/library/${encodeURIComponent(`own:${(stored as { id: string }).id}`)}`);
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
});
