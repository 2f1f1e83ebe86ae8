/**
 * Lookups over one decoded WordNet table. Every question is asked of lemmas,
 * so "rose"/"fell" meet as "rise"/"fall"; each word's lemma ids are cached,
 * and the answers walk small arrays.
 */
import { forEachBase } from './morphy.ts';
import { decodeTable, PARTS_OF_SPEECH, type Pos, type WordnetIndex, type WordnetTable } from './wordnet-table.ts';

/**
 * Distinct words whose lemmas are remembered; past this the cache starts
 * afresh, so a long session's memory stays bounded (a word costs ~100 bytes).
 */
export const LEMMA_CACHE_SIZE = 50_000;

const NONE: readonly number[] = [];

const bitOf = (n: number) => 1 << (n & 31);

/** Calls `keep` with each candidate lemma of the text in one part of speech. */
type Candidates = (pos: Pos, exceptions: ReadonlyMap<string, readonly string[]>, keep: (lemma: string) => void) => void;

export type Profile = {
	ids: readonly number[];
	groups: ReadonlySet<number>;
	units: ReadonlySet<number>;
	families: ReadonlySet<number>;
	/** One bit per group and unit kind (modulo 32): two profiles with no bit in common share neither. */
	bits: number;
	/** Whether any of its lemmas has an antonym at all. */
	opposable: boolean;
};

export class WordnetLookup {
	private readonly index: WordnetIndex;
	private readonly cache = new Map<string, readonly number[]>();
	private readonly profiles = new Map<string, Profile>();
	/** First words of the table's phrases ("carry" of "carry_out"), built on the first phrase asked about. */
	private phraseHeads: Map<string, boolean> | undefined;
	private phraseTails: Map<string, boolean> | undefined;

	/** Lemma ids with an antonym, built on the first profile. */
	private withAntonym: Set<number> | undefined;

	constructor(table: WordnetTable) {
		this.index = decodeTable(table);
	}

	lemmasOf(word: string): string[] {
		return this.lemmaIds(word).map((id) => this.index.words[id]);
	}

	areAntonyms(a: string, b: string): boolean {
		return a !== b && this.antonymIds(this.lemmaIds(a), this.lemmaIds(b));
	}

	areSynonyms(a: string, b: string): boolean {
		if (a === b) return false;
		const left = this.lemmaIds(a);
		const right = this.lemmaIds(b);
		// Two forms of one word ("rose"/"rises") are that word, and its tense or number is no synonym.
		if (left.some((id) => right.includes(id)) || this.antonymIds(left, right)) return false;
		for (const x of left) for (const y of right) if (this.shareGroup(x, y)) return true;
		return false;
	}

	phraseSynonymsOf(word: string): string[][] {
		return this.groupMates(this.lemmaIds(word))
			.map((id) => this.index.words[id])
			.filter((lemma) => lemma.includes('_'))
			.map((lemma) => lemma.split('_'));
	}

	/** Whether some phrase of the table can start with this word or one of its bases: a cheap test before a phrase lookup. */
	mayStartPhrase(word: string): boolean {
		this.phraseHeads ??= this.phraseEnds((w) => w.slice(0, w.indexOf('_')));
		return this.inPhraseEnds(this.phraseHeads, word);
	}

	/** Whether some phrase of the table may end with this word or one of its bases ("out" of "carry_out"). */
	mayEndPhrase(word: string): boolean {
		this.phraseTails ??= this.phraseEnds((w) => w.slice(w.lastIndexOf('_') + 1));
		return this.inPhraseEnds(this.phraseTails, word);
	}

	private phraseEnds(end: (phrase: string) => string): Map<string, boolean> {
		return new Map(this.index.words.filter((w) => w.includes('_')).map((w) => [end(w), true]));
	}

	/** A word's answer is kept in the same map (true or false), so each word is looked up once. */
	private inPhraseEnds(ends: Map<string, boolean>, word: string): boolean {
		let known = ends.get(word);
		if (known === undefined) {
			known = this.lemmaIds(word).some((id) => ends.get(this.index.words[id]) === true);
			ends.set(word, known);
		}
		return known;
	}

	singleWordSynonymsOfPhrase(words: readonly string[]): string[] {
		if (words.length < 2 || !this.mayStartPhrase(words[0]) || !this.mayEndPhrase(words[words.length - 1])) return [];
		return this.groupMates(this.phraseIds(words))
			.map((id) => this.index.words[id])
			.filter((lemma) => !lemma.includes('_'));
	}

	/**
	 * What one word is to another, in one pass over their lemmas: opposite, the same unit's kind
	 * (a changed unit), a synonym, or nothing. The same answers as areAntonyms, sameUnitFamily and
	 * areSynonyms, asked together because the aligner asks all three of every pair of words.
	 */
	relation(a: string, b: string): 'antonym' | 'unit' | 'synonym' | null {
		return a === b ? null : this.relationOfProfiles(this.profileOf(a), this.profileOf(b));
	}

