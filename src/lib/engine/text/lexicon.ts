/**
 * Relations between English words (never of a corpus): opposites, synonyms,
 * changed units and modalities. WordNet 3.1 (wordnet.ts, a table derived at
 * build time) gives most of them; the few it lacks are listed here, each
 * with why. They decide when a changed word reverses a statement and when a
 * paraphrase still says the same thing.
 */
import * as wordnet from './wordnet.ts';
import { MODALS, STOP_WORDS } from './words.ts';

/**
 * Opposites WordNet 3.1 does not link (its "grow" has no antonym, "before"/"after" are no pair,
 * "surplus" has none): a claim that swaps one for the other says the opposite.
 */
const OPPOSITES_WORDNET_LACKS: readonly (readonly [string, string])[] = [
	['grow', 'shrink'], ['grow', 'fall'], ['grow', 'decline'], ['growth', 'decline'], ['everything', 'nothing'],
	['everyone', 'nobody'], ['something', 'nothing'], ['always', 'rarely'], ['all', 'none'], ['before', 'after'],
	['support', 'oppose'], ['ally', 'adversary'], ['allies', 'adversaries'], ['harmful', 'beneficial'], ['profit', 'loss'],
	['surplus', 'deficit'], ['together', 'apart'], ['over', 'under'], ['progress', 'regress'], ['progressing', 'regressing'],
	['strengthening', 'weakening'], ['encouraging', 'discouraging'], ['exceed', 'trail'], ['more', 'fewer']
];

/** Phrases that say the opposite of a word (WordNet links "fall short" to nothing): "fell short of" for "exceeded". */
const OPPOSITE_PHRASES: ReadonlyMap<string, readonly string[]> = new Map([
	['fall short of', ['exceed', 'surpass', 'top', 'beat']],
	['fell short of', ['exceeded', 'surpassed', 'topped', 'beat']],
	['falls short of', ['exceeds', 'surpasses', 'tops', 'beats']],
	['less than', ['more']],
	['more than', ['less', 'fewer']]
]);

/**
 * Function words that say the opposite of one another. WordNet's links between such words
 * go through loose synset mates ("all"/"any"), so for them only this list counts.
 */
const FUNCTION_OPPOSITES: readonly (readonly [string, string])[] = [
	['more', 'less'], ['most', 'least'], ['above', 'below'], ['up', 'down'], ['always', 'never'], ['many', 'few'],
	['first', 'last'], ['in', 'out'], ['with', 'without'], ['inside', 'outside'], ['all', 'no']
];

const SUPPLEMENT: ReadonlyMap<string, ReadonlySet<string>> = (() => {
	const map = new Map<string, Set<string>>();
	const add = (a: string, b: string) => (map.get(a) ?? map.set(a, new Set()).get(a)!).add(b);
	for (const [a, b] of [...OPPOSITES_WORDNET_LACKS, ...FUNCTION_OPPOSITES]) add(a, b), add(b, a);
	return map;
})();

/** True when the two are opposites this module lists (not WordNet's): for stems, which WordNet does not read. */
export function areListedOpposites(a: string, b: string): boolean {
	return a !== b && SUPPLEMENT.get(a)?.has(b) === true;
}

/** True when swapping `a` for `b` reverses the statement; normalised words or stems. */
export function areOpposite(a: string, b: string): boolean {
	if (a === b) return false;
	if (SUPPLEMENT.get(a)?.has(b)) return true;
	return !STOP_WORDS.has(a) && !STOP_WORDS.has(b) && wordnet.areAntonyms(a, b);
}

/**
 * How a word put for another changes the statement, in one lookup: reversed ("antonym"),
 * a modal of another kind ("modal"), a unit of the same kind ("unit"), kept ("synonym"), or null.
 * Function words meet only through the short lists here: WordNet's links between them are loose.
 */
export type WordRelation = 'antonym' | 'modal' | 'unit' | 'synonym' | null;

/** A word as the relations see it, looked up once: whether it is a function word or a modal, its listed opposites, its WordNet profile. */
export type WordSense = { norm: string; plain: boolean; modal: boolean; opposites: ReadonlySet<string> | undefined; profile: wordnet.Profile | null };

const senses = new Map<string, WordSense>();

export function senseOf(norm: string): WordSense {
	let sense = senses.get(norm);
	if (sense === undefined) {
		if (senses.size >= MEMO_SIZE) senses.clear();
		const plain = STOP_WORDS.has(norm) || MODALS.has(norm);
		sense = { norm, plain, modal: MODALS.has(norm), opposites: SUPPLEMENT.get(norm), profile: plain ? null : wordnet.profileOf(norm) };
		senses.set(norm, sense);
	}
	return sense;
}

