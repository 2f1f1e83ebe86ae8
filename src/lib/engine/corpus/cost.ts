/**
 * What indexing a corpus costs in a tab, before it is built: from the figures the
 * bench measured (index 0.56–0.66 × the UTF-16 text; building holds word ids and the
 * pair sort's two working arrays besides). Used to tell the user, and to refuse
 * a collection the tab cannot hold instead of letting the tab die.
 */

/** Index bytes per character of text: 0.66 × 2 bytes at 11 MB, rounded up. */
const INDEX_BYTES_PER_CHAR = 1.4;
/**
 * Working bytes per character while building: ids, and two sorted copies of the pairs with the word
 * each sort carries, about 14 bytes per word of 6 characters (the reader's own arrays are let go first).
 */
const BUILD_BYTES_PER_CHAR = 2.2;
/**
 * What a tab may hold for text, index and build together. Chromium gives a tab's
 * JavaScript about 4 GB at most (less on phones); half of it leaves room for the page.
 */
export const TAB_BUDGET_BYTES = 2 * 2 ** 30;

export type IndexCost = {
	/** The text as JavaScript holds it (UTF-16). */
	textBytes: number;
	/** The index kept after building. */
	indexBytes: number;
	/** Text, index and the build's working arrays at the height of building. */
	peakBytes: number;
	/** Whether the tab can hold the peak. */
	fits: boolean;
};

export function indexCost(chars: number): IndexCost {
	const textBytes = 2 * chars;
	const indexBytes = Math.ceil(INDEX_BYTES_PER_CHAR * chars);
	const peakBytes = textBytes + indexBytes + Math.ceil(BUILD_BYTES_PER_CHAR * chars);
	return { textBytes, indexBytes, peakBytes, fits: peakBytes <= TAB_BUDGET_BYTES };
}

const size = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.max(0.1, bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`);

/** The cost in words, e.g. "21 MB of text; its index takes about 15 MB more (about 50 MB while it is built)". */
export function costSentence(cost: IndexCost): string {
	return `${size(cost.textBytes)} of text in memory; its index takes about ${size(cost.indexBytes)} more (about ${size(cost.peakBytes)} while it is built)`;
}

/** Said when the tab cannot hold a collection: what it needs, what to do. */
export function tooLargeSentence(cost: IndexCost): string {
	return (
		`These sources are too large to index in one browser tab: ${costSentence(cost)}, and a tab can safely hold about ${size(TAB_BUDGET_BYTES)}. ` +
		'Untick some sources (or split the collection) and index again.'
	);
}
