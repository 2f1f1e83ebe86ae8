/**
 * Unit families: nouns that name one unit of a kind, so that swapping one for
 * another ("decade" for "year") changes a claim. The kinds are WordNet's own:
 * each branch directly under unit_of_measurement.n.01 ("linear unit",
 * "monetary unit" ...), plus two WordNet files elsewhere (EXTRA_ROOTS).
 */
import { STOP_WORDS } from '../../lib/engine/text/words.ts';
import { HYPONYMS, type Wordnet } from './database.ts';
import type { Synset, SynsetKey } from './parse.ts';

const UNIT_ROOT = 'unit_of_measurement.n.01';

/** A root outside UNIT_ROOT, the family it joins, how many levels below it count, and the highest sense rank. */
type ExtraRoot = { root: string; family: string; depth: number; maxRank: number };

const EXTRA_ROOTS: readonly ExtraRoot[] = [
	// "day", "hour", "minute", "second": WordNet files time_unit.n.01 under measure, not under UNIT_ROOT.
	{ root: 'time_unit.n.01', family: 'time unit', depth: Infinity, maxRank: 2 },
	// "year", "week", "decade", "century" sit directly under time_period.n.01, beside named
	// periods ("evening", "heyday"); deeper down are only those ("adolescence", "Advent"), and
	// a word counts only when the period is its commonest sense ("peak" is first a summit).
	{ root: 'time_period.n.01', family: 'time unit', depth: 1, maxRank: 1 },
	// "ten", "hundred", "million", "billion".
	{ root: 'large_integer.n.01', family: 'number', depth: Infinity, maxRank: 2 }
];

/**
 * Branches that are one kind for a claim: WordNet files the first "ounce"
 * (troy) under weight unit and "pound" under mass unit.
 */
const SAME_FAMILY: Readonly<Record<string, string>> = { 'weight unit': 'mass unit' };

/** Highest sense rank (1 = most frequent) at which a word still counts as naming a unit: "foot" is first a body part. */
export const UNIT_MAX_RANK = 2;

/** Fewest units a family needs: "denier" alone under unit_of_measurement is a unit, not a kind. */
export const MIN_FAMILY_UNITS = 2;

/**
 * Share of a branch's words (0..1) that also sit in another branch beyond
 * which the branch is a system of units, not a kind: "metric unit" holds
 * "kilometer" (linear) and "kilogram" (mass), which must not be one family.
 */
export const CROSS_CUTTING_SHARE = 0.5;

/** A family: its name and, per unit (synset), the single-word nouns that name it ("hour", "hr"). */
export type UnitFamily = { name: string; units: string[][] };

/** A unit's name in running text: two letters or more ("km"; "c" and "k" are too often something else), no function word ("at", the Lao coin). */
const UNIT_WORD = /^[a-z][a-z'-]+$/;

/** `root` and the synsets up to `depth` hyponym levels below it. */
function descendants(wordnet: Wordnet, root: Synset, depth: number): Set<SynsetKey> {
	const seen = new Set<SynsetKey>([root.key]);
	let level = [root];
	for (let d = 0; d < depth && level.length > 0; d++) {
		level = level.flatMap((synset) => wordnet.linked(synset, HYPONYMS)).filter((next) => !seen.has(next.key));
		for (const synset of level) seen.add(synset.key);
	}
	return seen;
}

/** A kind of unit: each member synset with the highest sense rank at which a word still names it. */
type Branch = { name: string; members: Map<SynsetKey, number> };

function branch(wordnet: Wordnet, name: string, root: Synset, depth: number, maxRank: number): Branch {
	return { name, members: new Map([...descendants(wordnet, root, depth)].map((key) => [key, maxRank])) };
}

function branches(wordnet: Wordnet): Branch[] {
	const kinds = wordnet.linked(wordnet.named(UNIT_ROOT), HYPONYMS).map((root) => {
		const name = root.words[0].replaceAll('_', ' ');
		return branch(wordnet, SAME_FAMILY[name] ?? name, root, Infinity, UNIT_MAX_RANK);
	});
	const extra = EXTRA_ROOTS.map((extra) => branch(wordnet, extra.family, wordnet.named(extra.root), extra.depth, extra.maxRank));
	return [...kinds, ...extra];
}

/** Drops systems of units (CROSS_CUTTING_SHARE), then merges branches of one name. */
function families(all: Branch[]): Branch[] {
	const kinds = all.filter((branch) => {
		const others = all.filter((other) => other !== branch);
		const shared = [...branch.members.keys()].filter((key) => others.some((other) => other.members.has(key))).length;
		return shared / branch.members.size <= CROSS_CUTTING_SHARE;
	});
	const byName = new Map<string, Branch>();
	for (const kind of kinds) {
		const merged = byName.get(kind.name);
		if (merged === undefined) byName.set(kind.name, { name: kind.name, members: new Map(kind.members) });
		else for (const [key, rank] of kind.members) merged.members.set(key, Math.max(rank, merged.members.get(key) ?? 0));
	}
	return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The family and unit of a word: its highest-ranked noun sense inside a family, within that family's rank limit. */
function unitOf(wordnet: Wordnet, lemma: string, kinds: Branch[]): { family: Branch; unit: SynsetKey } | null {
	for (const sense of wordnet.senses(lemma, 'n')) {
		const family = kinds.find((kind) => (kind.members.get(sense.synset.key) ?? 0) >= sense.rank);
		if (family !== undefined) return { family, unit: sense.synset.key };
	}
	return null;
}

export function unitFamilies(wordnet: Wordnet): UnitFamily[] {
	const kinds = families(branches(wordnet));
	const units = new Map<Branch, Map<SynsetKey, string[]>>(kinds.map((kind) => [kind, new Map()]));
	const lemmas = new Set<string>();
	for (const kind of kinds) for (const key of kind.members.keys()) for (const word of wordnet.synset(key).words) lemmas.add(word);
	for (const lemma of [...lemmas].sort()) {
		if (!UNIT_WORD.test(lemma) || STOP_WORDS.has(lemma)) continue;
		const found = unitOf(wordnet, lemma, kinds);
		if (found === null) continue;
		const byUnit = units.get(found.family)!;
		byUnit.set(found.unit, [...(byUnit.get(found.unit) ?? []), lemma]);
	}
	return kinds
		.map((kind) => ({ name: kind.name, units: [...units.get(kind)!.values()] }))
		.filter((family) => family.units.length >= MIN_FAMILY_UNITS);
}
