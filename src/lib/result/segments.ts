/**
 * Cuts texts into pieces for highlighting, so components render them with
 * {#each} into <mark>, <ins> and <del>, never as HTML.
 */
import type { Difference, Span } from '#lib/engine/index.ts';

/** A piece of text and the names of the ranges that cover it. */
export type Segment = { text: string; start: number; end: number; tags: string[] };

export type TaggedSpan = Span & { tag: string };

/**
 * Splits `text` (which starts at offset `base` of its document) at every edge of `ranges`.
 * Each piece lists the tags of the ranges covering it. Ranges outside the text are clipped.
 */
export function splitByRanges(text: string, base: number, ranges: readonly TaggedSpan[]): Segment[] {
	const end = base + text.length;
	const cuts = new Set<number>([base, end]);
	for (const r of ranges) {
		if (r.start > base && r.start < end) cuts.add(r.start);
		if (r.end > base && r.end < end) cuts.add(r.end);
	}
	const edges = [...cuts].sort((a, b) => a - b);
	const segments: Segment[] = [];
	for (let i = 0; i + 1 < edges.length; i++) {
		const [from, to] = [edges[i], edges[i + 1]];
		const tags = ranges.filter((r) => r.start <= from && r.end >= to && r.end > r.start).map((r) => r.tag);
		segments.push({ text: text.slice(from - base, to - base), start: from, end: to, tags });
	}
	return segments;
}

/** A piece of the claim: its own text, or a difference with the claim's and the source's words. */
export type ClaimPiece =
	| { kind: 'text'; text: string }
	| { kind: 'difference'; claim: string; source: string; difference: Difference };

/**
 * The claim as pasted, with each difference that has a place in it put there.
 * Differences that overlap an earlier one, or have no place in the claim, are left to `unplaced`.
 */
export function claimPieces(claim: string, differences: readonly Difference[]): ClaimPiece[] {
	const pieces: ClaimPiece[] = [];
	let at = 0;
	for (const difference of placed(differences)) {
		const span = difference.claimSpan as Span;
		if (span.start > at) pieces.push({ kind: 'text', text: claim.slice(at, span.start) });
		pieces.push({ kind: 'difference', claim: claim.slice(span.start, span.end), source: difference.source, difference });
		at = span.end;
	}
	if (at < claim.length) pieces.push({ kind: 'text', text: claim.slice(at) });
	return pieces;
}

/** The differences `claimPieces` cannot show inside the claim. */
export function unplaced(differences: readonly Difference[]): Difference[] {
	const shown = new Set(placed(differences));
	return differences.filter((d) => !shown.has(d));
}

function placed(differences: readonly Difference[]): Difference[] {
	const withSpan = differences
		.filter((d) => d.claimSpan !== null && d.claimSpan.end >= d.claimSpan.start)
		.sort((a, b) => (a.claimSpan as Span).start - (b.claimSpan as Span).start);
	const kept: Difference[] = [];
	let at = 0;
	for (const d of withSpan) {
		const span = d.claimSpan as Span;
		if (span.start < at) continue;
		kept.push(d);
		at = span.end;
	}
	return kept;
}