	/** relation() for two words already looked up (profileOf), so a pair costs a few set lookups. */
	relationOfProfiles(p: Profile, q: Profile): 'antonym' | 'unit' | 'synonym' | null {
		// Most pairs share no group or unit kind and have no antonym: answered without walking them.
		if ((p.bits & q.bits) === 0 && !(p.opposable && q.opposable)) return null;
		if (p.ids.length === 0 || q.ids.length === 0 || p.ids.some((id) => q.ids.includes(id))) return null;
		const count = this.index.words.length;
		for (const x of p.ids) for (const y of q.ids) if (this.index.antonymPairs.has(x * count + y)) return 'antonym';
		for (const group of q.groups) if (p.groups.has(group)) return 'synonym';
		for (const unit of q.units) if (p.units.has(unit)) return null;
		for (const family of q.families) if (p.families.has(family)) return 'unit';
		return null;
	}

	/** A word's lemmas with their synonym groups, units and unit kinds as sets: a pair of words is then a few set lookups. */
	profileOf(word: string): Profile {
		let profile = this.profiles.get(word);
		if (profile === undefined) {
			if (this.profiles.size >= LEMMA_CACHE_SIZE) this.profiles.clear();
			const ids = this.lemmaIds(word);
			const { groupsOf, unitOf, unitFamily } = this.index;
			const groups = new Set(ids.flatMap((id) => groupsOf[id]));
			const families = new Set(ids.filter((id) => unitFamily[id] >= 0).map((id) => unitFamily[id]));
			const bits = [...groups].reduce((b, g) => b | bitOf(g), 0) | [...families].reduce((b, f) => b | bitOf(f), 0);
			const units = new Set(ids.filter((id) => unitOf[id] >= 0).map((id) => unitOf[id]));
			profile = { ids, groups, units, families, bits, opposable: ids.some((id) => this.antonymous().has(id)) };
			this.profiles.set(word, profile);
		}
		return profile;
	}

	private antonymous(): ReadonlySet<number> {
		const count = this.index.words.length;
		return (this.withAntonym ??= new Set([...this.index.antonymPairs].flatMap((pair) => [Math.floor(pair / count), pair % count])));
	}

	sameUnitFamily(a: string, b: string): string | null {
		if (a === b || this.areSynonyms(a, b)) return null;
		const left = this.lemmaIds(a);
		const right = this.lemmaIds(b);
		const { unitFamily, unitOf, families } = this.index;
		// "hour" and "hr" name one unit: no swap, whatever else either names.
		for (const x of left) for (const y of right) if (unitOf[x] >= 0 && unitOf[x] === unitOf[y]) return null;
		for (const x of left) {
			for (const y of right) if (unitFamily[x] >= 0 && unitFamily[x] === unitFamily[y]) return families[unitFamily[x]];
		}
		return null;
	}

	/** Ids of the lemmas the table knows among `word`'s morphy bases: nouns first, then verbs, adjectives, adverbs. */
	private lemmaIds(word: string): readonly number[] {
		let ids = this.cache.get(word);
		if (ids === undefined) {
			if (this.cache.size >= LEMMA_CACHE_SIZE) this.cache.clear();
			ids = this.findLemmas((pos, exceptions, keep) => forEachBase(word, pos, exceptions, keep));
			this.cache.set(word, ids);
		}
		return ids;
	}

	/** Ids of the phrase lemmas `words` can be: morphy inflects a phrase's first or last word ("carried out"). */
	private phraseIds(words: readonly string[]): readonly number[] {
		const last = words.length - 1;
		const middle = words.slice(1, last).join('_');
		const join = (first: string, end: string) => [first, middle, end].filter(Boolean).join('_');
		return this.findLemmas((pos, exceptions, keep) => {
			forEachBase(words[0], pos, exceptions, (first) => keep(join(first, words[last])));
			forEachBase(words[last], pos, exceptions, (end) => keep(join(words[0], end)));
		});
	}

	private findLemmas(candidates: Candidates): readonly number[] {
		const found: number[] = [];
		PARTS_OF_SPEECH.forEach((pos, bit) => {
			candidates(pos, this.index.exceptions[pos], (lemma) => {
				const id = this.index.ids.get(lemma);
				if (id !== undefined && this.index.pos[id] & (1 << bit) && !found.includes(id)) found.push(id);
			});
		});
		return found.length === 0 ? NONE : found;
	}

	private antonymIds(left: readonly number[], right: readonly number[]): boolean {
		const count = this.index.words.length;
		for (const x of left) for (const y of right) if (this.index.antonymPairs.has(x * count + y)) return true;
		return false;
	}

	private shareGroup(x: number, y: number): boolean {
		const groupsOf = this.index.groupsOf;
		for (const group of groupsOf[x]) if (groupsOf[y].includes(group)) return true;
		return false;
	}

	/** Members of every synonym group of the lemmas, each once, the lemmas themselves left out. */
	private groupMates(ids: readonly number[]): number[] {
		const mates: number[] = [];
		for (const id of ids) {
			for (const group of this.index.groupsOf[id]) {
				for (const mate of this.index.groups[group]) if (!ids.includes(mate) && !mates.includes(mate)) mates.push(mate);
			}
		}
		return mates;
	}
}
