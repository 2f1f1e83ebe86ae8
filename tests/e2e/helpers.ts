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
