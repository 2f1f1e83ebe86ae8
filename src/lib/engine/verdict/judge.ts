/**
 * From a reading of the best passage and the speakers, one verdict and the
 * sentence a person would give for it. Precedence (SPEC.md):
 * altered > misattributed > reworded > close > exact.
 */
import type { Attribution, Difference, NotFoundReason, Verdict } from '../types.ts';

/** Below this similarity (0..1) no passage says what the claim says: not_found. */
export const REWORDED_MIN = 0.55;
/** A change of figure, name or negation makes a claim `altered` only when it is this similar otherwise (0..1): the same statement. */
export const ALTERED_MIN = 0.62;
/** A passage this similar (0..1) is shown as the nearest one for a not_found claim, clearly not a match. */
export const NEAREST_MIN = 0.3;

/** How similar a passage is to the claim: coverage of the claim, discounted when the passage's words are scattered. */
export function similarityOf(coverage: number, compactness: number): number {
	return coverage * (0.6 + 0.4 * compactness);
}

/** A paraphrase aligns poorly but keeps the content words: below REWORDED_MIN it still counts when at least this similar (0..1) ... */
export const PARAPHRASE_MIN = 0.33;
/** ... and the sentences it stands in use this share of the claim's content words, by weight (0..1) ... */
export const PARAPHRASE_RECALL = 0.35;
/** ... and the claim uses this share of theirs (0..1): a claim assembled from topic words scattered over a long sentence does not. */
export const PARAPHRASE_PRECISION = 0.33;

/**
 * A source shares at least this many words in a row with the claim: a quote, even reworded,
 * keeps a phrase ("the microelectronic industry"); a claim that only scatters a passage's
 * words over its own sentence does not.
 */
export const MIN_SHARED_RUN = 3;
/** ...unless it accounts for this much of a short claim (0..1): "alive and kicking". */
export const WHOLE_CLAIM_COVERAGE = 0.9;

/** True when the claim and the passage share a phrase, or the passage covers nearly all of the claim. */
export function sharesAPhrase(longestRun: number, coverage: number): boolean {
	return longestRun >= MIN_SHARED_RUN || coverage >= WHOLE_CLAIM_COVERAGE;
}

/** True when a passage that aligns poorly still says the same thing in other words (the overlap test). */
export function isSameStatement(similarity: number, overlap: { recall: number; precision: number }): boolean {
	return similarity >= PARAPHRASE_MIN && overlap.recall >= PARAPHRASE_RECALL && overlap.precision >= PARAPHRASE_PRECISION;
}

export type Decision = { verdict: Verdict; reason: string };

/** `paraphrase`: the overlap test found the same statement in other words, so a changed figure in it is an alteration. */
export function decide(similarity: number, differences: Difference[], speakerConflict: boolean, paraphrase = false): Verdict {
	const meaning = differences.some((d) => d.severity === 'meaning');
	if (similarity < REWORDED_MIN || (meaning && similarity < ALTERED_MIN && !paraphrase)) return 'not_found';
	if (meaning) return 'altered';
	if (speakerConflict) return 'misattributed';
	if (differences.some((d) => d.severity === 'wording')) return 'reworded';
	if (differences.length) return 'close';
	return 'exact';
}

/** True when the claim names a speaker and the source, knowing who spoke, gives the words to someone else. */
export function isSpeakerConflict(claimed: string | null, source: Attribution, samePerson: (a: string, b: string) => boolean): boolean {
	if (!claimed) return false;
	if (source.speaker === null) return source.evidence === 'narration';
	return !samePerson(claimed, source.speaker);
}

const NOT_FOUND_REASONS: Record<NotFoundReason, string> = {
	'nothing to check': 'Nothing to check: paste the words of the quote or the figure, not only who said it.',
	'too short': 'Too little to check: a word or two cannot identify a passage. Paste more of the quote.',
	'not in corpus': 'No passage in the corpus says this. That is not proof that nobody said it: the corpus may simply not hold it.',
	'not the same statement': 'A passage shares some of these words, but none says what the claim says. That is not proof that nobody said it: the corpus may simply not hold it.'
};

export function notFoundReason(reason: NotFoundReason): string {
	return NOT_FOUND_REASONS[reason];
}

/** The sentence after the verdict: the figure, the negation, the name, the speaker. */
export function reasonFor(verdict: Verdict, differences: Difference[], claimed: string | null, source: Attribution, publisher: string): string {
	const meaning = differences.find((d) => d.severity === 'meaning');
	switch (verdict) {
		case 'altered':
			return meaning ? alteredReason(meaning) : 'The claim changes what the source says.';
		case 'misattributed':
			return source.speaker
				? `These words are ${source.speaker}'s, not ${claimed}'s.`
				: `These words are the narration of ${publisher}, not ${claimed}'s.`;
		case 'reworded':
			return 'The source says this in other words; nothing in it contradicts the claim.';
		case 'close':
			return `The source has these words, with only ${trivialKinds(differences)} differences.`;
		case 'exact':
			return 'The source has these words exactly.';
		default:
			return notFoundReason('not in corpus');
	}
}

function alteredReason(d: Difference): string {
	const said = (s: string) => (s ? `“${s}”` : 'nothing there');
	switch (d.type) {
		case 'number':
			return `The source says ${d.source || 'no such figure'}, not ${d.claim || 'that'}.`;
		case 'negation':
			return d.source
				? `The source says the opposite: it has ${said(d.source)} where the claim has ${said(d.claim)}.`
				: `The claim adds a negation (${said(d.claim)}) that the source does not have.`;
		case 'entity':
			return `The source says ${said(d.source)}, not ${said(d.claim)}.`;
		default:
			return `The source says ${said(d.source)}, the opposite of ${said(d.claim)}.`;
	}
}

function trivialKinds(differences: Difference[]): string {
	const names = [...new Set(differences.map((d) => (d.type === 'number' ? 'notation' : d.type === 'ellipsis' ? 'marked-omission' : d.type)))];
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
}
