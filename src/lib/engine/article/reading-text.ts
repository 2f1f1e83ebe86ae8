/**
 * A block quote is a quotation without marks: lines set off with ">" (Markdown, e-mail),
 * usually after a lead-in that ends with a colon ("Lukashenko told the forum:"). The reading
 * text gives it an opening mark and joins it to its lead-in, in the same number of characters,
 * so every offset still points into the article as pasted and the speaker reader reads it as
 * it reads any quotation left open to the end of its paragraph.
 */
import type { Span } from '../types.ts';

const QUOTE_LINE = /^[ \t]*>/;

export type ReadingText = { text: string; /** Where each block quote's words stand. */ blocks: Span[] };

export function readingText(article: string): ReadingText {
	const chars = article.split('');
	const blocks: Span[] = [];
	const lines = linesOf(article);
	for (let i = 0; i < lines.length; i++) {
		if (!QUOTE_LINE.test(article.slice(lines[i].start, lines[i].end))) continue;
		let last = i;
		while (last + 1 < lines.length && QUOTE_LINE.test(article.slice(lines[last + 1].start, lines[last + 1].end))) last++;
		const marks = lines.slice(i, last + 1).map((line) => line.start + article.slice(line.start, line.end).indexOf('>'));
		chars[marks[0]] = '“';
		for (const at of marks.slice(1)) chars[at] = ' ';
		for (let at = lines[i].end; at < lines[last].start; at++) if (article[at] === '\n' || article[at] === '\r') chars[at] = ' ';
		joinToLeadIn(article, chars, lines, i);
		blocks.push({ start: marks[0] + 1, end: lines[last].end });
		i = last;
	}
	return { text: chars.join(''), blocks };
}

/** The line breaks between a lead-in ending with a colon and its block quote become spaces: one paragraph, as the reader reads a quotation. */
function joinToLeadIn(article: string, chars: string[], lines: Span[], first: number): void {
	let lead = first - 1;
	while (lead >= 0 && !article.slice(lines[lead].start, lines[lead].end).trim()) lead--;
	if (lead < 0 || !/:\s*$/.test(article.slice(lines[lead].start, lines[lead].end))) return;
	for (let at = lines[lead].end; at < lines[first].start; at++) if (article[at] === '\n' || article[at] === '\r') chars[at] = ' ';
}

function linesOf(text: string): Span[] {
	const out: Span[] = [];
	let start = 0;
	for (let at = text.indexOf('\n'); ; at = text.indexOf('\n', start)) {
		const end = at < 0 ? text.length : at;
		out.push({ start, end: text[end - 1] === '\r' ? end - 1 : end });
		if (at < 0) return out;
		start = at + 1;
	}
}
