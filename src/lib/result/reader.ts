/**
 * The reader's view of a document: paragraphs of segments, each segment knowing
 * its speaker turn and whether it is highlighted, so the page renders text only.
 */
import type { Attribution, Passage, Span } from '#lib/engine/index.ts';
import { splitByRanges, type TaggedSpan } from './segments.ts';

export type ReaderSegment = {
	text: string;
	start: number;
	/** Inside the span the link points to. */
	mark: boolean;
	/** Inside the words that say who spoke. */
	cue: boolean;
	/** Set where a new speaker's turn begins: who speaks from here on. */
	turn: Attribution | null;
	/** The turn begins the paragraph (rather than inside it). */
	turnOpens: boolean;
};

export type ReaderParagraph = { start: number; segments: ReaderSegment[] };

/** Reads "?start=N&end=M" (and "cue=a-b") into spans that lie inside a text of `length`; null where absent or invalid. */
export function spanFromParams(params: URLSearchParams, length: number): { span: Span | null; cue: Span | null } {
	const span = toSpan(params.get('start'), params.get('end'), length);
	const [a, b] = (params.get('cue') ?? '').split('-');
	return { span, cue: toSpan(a ?? null, b ?? null, length) };
}

function toSpan(a: string | null, b: string | null, length: number): Span | null {
	if (a === null || b === null || !/^\d+$/.test(a) || !/^\d+$/.test(b)) return null;
	const [start, end] = [Number(a), Number(b)];
	return start < end && end <= length ? { start, end } : null;
}

/** Splits `text` into paragraphs (at line breaks) and segments, marking speaker turns, the span and the cue. */
export function readerParagraphs(text: string, passages: readonly Passage[], span: Span | null, cue: Span | null): ReaderParagraph[] {
	const ranges: TaggedSpan[] = passages.map((p, i) => ({ ...p.span, tag: `p${i}` }));
	if (span) ranges.push({ ...span, tag: 'mark' });
	if (cue) ranges.push({ ...cue, tag: 'cue' });
	const paragraphs: ReaderParagraph[] = [];
	/** The speaker of the last words seen; undefined before any (null is the publisher). */
	let previous: string | null | undefined = undefined;
	let at = 0;
	for (const line of text.split('\n')) {
		const start = at;
		at += line.length + 1;
		if (!line.trim()) continue;
		let opening = true;
		const segments = splitByRanges(line, start, ranges).map((s): ReaderSegment => {
			const tag = s.tags.find((t) => /^p\d+$/.test(t));
			// White space between passages belongs to no one worth announcing.
			const attribution = tag && s.text.trim() ? passages[Number(tag.slice(1))].attribution : null;
			let turn: Attribution | null = null;
			if (attribution && previous !== attribution.speaker) turn = attribution;
			if (attribution) previous = attribution.speaker;
			const segment = { text: s.text, start: s.start, mark: s.tags.includes('mark'), cue: s.tags.includes('cue'), turn, turnOpens: opening };
			if (s.text.trim()) opening = false;
			return segment;
		});
		paragraphs.push({ start, segments });
	}
	return paragraphs;
}
