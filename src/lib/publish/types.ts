/** What the publish module reads and writes: a check with its source document, and who publishes it. */
import type { CheckResult, CorpusDocument } from '#lib/engine/index.ts';

/** A check to publish: its result and the document its source (or nearest passage) stands in, when known. */
export type Publishable = {
	result: CheckResult;
	/** The source document as the corpus describes it; null when not found or no longer known. */
	doc: CorpusDocument | null;
};

/**
 * The fact-checker who publishes the review, as they typed it (remembered in IndexedDB).
 * e.g. { organisation: "Full Fact", pageUrl: "https://fullfact.org/online/putin-trade/" }
 */
export type Publisher = {
	/** The organisation's name, the ClaimReview's `author`; "" when not given yet. */
	organisation: string;
	/** The address of the page that will carry the review, its `url`; "" when not given yet. */
	pageUrl: string;
};

export const NO_PUBLISHER: Publisher = { organisation: '', pageUrl: '' };
