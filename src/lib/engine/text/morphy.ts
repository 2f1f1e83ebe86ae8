/**
 * WordNet's morphy (morphy(7WN), morph.c): the candidate base forms of an
 * inflected word in one part of speech. An irregular form takes its bases
 * from the exception list ("fell" -> "fall", "better" -> "good"); any other
 * word tries each detachment rule ("carries" -> "carry", "stronger" ->
 * "strong"). Candidates are not checked here: the caller keeps those its
 * word list has.
 */
import type { Pos } from './wordnet-table.ts';

/** [suffix, ending]: "ies" -> "y" turns "carries" into "carry". In morph.c's order. */
type Rule = readonly [string, string];

const RULES: Readonly<Record<Pos, readonly Rule[]>> = {
	n: [
		['s', ''],
		['ses', 's'],
		['xes', 'x'],
		['zes', 'z'],
		['ches', 'ch'],
		['shes', 'sh'],
		['men', 'man'],
		['ies', 'y']
	],
	v: [
		['s', ''],
		['ies', 'y'],
		['es', 'e'],
		['es', ''],
		['ed', 'e'],
		['ed', ''],
		['ing', 'e'],
		['ing', '']
	],
	a: [
		['er', ''],
		['est', ''],
		['er', 'e'],
		['est', 'e']
	],
	r: []
};

/** Nouns this short or ending in "ss" are left alone, as morph.c does: "less" is not a plural of "les". */
const SHORTEST_INFLECTED_NOUN = 3;

function rulesApply(word: string, pos: Pos): boolean {
	return pos !== 'n' || (word.length >= SHORTEST_INFLECTED_NOUN && !word.endsWith('ss'));
}

/**
 * Calls `visit` with each candidate base of `word` as `pos`: the word itself,
 * then its exception-list bases if it has any, else each rule's result.
 */
export function forEachBase(
	word: string,
	pos: Pos,
	exceptions: ReadonlyMap<string, readonly string[]>,
	visit: (base: string) => void
): void {
	visit(word);
	const irregular = exceptions.get(word);
	if (irregular !== undefined) {
		for (const base of irregular) visit(base);
		return;
	}
	if (!rulesApply(word, pos)) return;
	for (const [suffix, ending] of RULES[pos]) {
		if (word.length > suffix.length && word.endsWith(suffix)) visit(word.slice(0, -suffix.length) + ending);
	}
}
