/**
 * The source passage around a match: the sentences to show with it, and the
 * speaker its words belong to.
 */
import type { PeopleRegistry } from './people.ts';
import type { Attribution, Passage, Span } from '../types.ts';

/** The publisher's own words: what no speaker claims. */
const NARRATION: Attribution = { speaker: null, evidence: 'narration', cue: '', cueSpan: null };

/** A passage that holds at least this share of the matched words speaks for the match (0..1). */
const SPEAKER_SHARE = 0.3;

/**
 * Who the matched words belong to. Narration that only introduces a quotation
 * does not outweigh it: a passage of a named person wins when it holds a fair
 * share of the words (SPEC "Narration and the quote it introduces").
 */
export function speakerOf(passages: Passage[], matched: Span[], claimed: string | null, registry: PeopleRegistry): Attribution {
	const tally = new Map<Passage, number>();
	for (const word of matched) {
		const passage = passageAt(passages, word.start);
		if (passage) tally.set(passage, (tally.get(passage) ?? 0) + 1);
	}
	const total = matched.length || 1;
	const ranked = [...tally].sort((x, y) => y[1] - x[1]);
	const people = ranked.filter(([p, n]) => p.attribution.speaker !== null && n / total >= SPEAKER_SHARE);
	const agreeing = people.find(([p]) => claimed && registry.samePerson(claimed, p.attribution.speaker!));
	const chosen = agreeing ?? people[0] ?? ranked[0];
	return chosen ? chosen[0].attribution : { speaker: null, evidence: 'narration', cue: '', cueSpan: null };
}

/** The passage that holds `offset` (passages sorted and tiling, as attributeDocument gives them), by binary search. */
export function passageAt(passages: Passage[], offset: number): Passage | undefined {
	let [lo, hi] = [0, passages.length - 1];
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const { start, end } = passages[mid].span;
		if (offset < start) hi = mid - 1;
		else if (offset >= end) lo = mid + 1;
		else return passages[mid];
	}
	return undefined;
}

/** Passages sorted, empty ones dropped, gaps given to narration, so every character has exactly one passage. */
export function tile(passages: Passage[], length: number): Passage[] {
	const out: Passage[] = [];
	let cursor = 0;
	for (const p of passages.filter((p) => p.span.end > p.span.start).sort((a, b) => a.span.start - b.span.start)) {
		const start = Math.max(p.span.start, cursor);
		const end = Math.min(p.span.end, length);
		if (start > cursor) out.push({ span: { start: cursor, end: start }, attribution: NARRATION });
		if (end > start) out.push({ span: { start, end }, attribution: p.attribution });
		cursor = Math.max(cursor, end);
	}
	if (cursor < length) out.push({ span: { start: cursor, end: length }, attribution: NARRATION });
	return out;
}
