import { expect, test } from '@playwright/test';
import { checkAndKeep, putRows } from './helpers.ts';

const MANUFACTURE = '"We can manufacture everything," Lukashenko said.';

test('History opens whatever its database holds: rows it cannot read are shown as damaged, and can be deleted', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await checkAndKeep(page, MANUFACTURE);
	await page.goto('/history');
	const [kept] = await page.evaluate(
		() =>
			new Promise<{ result: unknown }[]>((resolve) => {
				const open = indexedDB.open('verbatim');
				open.onsuccess = () => {
					const all = open.result.transaction('checks').objectStore('checks').getAll();
					all.onsuccess = () => (open.result.close(), resolve(all.result));
				};
			})
	);
	await putRows(page, 'checks', [
		{ ...kept, id: 'far-future', claim: 'A time no date can hold', createdAt: 1e20 },
		{ ...kept, id: 'half', claim: 'Half a result', result: { verdict: 'exact', reason: 'Fine.', differences: [] } }
	]);
	await page.reload();

	const damaged = page.getByRole('region', { name: '2 entries History cannot read' });
	await expect(damaged).toContainText('A time no date can hold This entry has a time it was checked that is not a date between 1 January 2000 and today');
	await expect(damaged).toContainText('Half a result This entry has no claim in its result');
	await expect(page.getByRole('rowheader')).toHaveText([MANUFACTURE]);

	await damaged.getByRole('listitem').filter({ hasText: 'Half a result' }).getByRole('button', { name: 'Delete this damaged entry' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Deleted the damaged entry.' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'One entry History cannot read' })).toContainText('A time no date can hold');
	await page.getByRole('button', { name: MANUFACTURE }).click();
	await expect(page.getByRole('article', { name: 'Saved check' }).getByRole('heading', { name: /Exact/ })).toBeVisible();
	expect(errors).toEqual([]);
});
