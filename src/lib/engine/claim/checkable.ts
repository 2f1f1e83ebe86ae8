/**
 * What in a pasted claim can be checked at all. A link, markup, a lone common
 * word or text in a language the corpus does not use cannot identify a
 * passage; the answer says what to paste instead.
 */
import { STOP_WORDS } from '../text/index.ts';
import type { WordArrays } from '../corpus/index.ts';
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

export function uncheckable(tokens: Token[], hadLinksOrMarkup: boolean, words: WordArrays): Uncheckable | null {
	const wordsAndFigures = tokens.filter((t) => t.kind !== 'ellipsis');
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
