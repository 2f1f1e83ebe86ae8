/**
 * Splits a pasted claim into the words to check, the frame (who, when, where)
 * and paste debris. Only the frame names a speaker: `"Mr Lukashenka, I am
 * delighted to see you."` names nobody.
 */
import type { PeopleRegistry } from '../speakers/index.ts';
import type { ClaimFrame, ParsedClaim, Span } from '../types.ts';
import { stripDebris, stripQuoteMarks, trimSpace } from './debris.ts';
import { readFrame, type FramePiece } from './frame.ts';
import { asWritten, isPronoun, takeLeading, takeTrailing } from './patterns.ts';
import { readQuoted } from './quoted.ts';

/** "In 1935, ", "In his 1941 State of the Union, ": a frame before an unquoted attribution. */
const LEADING_FRAME = /^(?:in|at|during|on|speaking)\b[^,:"“]{1,80},\s*/iu;
/** The same without its comma: where it may start, and how far the attribution may be looked for. */
const LEADING_FRAME_START = /^(?:in|at|during|on)\s/iu;
const MAX_FRAME_CHARS = 80;
/** A trailing line of at most this many words may be a source note ("Herbert Hoover, 31st President, 1929-1933"). */
const MAX_NOTE_LINE_WORDS = 14;

export function parseClaim(original: string, registry: PeopleRegistry): ParsedClaim {
	const cut: Span[] = [];
	const body = stripDebris(original, { start: 0, end: original.length }, cut);
	const quoted = readQuoted(original, body, registry);
	const read = quoted ? { stretches: quoted.stretches, frame: quoted.frame } : readUnquoted(original, body, registry);
	const frame = readFrame(original, [...read.frame, ...cut.map((span): FramePiece => ({ span, position: 'after' }))], registry);
	const named = speakerNamed(frame, read.attribution);
	const quoteSpans = read.stretches.length ? read.stretches : [{ start: body.start, end: body.start }];
	return {
		original,
		quoteSpan: { start: quoteSpans[0].start, end: quoteSpans.at(-1)!.end },
		quoteSpans,
		unchecked: null,
		attributionText: attributionText(original, read.frame, frame, read.attribution),
		claimedSpeaker: named && (registry.resolve(named) ?? asWritten(named)),
		speakerAsWritten: named,
		frame
	};
}

type Reading = { stretches: Span[]; frame: FramePiece[]; attribution?: { text: string; name: string } | null };

/** A claim that does not quote: the attribution patterns, then source-note lines at its end. */
function readUnquoted(text: string, body: Span, registry: PeopleRegistry): Reading {
	const frame: FramePiece[] = [];
	let span = takeNoteLines(text, body, registry, frame);
	let attribution: { text: string; name: string } | null = null;
	for (const take of [takeLeading, takeTrailing]) {
		const found = take(text, span, registry) ?? (take === takeLeading ? afterLeadingFrame(text, span, registry) : null);
		if (found && !attribution) {
			attribution = found.attribution;
			const rest = stripDebris(text, found.rest);
			frame.push({ span: take === takeLeading ? { start: span.start, end: rest.start } : { start: rest.end, end: span.end }, position: take === takeLeading ? 'before' : 'after' });
			span = rest;
		}
	}
	return { stretches: [stripQuoteMarks(text, span)], frame, attribution };
}

/**
 * `In 1935, President Roosevelt said that ...`: the attribution after a leading frame; without
 * the comma (`In 1996 Clinton said that ...`), the frame ends at the first word from which an
 * attribution can be read.
 */
function afterLeadingFrame(text: string, span: Span, registry: PeopleRegistry) {
	const s = text.slice(span.start, span.end);
	const lead = LEADING_FRAME.exec(s);
	if (lead) return takeLeading(text, { start: span.start + lead[0].length, end: span.end }, registry);
	if (!LEADING_FRAME_START.test(s)) return null;
	const words = [...s.slice(0, MAX_FRAME_CHARS).matchAll(/\s+(?=[\p{Lu}]|(?:he|she)\b)/gu)];
	const found = words.map((word) => takeLeading(text, { start: span.start + word.index + word[0].length, end: span.end }, registry)).filter((f) => f !== null);
	// "In his talks in Moscow Lukashenko said": a person the corpus knows before a name-like "Moscow Lukashenko".
	return found.find((f) => registry.resolve(f.attribution.name)) ?? found[0] ?? null;
}

/** Lines at the end that only say who and when ("Herbert Hoover, 31st President, 1929-1933") are frame, not quote. */
function takeNoteLines(text: string, body: Span, registry: PeopleRegistry, frame: FramePiece[]): Span {
	let end = body.end;
	for (;;) {
		const lineStart = text.lastIndexOf('\n', end - 1) + 1;
		if (lineStart <= body.start) break;
		const line = trimSpace(text, { start: lineStart, end });
		const words = text.slice(line.start, line.end).split(/\s+/).length;
		if (words > MAX_NOTE_LINE_WORDS || !isNoteLine(text, line, registry)) break;
		frame.push({ span: line, position: 'after' });
		end = trimSpace(text, { start: body.start, end: lineStart }).end;
	}
	return { start: body.start, end };
}

function isNoteLine(text: string, line: Span, registry: PeopleRegistry): boolean {
	const frame = readFrame(text, [{ span: line, position: 'after' }], registry);
	return frame.speaker !== null || frame.dates.length > 0 || /^\s*(?:from|in|at)\s.*(?:message|address|speech|union)/i.test(text.slice(line.start, line.end));
}

/** The speaker as written: the frame's, or the attribution pattern's; a pronoun names nobody. */
function speakerNamed(frame: ClaimFrame, attribution: { name: string } | null | undefined): string | null {
	const name = attribution?.name?.trim() || frame.speaker?.text.trim() || '';
	return name && !isPronoun(name) ? name : null;
}

/** The attribution as written: the pattern's words, or the stretch of the frame that names the speaker ("Lukashenko said"). */
function attributionText(text: string, frame: FramePiece[], named: ClaimFrame, attribution: { text: string } | null | undefined): string | null {
	if (attribution) return attribution.text || null;
	const speaker = named.speaker;
	const piece = speaker && frame.find((p) => p.span.start <= speaker.span.start && speaker.span.end <= p.span.end);
	if (!piece) return null;
	return text.slice(piece.span.start, piece.span.end).replace(/^[\s,.;:”"’»—–-]+|[\s,.;:“"‘«]+$/gu, '') || null;
}
