import { describe, expect, it } from 'vitest';
import { joinPageLines, pdfTextToString, type PdfLine } from './pdf-lines';

/** Lines of 12-point text with their baselines. */
const lines = (...rows: [string, number, number?][]): PdfLine[] =>
	rows.map(([text, y, height = 12]) => ({ text, y, height }));

describe('joinPageLines', () => {
	it('joins lines of one paragraph with a space and starts a new one at a wide gap', () => {
		const page = lines(['The cost was', 700], ['$8.6 million.', 684], ['Next', 661], ['paragraph.', 645]);
		expect(joinPageLines(page)).toBe('The cost was $8.6 million.\n\nNext paragraph.');
	});
	it('keeps a hyphen at a line end and joins without a space', () => {
		expect(joinPageLines(lines(['a well-', 700], ['known fact', 684]))).toBe('a well-known fact');
	});
	it('makes a heading its own paragraph by its size', () => {
		expect(joinPageLines(lines(['Summary', 700, 18], ['Body text', 679], ['goes on.', 663]))).toBe(
			'Summary\n\nBody text goes on.'
		);
	});
	it('starts a new paragraph at an empty line and at a jump upwards (a new column)', () => {
		expect(joinPageLines(lines(['a', 700], ['', 684], ['b', 668], ['c', 700]))).toBe('a\n\nb\n\nc');
	});
	it('collapses runs of spaces inside a line', () => {
		expect(joinPageLines(lines(['a   b  ', 700]))).toBe('a b');
	});
});

describe('pdfTextToString', () => {
	it('separates pages by a blank line and skips empty pages', () => {
		expect(pdfTextToString([lines(['One', 700]), [], lines(['Two', 700])])).toBe('One\n\nTwo');
	});
});
