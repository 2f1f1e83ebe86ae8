import type { CheckResult, Verdict } from '#lib/engine/index.ts';

/** A small, plausible CheckResult for tests: `verdict` with one passage of the Kremlin transcript. */
export function fakeResult(verdict: Verdict = 'exact', reason = 'The source says these words.'): CheckResult {
	const source =
		verdict === 'not_found'
			? null
			: {
					doc: '2025-03-13-kremlin-russian-belarusian-talks',
					span: { start: 100, end: 146 },
					text: 'Bilateral trade has grown by about 5.7 percent',
					context: { start: 80, end: 190 },
					attribution: { speaker: 'Vladimir Putin', evidence: 'transcript label' as const, cue: 'Vladimir Putin:', cueSpan: null },
					similarity: 1
				};
	return {
		claim: {
			original: 'Bilateral trade has grown by about 5.7 percent',
			quoteSpan: { start: 0, end: 46 }, quoteSpans: [{ start: 0, end: 46 }], unchecked: null,
			attributionText: null,
			claimedSpeaker: null
		},
		claimedSpeaker: null,
		verdict,
		score: source ? 1 : 0,
		source,
		differences: [],
		reason,
		notFound: source ? null : 'not in corpus',
		nearest: null,
		alsoIn: [],
		elapsedMs: 3
	} as CheckResult;
}
