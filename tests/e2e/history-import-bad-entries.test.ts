import { expect, test } from '@playwright/test';
import { checkAndKeep, downloadText } from './helpers.ts';

const MANUFACTURE = '"We can manufacture everything," Lukashenko said.';
const TRADE = 'Putin said bilateral trade has grown by about 7.5 percent';

test('a file with bad entries: those are refused with their numbers and why, the rest come in', async ({ page }) => {
	await checkAndKeep(page, MANUFACTURE);
	await checkAndKeep(page, TRADE);
	await page.goto('/history');
	const file = JSON.parse(await downloadText(page, 'Export JSON'));
	const [trade, manufacture] = file.checks;
	file.checks = [
		{ ...trade, id: 'from-afar', claim: 'A claim from another browser', createdAt: trade.createdAt - 60_000 },
		{ ...manufacture, id: 'far-future', createdAt: 1e20 },
		{ ...manufacture, id: 'forged', result: { ...manufacture.result, verdict: 'true' } },
		{ ...manufacture, id: 'spans', result: { ...manufacture.result, claim: { ...manufacture.result.claim, quoteSpan: { start: 0, end: 99_999 } } } },
		{ ...manufacture, id: 'blank', claim: '   ' }
	];
	await page.getByLabel('Import a JSON export').setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });

	const notice = page.getByRole('status').filter({ hasText: 'Added 1 check; 0 were already there.' });
	await expect(notice).toContainText('4 entries were refused');
	await expect(notice).toContainText('entry 2 has a time it was checked that is not a date between 1 January 2000 and today');
	await expect(notice).toContainText('entry 3 has a verdict Verbatim does not know');
	await expect(notice).toContainText('entry 4 has a claim span outside its text; and 1 more');
	await expect(notice).toContainText('nothing in History changed');
	await expect(page.getByRole('rowheader')).toHaveText([TRADE, MANUFACTURE, 'A claim from another browser']);
	await page.reload();
	await expect(page.getByRole('rowheader')).toHaveText([TRADE, MANUFACTURE, 'A claim from another browser']);
});
