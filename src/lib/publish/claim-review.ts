/**
 * schema.org ClaimReview for one check, as Google's fact-check structured data asks for it:
 * https://developers.google.com/search/docs/appearance/structured-data/factcheck
 * Pure: the same check, publisher and day give the same object.
 */
import type { CorpusDocument, Verdict } from '#lib/engine/index.ts';
import { VERDICTS } from '#lib/result/verdicts.ts';
import type { Publishable, Publisher } from './types.ts';
import { webAddress } from './web-address.ts';

/**
 * The rating scale every review states (worst 1, best 5): how far the quote stands as quoted.
 * `not_found` has no place on it: absence from a corpus is not falsehood, so it gets words only.
 */
export const RATING_SCALE: Record<Verdict, number | null> = {
	exact: 5,
	close: 4,
	reworded: 3,
	misattributed: 2,
	altered: 1,
	not_found: null
};
export const BEST_RATING = 5;
export const WORST_RATING = 1;

/** The schema.org objects a review is made of, with only the fields Verbatim writes. */
type Organization = { '@type': 'Organization'; name: string };
type CreativeWork = { '@type': 'CreativeWork'; name: string; url?: string; datePublished?: string; publisher?: Organization };
type ReviewedClaim = {
	'@type': 'Claim';
	author?: { '@type': 'Person'; name: string };
	datePublished?: string;
	appearance?: CreativeWork;
	firstAppearance?: CreativeWork;
};
type Rating = {
	'@type': 'Rating';
	alternateName: string;
	name: string;
	ratingExplanation: string;
	/** Absent for not_found: absence from a corpus has no place on the scale. */
	ratingValue?: number;
	bestRating: number;
	worstRating: number;
};
export type ClaimReview = {
	'@context': 'https://schema.org';
	'@type': 'ClaimReview';
	claimReviewed: string;
	itemReviewed: ReviewedClaim;
	reviewRating: Rating;
	/** Absent until the publisher gives a name. */
	author?: Organization;
	/** Absent until the publisher gives an http(s) address. */
	url?: string;
	datePublished: string;
};

/** The ClaimReview object for `check`, reviewed on `day` ("YYYY-MM-DD") by `publisher`. */
export function claimReview({ result, doc }: Publishable, publisher: Publisher, day: string): ClaimReview {
	const label = VERDICTS[result.verdict];
	const value = RATING_SCALE[result.verdict];
	const rating: Rating = {
		'@type': 'Rating',
		alternateName: label.word,
		name: `${label.word}: ${label.meaning}`,
		ratingExplanation: result.reason,
		...(value === null ? {} : { ratingValue: value }),
		bestRating: BEST_RATING,
		worstRating: WORST_RATING
	};
	const url = webAddress(publisher.pageUrl);
	const organisation = publisher.organisation.trim();
	return {
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		claimReviewed: result.claim.original.trim(),
		itemReviewed: claim(result.claimedSpeaker ?? result.source?.attribution.speaker ?? null, result.source ? doc : null),
		reviewRating: rating,
		...(organisation ? { author: { '@type': 'Organization' as const, name: organisation } } : {}),
		...(url ? { url } : {}),
		datePublished: day
	};
}

/** The Claim reviewed: who the claim says said it, and the document where the words stand. */
function claim(speaker: string | null, doc: CorpusDocument | null): ReviewedClaim {
	const appearance = doc ? creativeWork(doc) : null;
	return {
		'@type': 'Claim',
		...(speaker ? { author: { '@type': 'Person' as const, name: speaker } } : {}),
		...(doc?.date ? { datePublished: doc.date } : {}),
		...(appearance ? { appearance, firstAppearance: appearance } : {})
	};
}

function creativeWork(doc: CorpusDocument): CreativeWork {
	const url = webAddress(doc.url);
	return {
		'@type': 'CreativeWork',
		name: doc.title,
		...(url ? { url } : {}),
		...(doc.date ? { datePublished: doc.date } : {}),
		...(doc.publisher ? { publisher: { '@type': 'Organization' as const, name: doc.publisher } } : {})
	};
}

/** The day of `time` as "YYYY-MM-DD" in the user's own time zone (a review is dated as its author sees it). */
export function isoDay(time: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}
