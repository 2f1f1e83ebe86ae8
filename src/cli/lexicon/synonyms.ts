/**
 * Synonym groups: for each synset, the members for which it is a main sense
 * (senses.ts). Two words are synonyms when they meet in a group, so both
 * must mostly mean that shared sense: "big"/"large" do, "home"/"house" share
 * only their 8th and 10th senses and do not.
 *
 * Left out: function words and modals (WordNet's "can" is a tin, "have" is
 * to own, "might" is power), speech verbs ("say" and "tell" share "express
 * in words", but a quote that says "told" for "said" is altered) and
 * numbers ("million"/"billion").
 */
import { forEachBase } from '../../lib/engine/text/morphy.ts';
import { MODALS, SPEECH_VERBS, STOP_WORDS } from '../../lib/engine/text/words.ts';
import type { Wordnet } from './database.ts';
import { isNumeric, mainSenses, SINGLE_WORD } from './senses.ts';

/** A lemma of running text: letters, with "_" between the words of a phrase ("carry_out"). */
const LEMMA = /^[a-z][a-z'-]*(_[a-z][a-z'-]*)*$/;

function isPhrase(lemma: string): boolean {
	return lemma.includes('_');
}

/** Lemmas never offered as synonyms: function words, modals, and the bases of the speech verbs ("told" -> "tell"). */
function excludedLemmas(wordnet: Wordnet): Set<string> {
	const excluded = new Set([...STOP_WORDS, ...MODALS]);
	const verbExceptions = new Map(wordnet.exceptions.v.map(({ form, bases }) => [form, bases]));
	for (const form of SPEECH_VERBS.filter((verb) => SINGLE_WORD.test(verb))) {
		forEachBase(form, 'v', verbExceptions, (base) => {
			if (wordnet.posOf(base).includes('v')) excluded.add(base);
		});
	}
	return excluded;
}

/**
 * Groups of lemmas, in synset order, each with two or more members and at
 * least one single word (a group of phrases alone serves no lookup).
 */
export function synonymGroups(wordnet: Wordnet): string[][] {
	const numberRoot = wordnet.named('number.n.02').key;
	const never = excludedLemmas(wordnet);
	const eligible = new Map<string, ReadonlySet<string>>();
	const mainSynsetsOf = (lemma: string): ReadonlySet<string> => {
		let found = eligible.get(lemma);
		if (found === undefined) {
			const excluded = !LEMMA.test(lemma) || never.has(lemma) || isNumeric(wordnet, lemma, numberRoot);
			found = new Set(excluded ? [] : mainSenses(wordnet, lemma).map((sense) => sense.synset.key));
			eligible.set(lemma, found);
		}
		return found;
	};
	const groups: string[][] = [];
	for (const synset of wordnet.allSynsets()) {
		const members = [...new Set(synset.words)].filter((word) => mainSynsetsOf(word).has(synset.key));
		if (members.length >= 2 && members.some((word) => !isPhrase(word))) groups.push(members);
	}
	return groups;
}
