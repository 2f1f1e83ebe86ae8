import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../types.ts';
import { contextOf, sentenceSpan } from './sentences.ts';

/**
 * sentenceSpan as first written: the bounds of the line found by lastIndexOf/indexOf over the
 * whole text, and every sentence end between them found from the start. The reader that
 * looks back in steps and only as far as it needs must give the same spans.
 */
const BOUNDARY = /[.!?…]+["”’)]*(?=\s+["“‘(]?\p{Lu}|\s*$)/gu;
const ABBREVIATION = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Jr|Sr|Hon|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z])\.$/;
const LOOK = 1500;

function referenceSpan(text: string, span: Span, extra = 0): Span {
	const from = Math.max(text.lastIndexOf('\n', span.start - 1) + 1, span.start - LOOK);
	const nl = text.indexOf('\n', span.end);
	const to = Math.min(nl < 0 ? text.length : nl, span.end + LOOK);
	const ends = (a: number, b: number) => {
		const out: number[] = [];
		const re = new RegExp(BOUNDARY.source, 'gu');
		re.lastIndex = a;
		for (let m = re.exec(text); m && m.index < b; m = re.exec(text)) {
			const end = m.index + m[0].length;
			if (end > b) break;
			if (ABBREVIATION.test(text.slice(Math.max(0, m.index - 5), m.index + 1)) && end < text.length) continue;
			out.push(end);
		}
		return out;
	};
	const [before, after] = [ends(from, span.start), ends(span.end, to)];
	let start = Math.min(before.length > extra ? before[before.length - 1 - extra] : from, span.start);
	const end = Math.max(after.length > extra ? after[extra] : to, span.end);
	while (start < end && /\s/.test(text[start])) start++;
	return { start, end };
}

/** Pieces that make sentence ends hard to find: abbreviations, quotes, ellipses, runs without spaces, line breaks. */
const PIECE = fc.constantFrom(
	'The vote', ' was', ' close.', ' Mr.', ' Smith', ' said', ' "No!"', ' It', ' fell?', ' (Then', ' more.)', '...', '…', ' ', '\n', '\n\n',
	' U.S.', ' Dec. 3', ' and', ' so', ' on.', 'x.y.z.', ' A.', ' “Yes.”', ' 1999.', ' Its', ' end', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
);
const TEXT = fc.array(PIECE, { maxLength: 400 }).map((pieces) => pieces.join(''));
const CASE = TEXT.chain((text) =>
	fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: 80 })).map(([t, start, length]) => ({ text: t, span: { start, end: Math.min(t.length, start + length) } }))
);

describe('sentenceSpan', () => {
	it('widens a span to the sentences it stands in, as the full scan would', () => {
		fc.assert(fc.property(CASE, ({ text, span }) => JSON.stringify(sentenceSpan(text, span)) === JSON.stringify(referenceSpan(text, span))), { numRuns: 3000 });
	});

	it('adds one sentence on each side for the context, as the full scan would', () => {
		fc.assert(fc.property(CASE, ({ text, span }) => JSON.stringify(contextOf(text, span)) === JSON.stringify(referenceSpan(text, span, 1))), { numRuns: 3000 });
	});

	it('reads no further than the line a sentence stands in', () => {
		const text = 'First line ends here.\nThe claim is here. And more.\nNext line.';
		const at = text.indexOf('claim');
		expect(text.slice(...Object.values(sentenceSpan(text, { start: at, end: at + 5 })))).toBe('The claim is here.');
		expect(text.slice(...Object.values(contextOf(text, { start: at, end: at + 5 })))).toBe('The claim is here. And more.');
	});

	it('reads back from white space, so a scan never starts inside an abbreviation’s full stops', () => {
		// "Dr.." ends no sentence: read from its second stop, it would seem to.
		const head = 'Dr.. Next ';
		const text = head + 'word '.repeat(60);
		const at = head.indexOf('..') + 1 + 200;
		expect(sentenceSpan(text, { start: at, end: at + 4 })).toEqual(referenceSpan(text, { start: at, end: at + 4 }));
		expect(sentenceSpan(text, { start: at, end: at + 4 }).start).toBe(0);
	});

	it('finds a sentence start far back in a long paragraph', () => {
		const long = 'It began. ' + 'Word '.repeat(250) + 'target here. Next.';
		const at = long.indexOf('target');
		expect(sentenceSpan(long, { start: at, end: at + 6 }).start).toBe(long.indexOf('Word'));
	});
});
