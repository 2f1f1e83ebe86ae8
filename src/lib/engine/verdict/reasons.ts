/**
 * The sentence a person would give for a verdict: the figure, the negation,
 * the name, the speaker. Every message of the judge is here.
 */
import { areOpposite, normaliseWord, stemOf } from '../text/index.ts';
import type { Attribution, Difference, NotFoundReason, Verdict } from '../types.ts';

const NOT_FOUND_REASONS: Record<NotFoundReason, string> = {
	'nothing to check': 'Nothing to check: paste the words of the quote or the figure, not only who said it.',
	'too short': 'Too little to check: a word or two cannot identify a passage. Paste more of the quote.',
	'not in corpus': 'No passage in the corpus says this. That is not proof that nobody said it: the corpus may simply not hold it.',
	'too long': 'Too long to check whole: the words checked stand in the passage shown, but a verdict cannot cover words that were not checked. Paste the part you want checked.',
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
			// Only a word against its opposite is "the opposite"; one put for an unrelated word, or a modal for another, is simply not what the source says.
			return opposed(d.claim, d.source)
				? `The source says ${said(d.source)}, the opposite of ${said(d.claim)}.`
				: `The source says ${said(d.source)}, not ${said(d.claim)}.`;
	}
}

/** Whether some word of one is the opposite of some word of the other, as words or as stems (as differences.ts asks). */
function opposed(claim: string, source: string): boolean {
	const words = (s: string) => s.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean).map(normaliseWord);
	return words(claim).some((x) => words(source).some((y) => areOpposite(x, y) || areOpposite(stemOf(x), stemOf(y))));
}

function trivialKinds(differences: Difference[]): string {
	const names = [...new Set(differences.filter((d) => d.severity === 'trivial').map((d) => (d.type === 'number' ? 'notation' : d.type === 'ellipsis' ? 'marked-omission' : d.type)))];
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
}
