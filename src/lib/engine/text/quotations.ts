/**
 * Quotations in a paragraph: where each opens and closes, and the quotations
 * nested inside them. Curly marks say which way they face; straight ones
 * alternate; a quotation left open runs to the end of its paragraph, as
 * English prints a quotation that goes on in the next one.
 */
import type { Span } from '../types.ts';

export type Quotation = {
	/** From the opening mark to the closing mark, both included. */
	outer: Span;
	/** The quoted words, without the marks. */
	inner: Span;
	/** Quotations inside this one ("experts say: "Don't worry..."" inside a president's words). */
	nested: Quotation[];
};

/** A quotation of this many words or fewer is a scare quote ("peace-loving"), not someone's words. */
export const MIN_QUOTATION_WORDS = 4;

const OPEN = new Set(['“', '„', '«', '``']);
const CLOSE = new Set(['”', '»', "''"]);

/**
 * Quotations of `text` between `from` and `to` (one paragraph), outermost first.
 * A quotation of `minWords` words or fewer is a scare quote and is not returned.
 */
export function findQuotations(text: string, from: number, to: number, minWords = MIN_QUOTATION_WORDS): Quotation[] {
	const stack: { at: number; straight: boolean; length: number; nested: Quotation[] }[] = [];
	const top: Quotation[] = [];
	const close = (end: number, markLength = 1) => {
		const open = stack.pop()!;
		const quotation = { outer: { start: open.at, end }, inner: { start: open.at + open.length, end: end - markLength }, nested: open.nested };
		if (wordCount(text.slice(quotation.inner.start, quotation.inner.end)) <= minWords) {
			(stack.at(-1)?.nested ?? top).push(...open.nested);
			return;
		}
		(stack.at(-1)?.nested ?? top).push(quotation);
	};
	// Wire copy and typewritten text open with `` and close with '' (TeX's marks).
	const marks = /``|''|["“”„«»]/g;
	marks.lastIndex = from;
	for (let m = marks.exec(text); m && m.index < to; m = marks.exec(text)) {
		const i = m.index;
		const c = m[0];
		if (OPEN.has(c)) stack.push({ at: i, straight: false, length: c.length, nested: [] });
		else if (CLOSE.has(c)) {
			while (stack.at(-1)?.straight) stack.pop();
			if (stack.length) close(i + c.length, c.length);
		} else if (c === '"') {
			if (stack.at(-1)?.straight) close(i + 1);
			else stack.push({ at: i, straight: true, length: 1, nested: [] });
		}
	}
	// An unclosed curly quotation runs to the paragraph's end; an unclosed straight mark was a stray.
	while (stack.length) {
		if (stack.at(-1)!.straight) stack.pop();
		else close(to + 1);
	}
	return top.map((q) => clampEnd(q, to)).sort((a, b) => a.outer.start - b.outer.start);
}

/** A quotation left open runs to the paragraph's end and no further; so do the ones nested in it. */
function clampEnd(q: Quotation, to: number): Quotation {
	const nested = q.nested.map((n) => clampEnd(n, to));
	if (q.outer.end <= to) return { ...q, nested };
	return { outer: { start: q.outer.start, end: to }, inner: { start: q.inner.start, end: Math.min(q.inner.end, to) }, nested };
}

function wordCount(s: string): number {
	return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
