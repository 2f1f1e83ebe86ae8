/**
 * A small seeded random source, so that every run of the benchmark sees the
 * same corpus copies and the same claims (Math.random cannot be seeded).
 */
export type Rng = {
	/** A float in [0, 1). */
	next: () => number;
	/** An integer in [min, max], both included. */
	int: (min: number, max: number) => number;
	/** One element of a non-empty list. */
	pick: <T>(items: readonly T[]) => T;
	/** True with probability p (0..1). */
	chance: (p: number) => boolean;
};

/** mulberry32: 32-bit state, fast, and good enough for sampling test data (not for cryptography). */
export function seededRng(seed: number): Rng {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: <T>(items: readonly T[]): T => {
			if (items.length === 0) throw new Error('prng: pick from an empty list');
			return items[int(0, items.length - 1)];
		},
		chance: (p) => next() < p
	};
}
