/**
 * Antonym pairs from WordNet, each "a b" with a < b:
 * - direct antonyms, the "!" pointers between two word senses (rise/fall);
 * - the other members of the two synsets the pointer joins: WordNet hangs the
 *   pointer on one word of each ("ever"/"never" in "always, ever"), while a
 *   claim that swaps "always" for "never" reverses just as much;
 * - an adjective's indirect antonyms: the satellites of a head adjective
 *   against the head's antonym ("damp", similar to "wet", against "dry");
 * - derivationally related forms of a direct pair that share a part of
 *   speech, where WordNet links both ("strong"/"weak" -> "strength"/"weakness").
 * Only single words: the input is a word of running text. The derived pairs
 * keep only words WordNet's concordances attest: unfiltered they are 34,000
 * pairs over 22,000 words, 15,000 of those never tagged (mostly rare
 * satellites such as "sopping"), and would double the table.
 */
import type { Wordnet } from './database.ts';
import type { Pointer, Synset } from './parse.ts';
import { isAttested, mainSenses, SINGLE_WORD } from './senses.ts';

class PairSet {
	readonly pairs = new Set<string>();
	private readonly attested = new Map<string, boolean>();
	constructor(private readonly wordnet: Wordnet) {}

	/** A pair WordNet's "!" pointer names itself. */
	addDirect(a: string, b: string): void {
		if (a !== b && SINGLE_WORD.test(a) && SINGLE_WORD.test(b)) this.pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
	}
	/** A pair derived from a direct one, kept when both words are attested. */
	addDerived(a: string, b: string): void {
		if (this.isAttested(a) && this.isAttested(b)) this.addDirect(a, b);
	}
	addAllDerived(left: readonly string[], right: readonly string[]): void {
		for (const a of left) for (const b of right) this.addDerived(a, b);
	}
	private isAttested(word: string): boolean {
		let known = this.attested.get(word);
		if (known === undefined) this.attested.set(word, (known = isAttested(this.wordnet, word)));
		return known;
	}
}

/** Words a lexical pointer of `symbol` leads to from word number `word` of `synset`. */
function lexicalTargets(wordnet: Wordnet, synset: Synset, word: number, symbol: string): { word: string; pos: string }[] {
	return synset.pointers
		.filter((p) => p.symbol === symbol && p.sourceWord === word && p.targetWord > 0)
		.map((p) => {
			const target = wordnet.synset(p.target);
			return { word: target.words[p.targetWord - 1], pos: target.pos };
		});
}

function addDerivations(wordnet: Wordnet, out: PairSet, source: Synset, pointer: Pointer): void {
	const target = wordnet.synset(pointer.target);
	const left = lexicalTargets(wordnet, source, pointer.sourceWord, '+');
	const right = lexicalTargets(wordnet, target, pointer.targetWord, '+');
	for (const a of left) for (const b of right) if (a.pos === b.pos) out.addDerived(a.word, b.word);
}

/**
 * Satellites of a head adjective against the words of the head's antonym
 * synset, for the satellite words that mostly mean it: "liquid" is similar
 * to "graceful" in one sense, yet "liquid"/"awkward" would be no antonym.
 */
function addIndirect(wordnet: Wordnet, out: PairSet, head: Synset, antonym: Synset): void {
	if (head.pos !== 'a' || head.satellite) return;
	for (const satellite of wordnet.linked(head, ['&'])) {
		const words = satellite.words.filter((word) => mainSenses(wordnet, word).some((sense) => sense.synset === satellite));
		out.addAllDerived(words, antonym.words);
	}
}

export function antonymPairs(wordnet: Wordnet): Set<string> {
	const out = new PairSet(wordnet);
	for (const synset of wordnet.allSynsets()) {
		for (const pointer of synset.pointers) {
			if (pointer.symbol !== '!' || pointer.sourceWord === 0) continue;
			const target = wordnet.synset(pointer.target);
			out.addDirect(synset.words[pointer.sourceWord - 1], target.words[pointer.targetWord - 1]);
			out.addAllDerived(synset.words, target.words);
			addIndirect(wordnet, out, synset, target);
			addDerivations(wordnet, out, synset, pointer);
		}
	}
	return out.pairs;
}
