/**
 * The one judge: neutral measures of a passage, its typed differences and the
 * speakers in, one verdict out. Precedence (SPEC.md): altered > misattributed
 * > reworded > close > exact; when unsure whether a claim stands, it does not.
 */
import type { Measures } from '../match/index.ts';
import type { Attribution, Difference, Verdict } from '../types.ts';
import { CUTOFFS, type Cutoffs } from './cutoffs.ts';

/** How close the words are, before speakers: what ranks several sources (SPEC "Several sources"). */
export type Wording = 'exact' | 'close' | 'changed';

export function wordingOf(differences: readonly Difference[]): Wording {
	const words = differences.filter((d) => d.severity !== 'frame');
	if (words.length === 0) return 'exact';
	return words.every((d) => d.severity === 'trivial') ? 'close' : 'changed';
}

/**
 * The verdict for one passage. `speakerConflict`: the claim names someone and the source,
 * knowing who spoke, gives the words to someone else (isSpeakerConflict).
 */
export function judge(m: Measures, differences: readonly Difference[], speakerConflict: boolean, cut: Cutoffs = CUTOFFS): Verdict {
	if (!isSource(m, differences, cut)) return 'not_found';
	if (differences.some((d) => d.severity === 'meaning')) return 'altered';
	if (speakerConflict) return 'misattributed';
	const wording = wordingOf(differences);
	return wording === 'changed' ? 'reworded' : wording;
}

/** True when the passage says what the claim says, in its words or others, or with a figure, name or negation changed. */
export function isSource(m: Measures, differences: readonly Difference[], cut: Cutoffs = CUTOFFS): boolean {
	const sharesAPhrase = m.longestRun >= cut.minSharedRun || m.coverage >= cut.wholeClaimCoverage;
	if (!sharesAPhrase) return false;
	const altered = differences.some((d) => d.severity === 'meaning');
	// A changed figure in a passage the claim adds a clause of its own to is not the same statement either.
	const noClauseOfItsOwn = m.longestAddedRun <= cut.maxAddedRun && m.addedAtEdge <= cut.maxAddedAtEdge && !clausePutInside(m, cut);
	if (altered) return m.accounted >= cut.alteredAccounted && noClauseOfItsOwn && (m.similarity >= cut.alteredSimilarity || isParaphrase(m, cut));
	const share = (n: number) => (m.contentWords ? n / m.contentWords : 0);
	const accountsForIt =
		m.accounted >= cut.standAccounted && share(m.unaccounted) <= cut.maxUnaccountedShare && share(m.unaccountedAdded) <= cut.maxAddedShare && noClauseOfItsOwn;
	return accountsForIt && (m.similarity >= cut.standSimilarity || isParaphrase(m, cut));
}

/**
 * A clause put inside words otherwise the passage's: a long stretch, or one with two words of its
 * own. Asked only of a claim that keeps the passage's sentence (aligns closely, or uses nearly all
 * its content words): a loose paraphrase rewords whole stretches.
 */
function clausePutInside(m: Measures, cut: Cutoffs): boolean {
	const keepsTheSentence = m.similarity >= cut.standSimilarity || m.overlap.precision >= cut.wholeSentencePrecision;
	return keepsTheSentence && (m.addedInside > cut.maxAddedInside || m.foreignInside > cut.maxForeignInside);
}

/** A passage that aligns poorly but says the same thing in other words (the overlap test). */
function isParaphrase(m: Measures, cut: Cutoffs): boolean {
	const unaccounted = m.contentWords ? m.unaccounted / m.contentWords : 0;
	const keepsTheWords = m.overlap.recall >= cut.paraphraseRecall && m.overlap.precision >= cut.paraphrasePrecision && unaccounted <= cut.paraphraseMaxUnaccounted;
	return m.similarity >= cut.paraphraseSimilarity && keepsTheWords;
}

/** True when the claim names a speaker and the source, knowing who spoke, gives the words to someone else. */
export function isSpeakerConflict(claimed: string | null, source: Attribution, samePerson: (a: string, b: string) => boolean): boolean {
	if (!claimed) return false;
	if (source.speaker === null) return source.evidence === 'narration';
	return !samePerson(claimed, source.speaker);
}
