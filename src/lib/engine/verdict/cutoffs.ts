/**
 * The cut-offs the judge applies, each with its scale and reason. They are
 * chosen from data, not by hand: `npm run calibrate` runs labelled and
 * generated claims through the measures and picks, for each, the value with
 * no false acquittal at the best recall (its table is in DESIGN.md).
 */
export type Cutoffs = {
	/**
	 * Least share of the claim's content (by weight) the passage must account for before the
	 * claim can stand, when its words differ (`reworded`) (0..1): a claim that carries one real
	 * phrase inside made-up words does not stand.
	 */
	standAccounted: number;
	/** The same for a claim whose figure, name or negation is changed (`altered`): the same statement otherwise (0..1). */
	alteredAccounted: number;
	/**
	 * Most content words of a standing claim, as a share of them all, that the passage does not account
	 * for, counted rather than weighed (0..1): half a claim's words the source does not hold is not its statement.
	 */
	maxUnaccountedShare: number;
	/**
	 * Most content words, as a share of the claim's, that the claim adds: unaccounted for, and
	 * opposite no word of the passage (0..1). A real phrase with made-up words around it is a
	 * collage; another translation puts its own words in the place of the passage's.
	 */
	maxAddedShare: number;
	/** Most added content words in a row a standing claim may have: more is a clause the passage never says ("... and Belarus will join NATO next year"). */
	maxAddedRun: number;
	/**
	 * Most words, function words too, a standing claim may say before or after the words the passage
	 * accounts for when some are foreign to the passage's sentences (Measures.addedAtEdge): more is a
	 * clause of its own ("..., and that was a mistake"), which maxAddedRun, counting content words, misses.
	 */
	maxAddedAtEdge: number;
	/**
	 * The same for a stretch inside the match (Measures.addedInside), when the claim otherwise keeps
	 * the passage's words (similarity at least standSimilarity): a clause put in (", as my critics
	 * admit,"). A paraphrase aligns loosely and rewords whole stretches, so there it is not asked.
	 */
	maxAddedInside: number;
	/**
	 * Most words foreign to the passage's sentences in one such stretch (Measures.foreignInside): two
	 * are a clause put in (", which cost a fortune,"), one an aside or a qualifier ("in our leadership").
	 */
	maxForeignInside: number;
	/**
	 * Share of the content words of the passage's sentences (overlap precision) from which a claim that
	 * aligns loosely still keeps the sentence, so that a clause put inside it is asked about (0..1).
	 */
	wholeSentencePrecision: number;
	/** Least similarity (coverage × compactness) of a passage that is the source of a reworded claim (0..1). */
	standSimilarity: number;
	/** Least similarity of a passage that is the source of an altered claim: sharing a frame is not the same statement (0..1). */
	alteredSimilarity: number;
	/** A paraphrase aligns poorly but keeps the content words: below standSimilarity it still counts when at least this similar (0..1) ... */
	paraphraseSimilarity: number;
	/** ... and the sentences it stands in use this share of the claim's content words, by weight (0..1) ... */
	paraphraseRecall: number;
	/** ... and the claim uses this share of theirs (0..1): a claim assembled from topic words scattered over a long sentence does not ... */
	paraphrasePrecision: number;
	/** ... and at most this share of the claim's content words is unaccounted for (0..1): a paraphrase still says most of what the passage says. */
	paraphraseMaxUnaccounted: number;
	/** Fewest words in a row the claim and the passage share (a quote, even reworded, keeps a phrase) ... */
	minSharedRun: number;
	/** ... unless the passage covers this much of a short claim (0..1): "alive and kicking". */
	wholeClaimCoverage: number;
	/** Below this similarity a passage is not even shown as the nearest one (0..1). */
	nearestSimilarity: number;
};

/** The values in use, as `npm run calibrate` chose them (DESIGN.md, "Cut-offs", has its table). */
export const CUTOFFS: Cutoffs = {
	standAccounted: 0.4,
	alteredAccounted: 0.6,
	maxUnaccountedShare: 0.6,
	maxAddedShare: 0.4,
	maxAddedRun: 2,
	maxAddedAtEdge: 3,
	maxAddedInside: 4,
	maxForeignInside: 1,
	wholeSentencePrecision: 0.95,
	standSimilarity: 0.7,
	alteredSimilarity: 0.75,
	paraphraseSimilarity: 0.35,
	paraphraseRecall: 0.4,
	paraphrasePrecision: 0.35,
	paraphraseMaxUnaccounted: 0.6,
	minSharedRun: 3,
	wholeClaimCoverage: 1,
	nearestSimilarity: 0.3
};
