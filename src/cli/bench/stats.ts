/** Small statistics for the benchmark's figures. */

/** The p-th percentile (0..100) by nearest rank: the smallest value with at least p% of values at or below it. */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	if (p < 0 || p > 100) throw new Error(`stats: percentile ${p} is outside 0..100`);
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1];
}

export function mean(values: readonly number[]): number {
	return values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
}

/** Share (0..1) of items for which the test holds; NaN for no items. */
export function share<T>(items: readonly T[], test: (item: T) => boolean): number {
	return items.length ? items.filter(test).length / items.length : NaN;
}

/** Counts of each value, most frequent first: ["exact", 30], ["close", 3]. */
export function tally(values: readonly string[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Whether half-open ranges [a.start, a.end) and [b.start, b.end) share at least one position. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
	return a.start < b.end && b.start < a.end;
}

export const pct = (x: number): string => (Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)}%`);

/** Milliseconds with the precision a reader needs: "0.42", "3.1", "1234". */
export const ms = (x: number): string => (Number.isNaN(x) ? '-' : x < 1 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));

export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
