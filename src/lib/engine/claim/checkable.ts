/**
 * What in a pasted claim can be checked at all. A link, markup, a lone common
 * word or text in a language the corpus does not use cannot identify a
 * passage; the answer says what to paste instead.
 */
import { STOP_WORDS } from '../text/index.ts';
import type { WordArrays } from '../corpus/index.ts';
import type { PeopleRegistry } from '../speakers/index.ts';
import type { Token } from '../text/index.ts';
import type { NotFoundReason } from '../types.ts';

/** A claim needs this many content words (or a figure and one word) to identify a passage. */
const MIN_CONTENT_WORDS = 2;
/** ...unless it has at least this many words in all. */
const MIN_WORDS = 4;

const LINK_OR_MARKUP = /<[^>]*>|&[a-z]+;|\b(?:https?:\/\/|www\.)\S+/gi;

/** The text with links and markup blanked out (same length, so every offset still points into the original). */
export function maskLinksAndMarkup(text: string): { masked: string; hadAny: boolean } {
	let hadAny = false;
	const masked = text.replace(LINK_OR_MARKUP, (m) => ((hadAny = true), ' '.repeat(m.length)));
	return { masked, hadAny };
}

export type Uncheckable = { reason: NotFoundReason; sentence: string };

const PASTE_WORDS = 'paste the words of the quote or the figure';

export function uncheckable(tokens: Token[], hadLinksOrMarkup: boolean, words: WordArrays, registry: PeopleRegistry): Uncheckable | null {
	const wordsAndFigures = tokens.filter((t) => t.kind !== 'ellipsis');
	if (isOnlyAName(wordsAndFigures, registry)) {
		return { reason: 'nothing to check', sentence: `Nothing to check: a name says who, not what. ${capitalise(PASTE_WORDS)} this person said.` };
	}
	const content = wordsAndFigures.filter((t) => t.kind === 'figure' || !STOP_WORDS.has(t.norm));
	if (wordsAndFigures.length === 0 || (hadLinksOrMarkup && wordsAndFigures.length < MIN_WORDS)) {
		return hadLinksOrMarkup
			? { reason: 'nothing to check', sentence: `Nothing to check: a link or markup is not a quote. Open it and ${PASTE_WORDS} it holds.` }
			: { reason: 'nothing to check', sentence: `Nothing to check: ${PASTE_WORDS}, not only who said it.` };
	}
	if (content.length < MIN_CONTENT_WORDS && wordsAndFigures.length < MIN_WORDS) {
		return content.length
			? { reason: 'too short', sentence: 'Too little to check: a word or two cannot identify a passage. Paste more of the quote.' }
			: { reason: 'nothing to check', sentence: `Nothing to check: common words alone say nothing; ${PASTE_WORDS}.` };
	}
	const known = wordsAndFigures.some((t) => t.kind === 'figure' || words.vocabulary.has(t.stem));
	if (!known && !wordsAndFigures.some((t) => /[a-z]/.test(t.norm))) {
		return { reason: 'nothing to check', sentence: `Nothing to check in this language: the sources are in another. ${capitalise(PASTE_WORDS)} as the sources would print them.` };
	}
	return null;
}

function capitalise(s: string): string {
	return s[0].toUpperCase() + s.slice(1);
}

/** Most words a name with its titles has: "President of the Republic of Belarus Aleksandr Lukashenko". */
const MAX_NAME_WORDS = 9;

/** "Vladimir Putin", "President Lukashenko": a claim that is only a speaker, capitalised words that name a known person. */
function isOnlyAName(tokens: Token[], registry: PeopleRegistry): boolean {
	if (!tokens.length || tokens.length > MAX_NAME_WORDS) return false;
	const named = tokens.filter((t) => !/^(?:of|the)$/.test(t.norm));
	if (!named.every((t) => t.kind === 'word' && t.capital)) return false;
	return registry.candidates(tokens.map((t) => t.raw).join(' ')).length > 0;
}
