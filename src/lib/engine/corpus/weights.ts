/**
 * How much a word counts when matching: rare words identify a passage,
 * function words hardly do, a figure is what a claim is often about.
 */
import { STOP_WORDS } from '../text/index.ts';
import type { WordArrays } from './word-arrays.ts';
import type { Token } from '../text/index.ts';

/** Weight of a function word ("the", "of"), against 1..3 for a content word. */
export const STOP_WEIGHT = 0.25;
/** Weight of a figure: as much as the rarest word. */
export const FIGURE_WEIGHT = 3;

const cache = new WeakMap<WordArrays, (t: Token) => number>();

/** A weight function for tokens, by inverse frequency in this corpus (1 = common, 3 = rare or unseen). */
export function weigher(words: WordArrays): (t: Token) => number {
	let weigh = cache.get(words);
	if (!weigh) {
		const total = words.ids.length;
		const byStem = new Map<string, number>();
		weigh = (t: Token) => {
			if (t.kind === 'ellipsis') return 0;
			if (t.kind === 'figure') return FIGURE_WEIGHT;
			if (STOP_WORDS.has(t.norm)) return STOP_WEIGHT;
			let w = byStem.get(t.stem);
			if (w === undefined) {
				const id = words.vocabulary.get(t.stem);
				const frequency = id === undefined ? 0 : words.frequency[id];
				byStem.set(t.stem, (w = 1 + Math.min(2, Math.log10(1 + total / (1 + frequency)) / 1.5)));
			}
			return w;
		};
		cache.set(words, weigh);
	}
	return weigh;
}
