/** SPEC's critical line: exact, close and reworded tell the user the quote stands; the others say it does not. */
import type { Verdict } from '../types.ts';

const STANDING: ReadonlySet<Verdict> = new Set<Verdict>(['exact', 'close', 'reworded']);

export function verdictStands(verdict: Verdict): boolean {
	return STANDING.has(verdict);
}
