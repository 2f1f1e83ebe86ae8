/** Taking a check out of Verbatim: ClaimReview JSON-LD, citations, the evidence card. Pure but for card-png.ts. */
export { claimReview, isoDay, RATING_SCALE, BEST_RATING, WORST_RATING, type ClaimReview } from './claim-review.ts';
export { jsonLdScript, scriptSafeJson } from './json-ld.ts';
export { missingFields, CLAIM_REVIEW_FIELDS, type Field } from './required-fields.ts';
export { citation, citationParts, type CitationFormat } from './citation.ts';
export { evidenceCardSvg, CARD_HEIGHT, CARD_WIDTH } from './card-svg.ts';
export { NO_PUBLISHER, type Publishable, type Publisher } from './types.ts';
export { webAddress } from './web-address.ts';
