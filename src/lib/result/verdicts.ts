/** How each verdict is said and shown: a word, an icon, a short explanation. Colour only repeats these. */
import type { EvidenceKind, Verdict } from '#lib/engine/index.ts';

export type VerdictLabel = { icon: string; word: string; meaning: string };

export const VERDICTS: Record<Verdict, VerdictLabel> = {
	exact: { icon: '✓', word: 'Exact', meaning: 'the words stand in the source as quoted' },
	close: { icon: '≈', word: 'Close', meaning: 'only punctuation, spelling or a marked cut differs' },
	reworded: { icon: '~', word: 'Reworded', meaning: 'the same statement in other words' },
	altered: { icon: '✗', word: 'Altered', meaning: 'a figure, name or negation differs from the source' },
	misattributed: { icon: '⇄', word: 'Misattributed', meaning: 'the source gives these words to someone else' },
	not_found: { icon: '?', word: 'Not found', meaning: 'no passage in the corpus says this' }
};

/** Every verdict, from the best answer to none. */
export const VERDICT_ORDER: readonly Verdict[] = ['exact', 'close', 'reworded', 'altered', 'misattributed', 'not_found'];

/** How the source shows who spoke, in the words a reader would use. */
export const EVIDENCE_WORDS: Record<EvidenceKind, string> = {
	'transcript label': 'transcript label',
	attribution: 'attribution',
	'reported speech': 'reported speech',
	headline: 'headline',
	'default speaker': "the document's main speaker",
	'quoted by another': 'quoted by another speaker',
	narration: "the publisher's own words"
};
