import type { CheckResult, SpecResult } from './types.ts';

/** The JSON object SPEC.md defines for `npm run verify -- --json`. */
export function toSpecResult(result: CheckResult, id?: string): SpecResult {
	const { source } = result;
	return {
		...(id === undefined ? {} : { id }),
		verdict: result.verdict,
		score: Math.round(result.score * 1000) / 1000,
		source: source && {
			doc: source.doc,
			start: source.span.start,
			end: source.span.end,
			text: source.text,
			speaker: source.attribution.speaker
		},
		claimedSpeaker: result.claimedSpeaker,
		differences: result.differences.map(({ type, claim, source: src }) => ({ type, claim, source: src })),
		reason: result.reason
	};
}
