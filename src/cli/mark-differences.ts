import type { Difference, Span } from '../lib/engine/index.ts';

/** How marked text is painted; `plain` leaves it as is (the brackets carry the meaning on their own). */
export type Paint = {
	removed: (text: string) => string;
	added: (text: string) => string;
};

export const PLAIN: Paint = { removed: (t) => t, added: (t) => t };

/**
 * Writes the source passage `text` (which starts at document offset `offset`)
 * with the claim's differences marked in place, wdiff style:
 *   source "grown by 5.7 percent", claim "grown by 7.5 percent"
 *   -> "grown by [-7.5 percent-]{+5.7 percent+}"
 * `[-…-]` is what the claim says instead, `{+…+}` what the source says.
 * Differences that have no place in the passage (a speaker, words the claim
 * adds with no position, overlaps) are returned in `unplaced` to list apart.
 */
export function markDifferences(
	text: string,
	offset: number,
	differences: readonly Difference[],
	paint: Paint = PLAIN
): { marked: string; unplaced: Difference[] } {
	const end = offset + text.length;
	const placeable = differences
		.filter((d): d is Difference & { sourceSpan: Span } => d.type !== 'speaker' && d.sourceSpan !== null)
		.filter((d) => d.sourceSpan.start >= offset && d.sourceSpan.end <= end && d.sourceSpan.start <= d.sourceSpan.end)
		.sort((a, b) => a.sourceSpan.start - b.sourceSpan.start || a.sourceSpan.end - b.sourceSpan.end);
	const placed = new Set<Difference>();
	let cursor = offset;
	let marked = '';
	for (const d of placeable) {
		// Two differences over the same source words cannot both be drawn inline.
		if (d.sourceSpan.start < cursor) continue;
		marked += text.slice(cursor - offset, d.sourceSpan.start - offset);
		marked += mark(d, text.slice(d.sourceSpan.start - offset, d.sourceSpan.end - offset), paint);
		cursor = d.sourceSpan.end;
		placed.add(d);
	}
	marked += text.slice(cursor - offset);
	return { marked, unplaced: differences.filter((d) => !placed.has(d)) };
}

/** One difference in brackets; the source words are taken from the passage itself so the offsets stay honest. */
function mark(d: Difference, sourceWords: string, paint: Paint): string {
	const claimPart = d.claim ? paint.removed(`[-${d.claim}-]`) : '';
	const sourcePart = sourceWords ? paint.added(`{+${sourceWords}+}`) : '';
	const gap = claimPart && sourceWords === '' ? ' ' : '';
	return claimPart + sourcePart + gap;
}
