/**
 * The figures issues 3, 9 and 13 ask of the engine. The benchmark prints each beside
 * what it measured; they are goals to read, not assertions that fail a run.
 */
export const TARGETS = {
	/** Median milliseconds per claim on the 11 MB corpus (issue 13). */
	p50MsAt11MB: 1,
	/** 95th-percentile milliseconds per claim on the 11 MB corpus (issue 13). */
	p95MsAt11MB: 4,
	/** 95th-percentile milliseconds per claim on the 54 MB corpus with near-duplicates (issue 13). */
	p95MsAt54MB: 8,
	/** 95th-percentile milliseconds per claim on the 250 MB archive (`--archive`, issue 13). */
	p95MsAt250MB: 15,
	/** Milliseconds to build the index of the 11 MB corpus: 20 MB of text a second (issue 13). */
	buildMsAt11MB: 550,
	/**
	 * Adding one source to the indexed 11 MB corpus costs that source's time, not the collection's
	 * (issue 13): at most this many times the source built alone, plus addOneSlackMs (copying the arrays).
	 */
	addOneTimesAlone: 2,
	addOneSlackMs: 10,
	/** Bytes of index per byte of the corpus's UTF-16 text, at every size (issue 13). */
	maxIndexToText: 1.5,
	/** How many times faster than fuse.js per claim, on the same claims. */
	speedupOverFuse: 1000,
	/** Share (0..1) of claims with a source whose returned span overlaps the true one. */
	minLocated: 0.98,
	/** Share (0..1) of fabricated claims and collages given any verdict other than not_found: none. */
	maxFabricatedAccepted: 0,
	/** Milliseconds for one 1 MB pasted claim: "well under a second". */
	hugeClaimMs: 500
} as const;

/** "✓" when the figure meets the target, "✗" when it does not; the words say which way the target points. */
export function against(value: number, target: number, direction: 'at most' | 'at least', format: (x: number) => string): string {
	const met = direction === 'at most' ? value <= target : value >= target;
	return `${met ? '✓' : '✗'} (target ${direction === 'at most' ? '≤' : '≥'} ${format(target)})`;
}
