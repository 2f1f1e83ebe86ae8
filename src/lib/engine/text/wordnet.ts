/**
 * WordNet's relations between words, for deciding whether a changed word
 * changes the meaning. Inputs are lower-case words as they appear in text;
 * inflected forms are read through WordNet's morphy ("fell" -> "fall").
 * The table (wordnet-data.ts) is decoded on the first call, not at import.
 */
import { WordnetLookup, type Profile } from './wordnet-lookup.ts';

export type { Profile };
import { WORDNET_TABLE } from './wordnet-data.ts';

let lookup: WordnetLookup | undefined;

function wordnet(): WordnetLookup {
	return (lookup ??= new WordnetLookup(WORDNET_TABLE));
}

/**
 * Base forms of a word that the table knows: "carried" -> ["carry"],
 * "rose" -> ["rose", "rise"]. A word that takes part in no relation has
 * none stored, so it gets [].
 */
export function lemmasOf(word: string): string[] {
	return wordnet().lemmasOf(word);
}

/**
 * True when some lemma of each are WordNet antonyms: direct ("rise"/"fall",
 * "rose"/"fell"), through synset mates ("always"/"never"), an adjective's
 * satellites ("damp"/"dry") or derived forms ("strength"/"weakness").
 */
export function areAntonyms(a: string, b: string): boolean {
	return wordnet().areAntonyms(a, b);
}

/**
 * True when two different words share a synset that is a main sense of both
 * ("big"/"large", "buy"/"purchase"). Conservative: never two forms of one
 * word, antonyms, numbers or function words.
 */
export function areSynonyms(a: string, b: string): boolean {
	return wordnet().areSynonyms(a, b);
}

/** Multi-word synonyms of a word, by the same rule: "implemented" -> [["carry", "out"], ...]. */
export function phraseSynonymsOf(word: string): string[][] {
	return wordnet().phraseSynonymsOf(word);
}

/** Single-word synonyms of a phrase, by the same rule: ["carried", "out"] -> ["implement", ...]. */
export function singleWordSynonymsOfPhrase(words: readonly string[]): string[] {
	return wordnet().singleWordSynonymsOfPhrase(words);
}

/**
 * The kind of unit two different nouns both name, e.g. "month"/"year" ->
 * "time unit", "million"/"billion" -> "number", "mile"/"kilometer" ->
 * "linear unit"; null for one word, one unit ("hour"/"hr") or no shared kind.
 */
export function sameUnitFamily(a: string, b: string): string | null {
	return wordnet().sameUnitFamily(a, b);
}

/** Whether some phrase of the table may start with this word or one of its bases ("carried" for "carry out"). */
export function mayStartPhrase(word: string): boolean {
	return wordnet().mayStartPhrase(word);
}

/** What one word is to another, in one lookup: "antonym", "unit" (two units of one kind), "synonym", or null. */
export function relation(a: string, b: string): 'antonym' | 'unit' | 'synonym' | null {
	return wordnet().relation(a, b);
}

/** Whether some phrase of the table may end with this word or one of its bases ("out" of "carry out"). */
export function mayEndPhrase(word: string): boolean {
	return wordnet().mayEndPhrase(word);
}

/** A word looked up once, for many relationOfProfiles() questions. */
export function profileOf(word: string): Profile {
	return wordnet().profileOf(word);
}

/** relation() of two words already looked up. */
export function relationOfProfiles(p: Profile, q: Profile): 'antonym' | 'unit' | 'synonym' | null {
	return wordnet().relationOfProfiles(p, q);
}
