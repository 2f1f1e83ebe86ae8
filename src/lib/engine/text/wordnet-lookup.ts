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

/** Calls `keep` with each candidate lemma of the text in one part of speech. */
type Candidates = (pos: Pos, exceptions: ReadonlyMap<string, readonly string[]>, keep: (lemma: string) => void) => void;

export class WordnetLookup {
	private readonly index: WordnetIndex;
	private readonly cache = new Map<string, readonly number[]>();
	/** First words of the table's phrases ("carry" of "carry_out"), built on the first phrase asked about. */
	private phraseHeads: Set<string> | undefined;

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
		this.phraseHeads ??= new Set(this.index.words.filter((w) => w.includes('_')).map((w) => w.slice(0, w.indexOf('_'))));
		return this.phraseHeads.has(word) || this.lemmaIds(word).some((id) => this.phraseHeads!.has(this.index.words[id]));
	}

	singleWordSynonymsOfPhrase(words: readonly string[]): string[] {
		if (words.length < 2 || !this.mayStartPhrase(words[0])) return [];
		return this.groupMates(this.phraseIds(words))
			.map((id) => this.index.words[id])
			.filter((lemma) => !lemma.includes('_'));
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
