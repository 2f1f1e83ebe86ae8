import { describe, expect, it } from 'vitest';
import { chosenCost } from './index-cost.ts';

describe('the cost of what the Library has ticked', () => {
	it('adds the ticked sources, the bundled corpus when chosen and each pack once', () => {
		const base = { bundled: false, bundledChars: 1000, ownChars: [10, 20], packs: [] };
		expect(chosenCost(base).textBytes).toBe(60);
		expect(chosenCost({ ...base, bundled: true }).textBytes).toBe(2060);
		expect(chosenCost({ ...base, packs: ['sotu', 'sotu'] }).textBytes).toBe(60 + 2 * 10_760_042);
	});
});
