/**
 * WordNet in memory for the lexicon builder: synsets by key, each lemma's
 * senses in WordNet's order (most frequent first), tag counts and exception
 * lists, with the few walks the relations need.
 */
import {
	parseData,
	parseExceptions,
	parseIndex,
	parseTagCounts,
	senseKey,
	type Exception,
	type Pos,
	type Synset,
	type SynsetKey
} from './parse.ts';

export const POS_LIST: readonly Pos[] = ['n', 'v', 'a', 'r'];
/** Pointers up the noun and verb hierarchies: "@" hypernym, "@i" instance hypernym ("Monday" is a weekday). */
export const HYPERNYMS = ['@', '@i'] as const;
/** Pointers down the hierarchies. */
export const HYPONYMS = ['~', '~i'] as const;

/** The text of WordNet's files, by part of speech; exceptions come from adj.exc, noun.exc ... */
export type WordnetFiles = {
	data: Readonly<Record<Pos, string>>;
	index: Readonly<Record<Pos, string>>;
	/** index.sense, for tag counts. */
	senses: string;
	exceptions: Readonly<Record<Pos, string>>;
};

/** One sense of a lemma: the synset, its rank in the lemma's part of speech (1 = most frequent) and tag count. */
export type Sense = { synset: Synset; rank: number; tags: number };

export class Wordnet {
	private readonly synsets = new Map<SynsetKey, Synset>();
	private readonly entries = new Map<string, SynsetKey[]>();
	private readonly tagCounts: Map<string, number>;
	readonly exceptions: Readonly<Record<Pos, readonly Exception[]>>;
	private readonly ancestorCache = new Map<SynsetKey, ReadonlySet<SynsetKey>>();

	constructor(files: WordnetFiles) {
		for (const pos of POS_LIST) {
			for (const synset of parseData(files.data[pos])) this.synsets.set(synset.key, synset);
			for (const entry of parseIndex(files.index[pos])) this.entries.set(`${pos} ${entry.lemma}`, entry.synsets);
		}
		this.tagCounts = parseTagCounts(files.senses);
		this.exceptions = {
			n: parseExceptions(files.exceptions.n),
			v: parseExceptions(files.exceptions.v),
			a: parseExceptions(files.exceptions.a),
			r: parseExceptions(files.exceptions.r)
		};
	}

	synset(key: SynsetKey): Synset {
		const synset = this.synsets.get(key);
		if (synset === undefined) throw new Error(`lexicon: no synset ${key}`);
		return synset;
	}

	/** Every synset, in data-file order (so by part of speech, then offset): the builder's output follows it. */
	allSynsets(): Iterable<Synset> {
		return this.synsets.values();
	}

	/** Every lemma of the index, each once, in index order. */
	allLemmas(): string[] {
		return [...new Set([...this.entries.keys()].map((key) => key.slice(2)))];
	}

	/** Parts of speech WordNet's index lists the lemma under. */
	posOf(lemma: string): Pos[] {
		return POS_LIST.filter((pos) => this.entries.has(`${pos} ${lemma}`));
	}

	/** The lemma's senses in one part of speech, most frequent first. */
	senses(lemma: string, pos: Pos): Sense[] {
		return (this.entries.get(`${pos} ${lemma}`) ?? []).map((key, i) => ({
			synset: this.synset(key),
			rank: i + 1,
			tags: this.tagCounts.get(senseKey(lemma, key)) ?? 0
		}));
	}

	/** The lemma's senses in every part of speech. */
	allSenses(lemma: string): Sense[] {
		return POS_LIST.flatMap((pos) => this.senses(lemma, pos));
	}

	/** A synset named the way NLTK names them, "time_unit.n.01": lemma, part of speech, sense number. */
	named(name: string): Synset {
		const [lemma, pos, sense] = name.split('.');
		const found = this.senses(lemma, pos as Pos)[parseInt(sense, 10) - 1];
		if (found === undefined) throw new Error(`lexicon: WordNet has no synset ${name}`);
		return found.synset;
	}

	/** Synsets a pointer symbol leads to from `synset` ("@" hypernyms, "~" hyponyms, "&" similar). */
	linked(synset: Synset, symbols: readonly string[]): Synset[] {
		return synset.pointers.filter((p) => symbols.includes(p.symbol)).map((p) => this.synset(p.target));
	}

	/** Every synset above `synset` through hypernym and instance-hypernym pointers, itself included. */
	ancestors(synset: Synset): ReadonlySet<SynsetKey> {
		const cached = this.ancestorCache.get(synset.key);
		if (cached !== undefined) return cached;
		const found = new Set<SynsetKey>([synset.key]);
		for (const parent of this.linked(synset, HYPERNYMS)) for (const key of this.ancestors(parent)) found.add(key);
		this.ancestorCache.set(synset.key, found);
		return found;
	}
}
