/**
 * What Google's fact-check structured data requires and recommends, as published
 * (developers.google.com/search/docs/appearance/structured-data/factcheck): the panel says
 * which are still to fill, and the tests hold every review to the list.
 */

/** A field by its path in the ClaimReview, e.g. "itemReviewed.author". */
export type Field = { path: string; required: boolean };

export const CLAIM_REVIEW_FIELDS: readonly Field[] = [
	{ path: 'claimReviewed', required: true },
	{ path: 'reviewRating', required: true },
	{ path: 'reviewRating.alternateName', required: true },
	{ path: 'url', required: true },
	{ path: 'author', required: false },
	{ path: 'datePublished', required: false },
	{ path: 'itemReviewed', required: false },
	{ path: 'itemReviewed.author', required: false },
	{ path: 'itemReviewed.datePublished', required: false },
	{ path: 'itemReviewed.appearance', required: false },
	{ path: 'itemReviewed.firstAppearance', required: false },
	{ path: 'reviewRating.ratingValue', required: false },
	{ path: 'reviewRating.bestRating', required: false },
	{ path: 'reviewRating.worstRating', required: false },
	{ path: 'reviewRating.name', required: false }
];

function at(value: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** The fields of the list that `review` lacks (absent or an empty string). */
export function missingFields(review: unknown): Field[] {
	return CLAIM_REVIEW_FIELDS.filter((f) => {
		const v = at(review, f.path);
		return v === undefined || v === null || v === '';
	});
}
