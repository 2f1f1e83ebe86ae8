/** Whether a paste on the Check page is clearly an article (several paragraphs, several quotations), so the page offers to check it as one. */
import { findQuotations } from '../text/index.ts';
import { ARTICLE_MIN_PARAGRAPHS, ARTICLE_MIN_QUOTATIONS } from './limits.ts';

export function looksLikeArticle(paste: string): boolean {
	const paragraphs = [...paste.matchAll(/[^\n]+/g)].filter((m) => m[0].trim());
	if (paragraphs.length < ARTICLE_MIN_PARAGRAPHS) return false;
	let quotations = 0;
	for (const p of paragraphs) quotations += findQuotations(paste, p.index, p.index + p[0].length, 2).length;
	return quotations >= ARTICLE_MIN_QUOTATIONS;
}
