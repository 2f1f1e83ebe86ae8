/**
 * Derives every relation from WordNet and packs them into the engine's
 * WordnetTable. Only words that take part in a relation are kept, so the
 * table's word list (and so lemmasOf) covers those words and no others.
 * Every list is sorted or follows the data files' order: same input, same bytes.
 */
import {
	encodeIds,
	encodePairs,
	encodeWords,
	PARTS_OF_SPEECH,
	type Pos,
	type WordnetTable
} from '../../lib/engine/text/wordnet-table.ts';
import { antonymPairs } from './antonyms.ts';
import type { Wordnet } from './database.ts';
import { attestedWords } from './senses.ts';
import { synonymGroups } from './synonyms.ts';
import { unitFamilies, type UnitFamily } from './units.ts';

/** Relations by lemma, before they are numbered. */
export type Relations = {
	/** Lemmas kept for lemmasOf alone, beside those in a relation. */
	lemmas: readonly string[];
	antonyms: readonly string[];
	synonyms: readonly (readonly string[])[];
	units: readonly UnitFamily[];
};

export function deriveRelations(wordnet: Wordnet): Relations {
	return {
		lemmas: attestedWords(wordnet),
		antonyms: [...antonymPairs(wordnet)].sort(),
		synonyms: synonymGroups(wordnet),
		units: unitFamilies(wordnet)
	};
}

function byCodeUnit(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function lemmasIn(relations: Relations): string[] {
	const lemmas = new Set<string>(relations.lemmas);
	for (const pair of relations.antonyms) for (const word of pair.split(' ')) lemmas.add(word);
	for (const group of relations.synonyms) for (const word of group) lemmas.add(word);
	for (const family of relations.units) for (const unit of family.units) for (const word of unit) lemmas.add(word);
	return [...lemmas].sort(byCodeUnit);
}

function posMask(wordnet: Wordnet, lemma: string): string {
	const kinds = wordnet.posOf(lemma);
	return PARTS_OF_SPEECH.reduce((mask, pos, bit) => (kinds.includes(pos) ? mask | (1 << bit) : mask), 0).toString(16);
}

/**
 * Words an exception's base must be for the entry to be worth its bytes: a
 * lemma of the table, or the first or last word of one of its phrases, which
 * morphy inflects ("carried out" -> "carry_out", "fell short" -> "fall_short").
 */
function usefulBases(words: readonly string[]): Set<string> {
	const useful = new Set<string>();
	for (const word of words) {
		const parts = word.split('_');
		useful.add(parts[0]).add(parts[parts.length - 1]);
	}
	return useful;
}

/** Exceptions whose form is one word of text, with their useful bases. */
function exceptionList(wordnet: Wordnet, pos: Pos, useful: ReadonlySet<string>): string {
	const entries: string[] = [];
	for (const { form, bases } of wordnet.exceptions[pos]) {
		const kept = bases.filter((base) => useful.has(base));
		if (kept.length > 0 && !form.includes('_')) entries.push([form, ...kept].join('.'));
	}
	return entries.sort(byCodeUnit).join(' ');
}

/** What the table says of its source: WordNet's version and licence notice. */
export type Source = Pick<WordnetTable, 'version' | 'notice'>;

function antonymIds(relations: Relations, ids: ReadonlyMap<string, number>): [number, number][] {
	const pairs = relations.antonyms.map((pair) => {
		const [a, b] = pair.split(' ').map((word) => ids.get(word)!);
		return (a < b ? [a, b] : [b, a]) as [number, number];
	});
	return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

export function packTable(wordnet: Wordnet, relations: Relations, source: Source): WordnetTable {
	const words = lemmasIn(relations);
	const ids = new Map(words.map((word, id) => [word, id]));
	const idsOf = (lemmas: readonly string[]) => encodeIds(lemmas.map((lemma) => ids.get(lemma)!));
	const useful = usefulBases(words);
	return {
		...source,
		words: encodeWords(words),
		pos: words.map((word) => posMask(wordnet, word)).join(''),
		antonyms: encodePairs(antonymIds(relations, ids)),
		synonyms: relations.synonyms.map(idsOf).join(' '),
		units: relations.units.map((family) => `${family.name}=${family.units.map(idsOf).join(',')}`).join(';'),
		exceptions: {
			n: exceptionList(wordnet, 'n', useful),
			v: exceptionList(wordnet, 'v', useful),
			a: exceptionList(wordnet, 'a', useful),
			r: exceptionList(wordnet, 'r', useful)
		}
	};
}
