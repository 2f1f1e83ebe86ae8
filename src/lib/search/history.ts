/** Fuzzy search over the claims and notes of History, behind our own result type. */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { SavedCheck } from '#lib/storage/index.ts';

/** Where a query was found in a check. */
export type HistoryField = 'claim' | 'note';

export type HistoryMatch = {
	check: SavedCheck;
	/** The fields the query was found in, claim first; [] when there was no query. */
	foundIn: HistoryField[];
};

/** Words and figures: "7.5" and "1,200" stay one word, so a figure is found as written, and "5.7" does not find "7.5". */
const WORDS = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}_]+/gu;

const OPTIONS: IFuseOptions<SavedCheck> = {
	// A claim is what the user remembers; a note is a second way in, so it counts half.
	keys: [
		{ name: 'claim', weight: 2 },
		{ name: 'note', weight: 1 }
	],
	// Match word by word, in any order: "putin trade" finds "…trade has grown…, Putin said".
	useTokenSearch: true,
	tokenize: WORDS,
	// Every word typed must be found somewhere, so each word added narrows the list like a filter.
	tokenMatch: 'all',
	// How far a word may be from the query (0 = exact, 1 = anything): 0.35 forgives a typo or two ("Lukashneko").
	threshold: 0.35,
	// A claim's words can sit anywhere in a long quote; where they stand must not count against them.
	ignoreLocation: true,
	// A one-letter fragment ("a", "I") is in nearly every claim and would only add noise to what was found.
	minMatchCharLength: 2,
	// "Lukashenko" and "Łukashenko", "Zelensky" and "Zelenskyy"-style accents should not hide a check.
	ignoreDiacritics: true,
	// To say whether a check was found by its claim or by its note.
	includeMatches: true
};

/**
 * A search over `checks`, built once. The returned function gives the checks
 * that match `query`, the closest first; for an empty query, every check in
 * the order given.
 */
export function createHistorySearch(checks: readonly SavedCheck[]): (query: string) => HistoryMatch[] {
	const fuse = new Fuse(checks, OPTIONS);
	return (query) => {
		if (query.trim() === '') return checks.map((check) => ({ check, foundIn: [] }));
		return fuse.search(query.trim()).map(({ item, matches = [] }) => ({
			check: item,
			foundIn: (['claim', 'note'] as const).filter((field) => matches.some((m) => m.key === field))
		}));
	};
}
