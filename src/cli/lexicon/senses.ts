/**
 * Which senses of a word are its main ones. A synonym is only safe where
 * both words are used in the shared sense most of the time: "say" and "tell"
 * share "express in words", but "might" means "power" in 1 of its 7 senses.
 */
import type { Sense, Wordnet } from './database.ts';
import type { SynsetKey } from './parse.ts';

/** Highest sense rank (1 = WordNet's most frequent in that part of speech) that still counts as a main sense. */
export const MAIN_SENSE_MAX_RANK = 3;

/**
 * Tag count a main sense needs, as a share (0..1) of the word's most tagged
 * sense over every part of speech: 0.5 keeps "implement"'s third verb sense,
 * "carry out" (2 tags against 3), and drops "power"'s seventh, "might" (5 against 62).
 */
export const MAIN_SENSE_MIN_SHARE = 0.5;

/** Tags a main sense needs in WordNet's concordances; a sense never tagged was never seen in running text. */
export const MAIN_SENSE_MIN_TAGS = 1;

/** The word's main senses: ranked high, tagged, and not far rarer than its commonest sense. */
export function mainSenses(wordnet: Wordnet, lemma: string): Sense[] {
	const senses = wordnet.allSenses(lemma);
	const mostTags = Math.max(0, ...senses.map((sense) => sense.tags));
	const minTags = Math.max(MAIN_SENSE_MIN_TAGS, MAIN_SENSE_MIN_SHARE * mostTags);
	return senses.filter((sense) => sense.rank <= MAIN_SENSE_MAX_RANK && sense.tags >= minTags);
}

/** A word of running text: not a phrase ("go_up") nor a figure ("10"). */
export const SINGLE_WORD = /^[a-z][a-z'-]*$/;

/** Whether WordNet's concordances ever tagged the word, in any sense: 14,900 of the 22,000 words in derived antonym pairs never were. */
export function isAttested(wordnet: Wordnet, lemma: string): boolean {
	return wordnet.allSenses(lemma).some((sense) => sense.tags >= MAIN_SENSE_MIN_TAGS);
}

/**
 * Single-word lemmas the concordances attest (17,300 of WordNet's 82,800):
 * the table keeps them all, in relations or not, so lemmasOf("grew") finds
 * "grow" for the aligner. Those outside any relation add ~16 KB gzipped;
 * the untagged rest, almost four times as many, would add far more.
 */
export function attestedWords(wordnet: Wordnet): string[] {
	return wordnet.allLemmas().filter((lemma) => SINGLE_WORD.test(lemma) && isAttested(wordnet, lemma));
}

/** Written with a digit: "10", "1st", "1000000". */
const NUMERAL = /[0-9]/;

/**
 * Numbers are never synonyms: "million" and "billion" share WordNet's
 * "large indefinite quantity" synset, and a figure swapped is a different figure.
 * A word is numeric when it has a digit, or one of its leading senses is a
 * number (under number.n.02) or a synset that spells itself in digits ("ten, 10, x").
 */
export function isNumeric(wordnet: Wordnet, lemma: string, numberRoot: SynsetKey): boolean {
	if (NUMERAL.test(lemma)) return true;
	return wordnet
		.allSenses(lemma)
		.filter((sense) => sense.rank <= MAIN_SENSE_MAX_RANK)
		.some(({ synset }) => synset.words.some((word) => NUMERAL.test(word)) || wordnet.ancestors(synset).has(numberRoot));
}
