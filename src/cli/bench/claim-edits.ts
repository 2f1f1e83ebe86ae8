/**
 * The edits that turn a passage into a claim of a given kind. Each takes the
 * passage's words as published and returns the claim, or null when the edit
 * does not apply to this passage (no number to change, too few words, ...).
 */
import type { Rng } from './prng.ts';
import { words } from './text-units.ts';

export type Edit = (passage: string, rng: Rng, vocabulary: readonly string[]) => string | null;

/** Curly quotes, dashes, letter case, doubled spaces, enclosing quotation marks: all normalised away. */
export const typography: Edit = (passage, rng) => {
	const variants: ((s: string) => string)[] = [
		(s) => s.replace(/'/g, '’').replace(/"([^"]*)"/g, '“$1”'),
		(s) => s.replace(/\s*--\s*|\s+-\s+/g, rng.pick(['—', ' – ', ' — '])),
		(s) => s.toLowerCase(),
		(s) => s.toUpperCase(),
		(s) => s.replace(/ /g, () => (rng.chance(0.2) ? '  ' : ' '))
	];
	let claim = passage;
	for (let tries = 0; tries < 8 && (claim === passage || rng.chance(0.4)); tries++) claim = rng.pick(variants)(claim);
	// Enclosing quotation marks once at most, as a pasted quote has them.
	if (rng.chance(0.4)) claim = rng.chance(0.5) ? `“${claim}”` : `"${claim.replace(/[.!?]$/, '')}"`;
	return claim === passage ? null : claim;
};

/** One or two misspelt words: swapped, dropped or doubled letters. */
export const typo: Edit = (passage, rng) => {
	const candidates = words(passage).filter((w) => /^\p{L}{5,}$/u.test(w.text));
	if (candidates.length === 0) return null;
	const chosen = new Set([rng.pick(candidates), ...(rng.chance(0.5) ? [rng.pick(candidates)] : [])]);
	return replaceWords(passage, [...chosen].map((w) => ({ ...w, text: misspell(w.text, rng) })));
};

function misspell(word: string, rng: Rng): string {
	const i = rng.int(1, word.length - 2);
	switch (rng.int(0, 2)) {
		case 0: // swap two neighbours; when they are the same letter, drop one instead
			return word[i] === word[i + 1] ? word.slice(0, i) + word.slice(i + 1) : word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
		case 1:
			return word.slice(0, i) + word.slice(i + 1);
		default:
			return word.slice(0, i) + word[i] + word.slice(i);
	}
}

/** Function words are not "a word changed": the change must touch the content. */
const FUNCTION_WORDS = new Set(
	'that this with from have been were which their there they them than then what when where will would shall should could such these those upon into only also very most more much some other each every your over under'.split(' ')
);

/** One content word replaced by another word of the corpus. */
export const wordChange: Edit = (passage, rng, vocabulary) => {
	const candidates = words(passage).filter((w) => /^\p{Ll}{4,}$/u.test(w.text) && !FUNCTION_WORDS.has(w.text));
	if (candidates.length === 0 || vocabulary.length === 0) return null;
	const target = rng.pick(candidates);
	let replacement = rng.pick(vocabulary);
	for (let tries = 0; tries < 10 && replacement === target.text; tries++) replacement = rng.pick(vocabulary);
	return replacement === target.text ? null : replaceWords(passage, [{ ...target, text: replacement }]);
};

/**
 * Spelled numbers an edit may swap for one another. Not "one" (mostly a
 * pronoun: "a reasonable one") and not scales ("a hundred" -> "a million"
 * changes the kind of figure, not its value).
 */
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty'];

/** Words that belong to a spelled figure ("a hundred and thirty million", "three and a half"). */
export const FIGURE_WORDS = new Set([
	'one', ...NUMBER_WORDS, 'a', 'and', 'half', 'quarter', 'third', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'percent', 'per', 'cent'
]);

/** One figure changed: a digit of a number, or a number word swapped for another. */
export const numberChange: Edit = (passage, rng) => {
	const all = words(passage);
	const digits = all.filter((w) => /\d/.test(w.text));
	if (digits.length) {
		const target = rng.pick(digits);
		return replaceWords(passage, [{ ...target, text: changeDigit(target.text, rng) }]);
	}
	const spelled = all.filter((w) => NUMBER_WORDS.includes(w.text.toLowerCase()));
	if (spelled.length === 0) return null;
	const target = rng.pick(spelled);
	const others = NUMBER_WORDS.filter((n) => n !== target.text.toLowerCase());
	return replaceWords(passage, [{ ...target, text: rng.pick(others) }]);
};

/** Whether an edit of this passage can change a figure, so the generator can look for one that does. */
export function hasFigure(passage: string): boolean {
	return words(passage).some((w) => /\d/.test(w.text) || NUMBER_WORDS.includes(w.text.toLowerCase()));
}

function changeDigit(number: string, rng: Rng): string {
	const positions = [...number].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
	const i = rng.pick(positions);
	const lowest = i === positions[0] && positions.length > 1 ? 1 : 0;
	let digit = String(rng.int(lowest, 9));
	if (digit === number[i]) digit = String(((Number(digit) + 1 - lowest) % (10 - lowest)) + lowest);
	return number.slice(0, i) + digit + number.slice(i + 1);
}

/** Words of the passage's inside (never its first or last two) left out without a mark. */
export const omission: Edit = (passage, rng) => dropInside(passage, rng, 1, 3, '');

/** Words left out and marked with an ellipsis, as quoting allows. */
export const ellipsis: Edit = (passage, rng) => dropInside(passage, rng, 2, 6, rng.pick(['... ', '… ', '[...] ', '. . . ']));

/** Words a claim keeps after an omission: fewer cannot say which passage they come from. */
const MIN_WORDS_LEFT = 8;

function dropInside(passage: string, rng: Rng, fewest: number, most: number, mark: string): string | null {
	const all = words(passage);
	const count = Math.min(most, rng.int(fewest, most), all.length - MIN_WORDS_LEFT);
	if (count < fewest) return null;
	for (let tries = 0; tries < DROP_TRIES; tries++) {
		const from = rng.int(2, all.length - 2 - count);
		if (all.slice(from, from + count).some((w) => MEANING_WORDS.test(w.text))) continue;
		return passage.slice(0, all[from].start) + mark + passage.slice(all[from + count].start);
	}
	return null;
}

/**
 * Words an omission must not take: dropping a negation or part of a figure
 * changes what the claim says, which SPEC.md calls altered, not close.
 */
const MEANING_WORDS = /^(not|no|never|nor|without|none|nothing|cannot|\p{L}+n[’']t|.*\d.*)$/iu;
const DROP_TRIES = 10;

/**
 * A light paraphrase: common words swapped for near-synonyms, and sometimes two
 * clauses swapped. No names or institutions ("Government" -> "Administration"
 * swaps an entity, which SPEC.md calls altered).
 */
const SYNONYMS: Record<string, string> = {
	shall: 'will', must: 'should', great: 'large', large: 'big', country: 'nation', nation: 'country',
	people: 'citizens', citizens: 'people', important: 'significant', increase: 'rise', increased: 'rose',
	begin: 'start', help: 'assist', make: 'create', believe: 'think', provide: 'give',
	world: 'globe', strong: 'powerful', nearly: 'almost', almost: 'nearly', many: 'numerous', problem: 'issue',
	problems: 'issues', difficult: 'hard', ensure: 'guarantee', achieve: 'reach', support: 'back', children: 'kids',
	today: 'now', public: 'national', necessary: 'needed', subject: 'matter', present: 'current', duty: 'obligation',
	attention: 'consideration', 'country’s': 'nation’s', received: 'got', however: 'but'
};
/** A paraphrase changes at least this many things, or it is just a word changed. */
const MIN_PARAPHRASE_CHANGES = 2;

export const paraphrase: Edit = (passage, rng) => {
	let changes = 0;
	let claim = passage.replace(/[\p{L}’']+/gu, (word) => {
		const synonym = SYNONYMS[word] ?? SYNONYMS[word.toLowerCase()];
		if (!synonym || !rng.chance(0.8)) return word;
		changes++;
		return word[0] === word[0].toUpperCase() ? synonym[0].toUpperCase() + synonym.slice(1) : synonym;
	});
	const swapped = swapClauses(claim);
	if (swapped) {
		claim = swapped;
		changes++;
	}
	return changes >= MIN_PARAPHRASE_CHANGES ? claim : null;
};

/**
 * "A, and B." -> "B, and a." when both clauses are long enough to stand alone.
 * Only a whole sentence: a window cut mid-sentence would swap fragments into nonsense.
 */
function swapClauses(text: string): string | null {
	if (!/^["“]?\p{Lu}/u.test(text) || !/[.!?]["”]?$/u.test(text)) return null;
	const m = /^(.{25,}?), (and|but|while) (.{25,}?)([.!?]["”]?)$/su.exec(text);
	if (!m) return null;
	const [, first, joint, second, stop] = m;
	const lowerFirst = /^\p{Lu}\p{Ll}/u.test(first) ? first[0].toLowerCase() + first.slice(1) : first;
	return `${second[0].toUpperCase()}${second.slice(1)}, ${joint} ${lowerFirst}${stop}`;
}

function replaceWords(text: string, replacements: { start: number; end: number; text: string }[]): string {
	let out = text;
	for (const r of [...replacements].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
	return out;
}
