/**
 * One claim of each verdict, on the bundled corpus, for the page that says what the
 * verdicts mean. The page asks the engine for each verdict and a test holds the
 * engine to these, so an example can never say what the engine does not.
 */
import type { Verdict } from '#lib/engine/index.ts';

export type VerdictExample = {
	verdict: Verdict;
	/** A claim as a user would paste it. */
	claim: string;
	/** Why it gets this verdict, in a reader's words. */
	why: string;
};

export const VERDICT_EXAMPLES: readonly VerdictExample[] = [
	{
		verdict: 'exact',
		claim: '"We can manufacture everything," Lukashenko said',
		why: 'Lukashenko says these words in the BelTA report of 13 March 2025, word for word.'
	},
	{
		verdict: 'close',
		claim: 'Belarus is ready to participate in the modernization of key sectors of the Russian economy',
		why: 'The source spells it “modernisation”; a spelling is all that differs.'
	},
	{
		verdict: 'reworded',
		claim: 'Putin said the ties between Russia and Belarus are special, allied and genuinely brotherly.',
		why: 'Putin said relations are “special, allied and truly fraternal”: the same statement in other words.'
	},
	{
		verdict: 'altered',
		claim: 'Putin said bilateral trade has grown by about 7.5 percent',
		why: 'The transcript says 5.7 percent: the figure was changed.'
	},
	{
		verdict: 'misattributed',
		claim: 'Putin said: "We can manufacture everything."',
		why: 'The words are real, but Lukashenko said them, not Putin.'
	},
	{
		verdict: 'not_found',
		claim: 'Belarus will join the European Union by 2030',
		why: 'No passage of the five documents says anything like it, which does not prove nobody ever said it.'
	}
];
