/**
 * What the Library's current choice will cost to index, before it is indexed:
 * the text of every ticked source and of the chosen packs, in memory and in the
 * index (engine/corpus/cost.ts has the measured ratios).
 */
import { indexCost, type IndexCost } from '#lib/engine/index.ts';
import type { PackId } from '#lib/checker/corpus-choice.ts';

/** Characters of each pack's text (the bench's count of the State of the Union addresses). */
const PACK_CHARS: Record<PackId, number> = { sotu: 10_760_042 };

export type ChosenText = {
	bundled: boolean;
	bundledChars: number;
	/** Text lengths of the own sources checks will run against. */
	ownChars: readonly number[];
	packs: readonly PackId[];
};

export function chosenCost(chosen: ChosenText): IndexCost {
	const packs = [...new Set(chosen.packs)].reduce((n, p) => n + PACK_CHARS[p], 0);
	const own = chosen.ownChars.reduce((n, c) => n + c, 0);
	return indexCost((chosen.bundled ? chosen.bundledChars : 0) + own + packs);
}
