import type { Corpus } from '../../lib/engine/index.ts';
import type { Rng } from './prng.ts';
import { wordKeys } from './text-units.ts';

/**
 * Fabricated claims: word chains in which every neighbouring pair of words
 * occurs somewhere in the corpus but no three words in a row do. They use the
 * corpus's own vocabulary and phrasing, so a matcher that only counts shared
 * words or word pairs is tempted, yet no passage says them.
 */
export type CorpusWords = {
	/** Word id at each position of all documents, one after another. */
	tokens: Int32Array;
	/** The word of each id, lower case. */
	vocabulary: string[];
	/** Positions of each word id: positions[offsets[id] .. offsets[id + 1]). */
	offsets: Int32Array;
	positions: Int32Array;
	/** Bloom filter of every word triple, so absence can be proved cheaply (false positives only reject more). */
	triples: Uint32Array;
};

/** Bits in the triple filter: 2^27 bits (16 MB) keep false positives near 2% for the 54 MB corpus's 10 M words. */
const TRIPLE_FILTER_BITS = 2 ** 27;
/** Words in a fabricated claim: as long as a typical quote. */
const FABRICATED_WORDS = { min: 10, max: 18 };
/** Successors tried before a chain is abandoned as stuck. */
const SUCCESSOR_TRIES = 40;

export function indexCorpusWords(corpus: Corpus): CorpusWords {
	const idOf = new Map<string, number>();
	const vocabulary: string[] = [];
	const ids: number[] = [];
	for (const doc of corpus.documents) {
		for (const key of wordKeys(doc.text)) {
			let id = idOf.get(key);
			if (id === undefined) {
				id = vocabulary.length;
				idOf.set(key, id);
				vocabulary.push(key);
			}
			ids.push(id);
		}
		ids.push(-1); // a document boundary: no chain crosses it
	}
	const tokens = Int32Array.from(ids);
	const offsets = new Int32Array(vocabulary.length + 1);
	for (const id of tokens) if (id >= 0) offsets[id + 1]++;
	for (let i = 0; i < vocabulary.length; i++) offsets[i + 1] += offsets[i];
	const fill = offsets.slice(0, vocabulary.length);
	const positions = new Int32Array(offsets[vocabulary.length]);
	const triples = new Uint32Array(TRIPLE_FILTER_BITS / 32);
	for (let i = 0; i < tokens.length; i++) {
		const id = tokens[i];
		if (id < 0) continue;
		positions[fill[id]++] = i;
		if (i >= 2 && tokens[i - 1] >= 0 && tokens[i - 2] >= 0) addTriple(triples, tokens[i - 2], tokens[i - 1], id);
	}
	return { tokens, vocabulary, offsets, positions, triples };
}

/** A fabricated claim, or null when the chain got stuck (the caller tries again). */
export function fabricateClaim(words: CorpusWords, rng: Rng): string | null {
	const { tokens, vocabulary, offsets, positions } = words;
	const length = rng.int(FABRICATED_WORDS.min, FABRICATED_WORDS.max);
	let at = rng.int(0, tokens.length - 2);
	while (tokens[at] < 0) at++;
	const chain = [tokens[at]];
	while (chain.length < length) {
		const current = chain[chain.length - 1];
		const previous = chain.length >= 2 ? chain[chain.length - 2] : -1;
		const count = offsets[current + 1] - offsets[current];
		let next = -1;
		for (let tries = 0; tries < SUCCESSOR_TRIES && next < 0; tries++) {
			const successor = tokens[positions[offsets[current] + rng.int(0, count - 1)] + 1];
			if (successor >= 0 && (previous < 0 || !hasTriple(words.triples, previous, current, successor))) next = successor;
		}
		if (next < 0) return null;
		chain.push(next);
	}
	const text = chain.map((id) => vocabulary[id]).join(' ');
	return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** True when some three consecutive words of `claim` stand together in the corpus (or collide in the filter). */
export function sharesWordTriple(words: CorpusWords, claim: string, idOf: ReadonlyMap<string, number>): boolean {
	const ids = wordKeys(claim).map((k) => idOf.get(k) ?? -1);
	for (let i = 2; i < ids.length; i++) {
		if (ids[i - 2] >= 0 && ids[i - 1] >= 0 && ids[i] >= 0 && hasTriple(words.triples, ids[i - 2], ids[i - 1], ids[i])) return true;
	}
	return false;
}

export function wordIds(words: CorpusWords): Map<string, number> {
	return new Map(words.vocabulary.map((w, i) => [w, i]));
}

function tripleHashes(a: number, b: number, c: number): [number, number] {
	let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
	h = Math.imul(h ^ (h >>> 16), 0x27d4eb2f);
	const h2 = Math.imul(h ^ (h >>> 13), 0x165667b1);
	return [(h >>> 0) % TRIPLE_FILTER_BITS, ((h2 ^ (h2 >>> 15)) >>> 0) % TRIPLE_FILTER_BITS];
}

function addTriple(filter: Uint32Array, a: number, b: number, c: number): void {
	for (const bit of tripleHashes(a, b, c)) filter[bit >>> 5] |= 1 << (bit & 31);
}

function hasTriple(filter: Uint32Array, a: number, b: number, c: number): boolean {
	return tripleHashes(a, b, c).every((bit) => (filter[bit >>> 5] & (1 << (bit & 31))) !== 0);
}
