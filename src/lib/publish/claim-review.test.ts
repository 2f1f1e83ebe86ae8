import { describe, expect, it } from 'vitest';
import { claimReview, isoDay, jsonLdScript, missingFields, scriptSafeJson, type Publisher } from './index.ts';
import { checked, HOSTILE } from './testing.ts';

const publisher: Publisher = { organisation: 'Example Checks', pageUrl: 'https://checks.example/putin-trade' };
const DAY = '2026-12-03';

describe('claimReview', () => {
	it.each([
		['"We can manufacture everything," Lukashenko said', 'Exact', 5],
		['Putin said bilateral trade has grown by about 7.5 percent', 'Altered', 1],
		['Putin said: "We can manufacture everything."', 'Misattributed', 2]
	])('reviews %s with every required and recommended field of Google’s fact-check markup', (claim, word, value) => {
		const review = claimReview(checked(claim), publisher, DAY);
		expect(missingFields(review)).toEqual([]);
		expect(review).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'ClaimReview',
			claimReviewed: claim,
			url: publisher.pageUrl,
			author: { '@type': 'Organization', name: 'Example Checks' },
			datePublished: DAY,
			reviewRating: { '@type': 'Rating', alternateName: word, ratingValue: value, bestRating: 5, worstRating: 1 },
			itemReviewed: { '@type': 'Claim', author: { '@type': 'Person' }, appearance: { '@type': 'CreativeWork' } }
		});
	});

	it('gives the claim to the speaker the claim names, and its appearance to the source document', () => {
		const review = claimReview(checked('Putin said: "We can manufacture everything."'), publisher, DAY);
		expect(review.itemReviewed.author?.name).toBe('Vladimir Putin');
		expect(review.itemReviewed.appearance).toEqual({
			'@type': 'CreativeWork',
			name: 'Belarus ready to join ambitious national projects in Russia',
			url: 'https://eng.belta.by/president/view/belarus-ready-to-join-ambitious-national-projects-in-russia-166232-2025',
			datePublished: '2025-03-13',
			publisher: { '@type': 'Organization', name: 'BelTA' }
		});
		expect(review.itemReviewed.firstAppearance).toEqual(review.itemReviewed.appearance);
		expect(review.itemReviewed.datePublished).toBe('2025-03-13');
	});

	it('says which required fields are still to fill while the publisher has given neither name nor address', () => {
		const review = claimReview(checked('"We can manufacture everything," Lukashenko said'), { organisation: ' ', pageUrl: '' }, DAY);
		expect(missingFields(review).map((f) => f.path)).toEqual(['url', 'author']);
	});

	it('never writes an address that is not http(s) into the review', () => {
		const review = claimReview(checked('"We can manufacture everything," Lukashenko said'), { organisation: 'X', pageUrl: 'javascript:alert(1)' }, DAY);
		expect(review).not.toHaveProperty('url');
	});

	it('rates a claim not found in words only: absence from a corpus is not a place on the scale', () => {
		const review = claimReview(checked('Belarus will join the European Union by 2030'), publisher, DAY);
		expect(review.reviewRating.alternateName).toBe('Not found');
		expect(review.reviewRating).not.toHaveProperty('ratingValue');
		expect(review.itemReviewed).not.toHaveProperty('appearance');
	});
});

describe('scriptSafeJson', () => {
	const review = claimReview(checked(HOSTILE), publisher, DAY);

	it('keeps hostile claim text from ending or opening anything in the page it is pasted into', () => {
		const block = jsonLdScript(review);
		const inside = block.slice('<script type="application/ld+json">'.length, -'</script>'.length);
		expect(inside).not.toMatch(/<|>|&|\u2028|\u2029/);
		expect(block.match(/<\/script/gi)).toHaveLength(1);
	});

	it('reads back as exactly the same data', () => {
		expect(JSON.parse(scriptSafeJson(review))).toEqual(review);
		expect((JSON.parse(scriptSafeJson(review)) as { claimReviewed: string }).claimReviewed).toBe(HOSTILE.trim());
	});
});

describe('isoDay', () => {
	it('writes the day with two-digit month and day', () => expect(isoDay(new Date(2025, 2, 3, 12))).toBe('2025-03-03'));
});
