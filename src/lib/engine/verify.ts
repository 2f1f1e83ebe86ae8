import type { SourceIndex } from './source-index.ts';
import type { CheckResult } from './types.ts';

/** STUB: replaced by the real pipeline. */
export function verify(claim: string, index: SourceIndex): CheckResult {
	void index;
	return {
		claim: { original: claim, quoteSpan: { start: 0, end: claim.length }, attributionText: null, claimedSpeaker: null },
		verdict: 'not_found',
		score: 0,
		source: null,
		differences: [],
		reason: 'No passage in the corpus says this.',
		notFound: 'not in corpus',
		nearest: null,
		alsoIn: [],
		elapsedMs: 0
	};
}
