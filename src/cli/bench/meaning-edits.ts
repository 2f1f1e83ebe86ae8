/**
 * Edits that change what a passage says while keeping nearly all its words:
 * a negation added or dropped, a modal or verb negated, a unit of time or
 * scale changed, a direction reversed. SPEC.md calls each `altered`. And one
 * that keeps the meaning: a word swapped for a plain synonym (`reworded`).
 */
import type { Edit } from './claim-edits.ts';
import { words } from './text-units.ts';

type Word = { text: string; start: number; end: number };

/** Auxiliaries a "not" can follow: "is not", "will not", "has not". */
const AUXILIARIES = new Set('is are was were will would can could should shall must may might has have had does do did'.split(' '));
/** Negators an edit may drop, as the passage writes them. */
const DROPPABLE = new Set(['not', 'never']);

/** "We will raise the tax" -> "We will not raise the tax"; "is not weakening" -> "is weakening". */
export const negation: Edit = (passage, rng) => {
	const all = words(passage);
	// A passage with a negation loses one; a passage without gains one.
	if (all.some((w) => isNegator(w.text))) {
		const dropping = all.filter((w, k) => DROPPABLE.has(w.text.toLowerCase()) && k > 0 && AUXILIARIES.has(all[k - 1].text.toLowerCase()));
		if (!dropping.length) return null;
		const w = rng.pick(dropping);
		return passage.slice(0, w.start).trimEnd() + ' ' + passage.slice(w.end).trimStart();
	}
	const adding = all.filter((w, k) => AUXILIARIES.has(w.text.toLowerCase()) && k + 1 < all.length);
	if (!adding.length) return null;
	const w = rng.pick(adding);
	return passage.slice(0, w.end) + ' not' + passage.slice(w.end);
};

/** Contracted negations of modals and auxiliaries, both ways: "can" / "can't", "will" / "won't". */
const CONTRACTIONS: Record<string, string> = {
	can: "can't", will: "won't", should: "shouldn't", could: "couldn't", would: "wouldn't", must: "mustn't",
	does: "doesn't", do: "don't", is: "isn't", are: "aren't", was: "wasn't", were: "weren't", has: "hasn't", have: "haven't"
};
const UNCONTRACTED = Object.fromEntries(Object.entries(CONTRACTIONS).map(([a, b]) => [b, a]));
/** Verbs that take "doesn't" when negated: "takes" -> "doesn't take". */
const THIRD_PERSON = /^(takes|makes|gives|means|needs|wants|requires|allows|helps|works|believes|knows|shows|remains|seems|depends)$/;

/** "We can manufacture everything" -> "We can't manufacture everything"; "it takes" -> "it doesn't take". */
export const modal: Edit = (passage, rng) => {
	const all = words(passage);
	const options = all.filter((w) => CONTRACTIONS[w.text] || UNCONTRACTED[w.text.replace('’', "'")] || THIRD_PERSON.test(w.text));
	if (!options.length) return null;
	const w = rng.pick(options);
	const plain = w.text.replace('’', "'");
	const replacement = CONTRACTIONS[plain] ?? UNCONTRACTED[plain] ?? `doesn't ${plain.replace(/s$/, '')}`;
	return replaceWord(passage, w, replacement);
};

/** Units a claim may put for one another: each list is ordered, and an edit moves one step. */
const UNIT_SCALES: readonly (readonly string[])[] = [
	['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'],
	['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'],
	['thousand', 'million', 'billion', 'trillion'],
	['thousands', 'millions', 'billions', 'trillions']
];

/** "by the end of the year" -> "by the end of the decade"; "3 million jobs" -> "3 billion jobs". */
export const unit: Edit = (passage, rng) => {
	const options = words(passage).flatMap((w) => {
		const scale = UNIT_SCALES.find((s) => s.includes(w.text.toLowerCase()));
		return scale ? [{ w, scale }] : [];
	});
	if (!options.length) return null;
	const { w, scale } = rng.pick(options);
	const k = scale.indexOf(w.text.toLowerCase());
	const next = k === 0 ? 1 : k === scale.length - 1 ? k - 1 : rng.chance(0.5) ? k - 1 : k + 1;
	return replaceWord(passage, w, matchCase(w.text, scale[next]));
};

/** Words whose swap reverses a direction. */
const OPPOSITES: Record<string, string> = {
	increase: 'decrease', increased: 'decreased', increases: 'decreases', increasing: 'decreasing', rise: 'fall', rose: 'fell',
	rising: 'falling', rises: 'falls', more: 'less', higher: 'lower', grow: 'shrink', grew: 'shrank', growing: 'shrinking',
	growth: 'decline', larger: 'smaller', above: 'below', gain: 'loss', gains: 'losses', strengthen: 'weaken', strong: 'weak',
	stronger: 'weaker', exceeded: 'fell short of', expand: 'contract', success: 'failure', win: 'lose', won: 'lost', best: 'worst',
	better: 'worse', highest: 'lowest', maximum: 'minimum', before: 'after', early: 'late', first: 'last', always: 'never', easy: 'difficult'
};
const REVERSED = Object.fromEntries(Object.entries(OPPOSITES).map(([a, b]) => [b, a]));

/** "trade grew" -> "trade shrank"; "more jobs" -> "less jobs". */
export const direction: Edit = (passage, rng) => {
	const options = words(passage).filter((w) => OPPOSITES[w.text.toLowerCase()] || REVERSED[w.text.toLowerCase()]);
	if (!options.length) return null;
	const w = rng.pick(options);
	const lower = w.text.toLowerCase();
	return replaceWord(passage, w, matchCase(w.text, OPPOSITES[lower] ?? REVERSED[lower]));
};

/** Plain synonyms that keep the statement in any context a State of the Union or a news report gives them. */
const SYNONYMS: Record<string, string> = {
	begin: 'start', began: 'started', large: 'big', buy: 'purchase', bought: 'purchased', help: 'aid', nearly: 'almost',
	almost: 'nearly', quickly: 'rapidly', rapidly: 'quickly', enough: 'sufficient', shown: 'demonstrated', demonstrate: 'show',
	ended: 'finished', finish: 'end', hard: 'difficult', difficult: 'hard', chosen: 'selected', select: 'choose', wealth: 'riches',
	aim: 'goal', goal: 'aim', liberty: 'freedom', freedom: 'liberty', jobs: 'work', dangerous: 'perilous', attempt: 'try',
	attempted: 'tried', gained: 'won', assist: 'help', permit: 'allow', allowed: 'permitted', sufficient: 'enough', simple: 'easy'
};

/** One or two words swapped for plain synonyms: "we began" -> "we started". */
export const synonym: Edit = (passage, rng) => {
	const options = words(passage).filter((w) => SYNONYMS[w.text.toLowerCase()]);
	if (!options.length) return null;
	const chosen = [...new Set([rng.pick(options), ...(rng.chance(0.4) ? [rng.pick(options)] : [])])].sort((a, b) => b.start - a.start);
	let claim = passage;
	for (const w of chosen) claim = replaceWord(claim, w, matchCase(w.text, SYNONYMS[w.text.toLowerCase()]));
	return claim;
};

function isNegator(word: string): boolean {
	return /^(?:not|no|never|none|nor|nothing|cannot|without)$|n[’']t$/i.test(word);
}

function matchCase(model: string, word: string): string {
	return /^\p{Lu}/u.test(model) ? word[0].toUpperCase() + word.slice(1) : word;
}

function replaceWord(text: string, w: Word, replacement: string): string {
	return text.slice(0, w.start) + replacement + text.slice(w.end);
}

