/**
 * The figures issues 3 and 9 ask of the engine. The benchmark prints each beside
 * what it measured; they are goals to read, not assertions that fail a run.
 */
export const TARGETS = {
	/** Median milliseconds per claim on the 11 MB corpus. */
	p50MsAt11MB: 2,
	/** 95th-percentile milliseconds per claim on the 11 MB corpus. */
	p95MsAt11MB: 10,
	/** 95th-percentile milliseconds per claim on the 54 MB corpus with near-duplicates. */
	p95MsAt54MB: 20,
	/** Milliseconds to build the index of the 11 MB corpus. */
	buildMsAt11MB: 1200,
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