/** relationOf() for two words already looked up: what the aligner asks of every pair of words of two texts. */
export function relationOfSenses(x: WordSense, y: WordSense): WordRelation {
	if (x.norm === y.norm) return null;
	if (x.opposites?.has(y.norm)) return 'antonym';
	if (x.modal && y.modal) return changesModality(x.norm, y.norm) ? 'modal' : null;
	return x.profile && y.profile ? wordnet.relationOfProfiles(x.profile, y.profile) : null;
}

/**
 * Modals that say the same kind of thing: ability, possibility, obligation, future.
 * "shall" is both obligation and future, so "should" and "will" may stand for it.
 */
const MODAL_GROUPS: readonly (readonly string[])[] = [['can', 'could'], ['may', 'might'], ['must', 'should', 'ought', 'shall'], ['will', 'would', 'shall']];

/** True when one modal is put for another of a different kind: "can" for "must" says something else; "should" for "shall" does not. */
export function changesModality(a: string, b: string): boolean {
	if (a === b || !MODALS.has(a) || !MODALS.has(b)) return false;
	return !MODAL_GROUPS.some((group) => group.includes(a) && group.includes(b));
}

/** What a phrase of two or three words means against single words: the words it may stand for, and those it contradicts. */
export function phraseRelations(words: readonly string[]): { synonyms: ReadonlySet<string>; opposites: ReadonlySet<string> } | null {
	const opposite = OPPOSITE_PHRASE_STARTS.has(words[0]);
	if (!opposite && !(wordnet.mayStartPhrase(words[0]) && wordnet.mayEndPhrase(words[words.length - 1]))) return null;
	const key = words.join(' ');
	let relations = phraseMemo.get(key);
	if (relations === undefined) {
		if (phraseMemo.size >= MEMO_SIZE) phraseMemo.clear();
		const synonyms = new Set(wordnet.singleWordSynonymsOfPhrase(words));
		const opposites = new Set(OPPOSITE_PHRASES.get(key) ?? []);
		phraseMemo.set(key, (relations = synonyms.size || opposites.size ? { synonyms, opposites } : null));
	}
	return relations;
}

/** Answers kept before a memo starts afresh: a check asks about the same few thousand words again and again. */
const MEMO_SIZE = 100_000;
const phraseMemo = new Map<string, { synonyms: ReadonlySet<string>; opposites: ReadonlySet<string> } | null>();

/** Whether some phrase the lexicon relates to a word can start with this one ("carry", "fell"): a cheap test before phraseRelations. */
export function mayStartPhrase(word: string): boolean {
	return OPPOSITE_PHRASE_STARTS.has(word) || wordnet.mayStartPhrase(word);
}

const OPPOSITE_PHRASE_STARTS: ReadonlySet<string> = new Set([...OPPOSITE_PHRASES.keys()].map((p) => p.split(' ')[0]));

/** Base forms of a word as WordNet reads it ("fell" -> fall), for meeting a phrase's synonyms. */
export function lemmasOf(word: string): string[] {
	return wordnet.lemmasOf(word);
}

/**
 * Irregular verb forms and their base, so "grew" meets "grown" and "grow"
 * the way "grows" meets "growing" through the stemmer.
 */
const IRREGULAR_FORMS = `have has had having|do does did done|grow grew grown|rise rose risen|fall fell fallen|give gave given|take took taken|make made|say said|tell told
go went gone|come came|see saw seen|know knew known|begin began begun|become became|build built|buy bought|bring brought
think thought|keep kept|hold held|leave left|lose lost|meet met|pay paid|run ran|sell sold|send sent|spend spent|stand stood
win won|write wrote written|speak spoke spoken|drive drove driven|choose chose chosen|break broke broken|fly flew flown
draw drew drawn|show showed shown|lead led|feel felt|find found|get got gotten|seek sought|fight fought|teach taught
catch caught|understand understood|forget forgot forgotten|strike struck|withdraw withdrew withdrawn|undertake undertook undertaken
overcome overcame|shrink shrank shrunk|sink sank sunk|swear swore sworn|wear wore worn|tear tore torn|freeze froze frozen
hide hid hidden|bear bore borne|beat beaten|bite bit bitten|eat ate eaten|forgive forgave forgiven|steal stole stolen`;

export const IRREGULAR_BASE: ReadonlyMap<string, string> = new Map(
	IRREGULAR_FORMS.split(/[|\n]/).flatMap((group) => {
		const [base, ...forms] = group.trim().split(/\s+/);
		return forms.map((form) => [form, base] as [string, string]);
	})
);
