/**
 * The statements of one paragraph, read from the passages the speaker reader gives the
 * article: its quotations (a quotation split by its attribution is one statement), the
 * clause of reported speech (`Putin said that ...`), a sentence that goes on reporting
 * someone with a figure in it, and a transcript's turn.
 */
import { findFigures } from '../figures/index.ts';
import { passageAt, type PeopleRegistry } from '../speakers/index.ts';
import { BARE_CLAUSE_VERBS, findQuotations, SPEECH_VERB_PATTERN, type Quotation } from '../text/index.ts';
import type { Attribution, Passage, Span } from '../types.ts';
import type { Statement } from './types.ts';

export type Found = Omit<Statement, 'n' | 'claim'>;

/** A quotation of this many words or fewer is a scare quote ("peace-loving"), as the claim parser reads one. */
const SCARE_QUOTE_WORDS = 2;
/** Words an attribution between the halves of a split quotation has at most: `," the Belarusian leader said, "`. */
const SPLIT_GAP_WORDS = 8;
/** Words a lead-in before a reported speaker may have and still not be the statement: "In this regard, the head of state recalled ...". */
const LEAD_IN_WORDS = 3;
/** Labels that open a question, not a statement of anyone's. */
const QUESTION_LABEL = /^(?:q|question|interviewer|moderator|host)$/i;
const SPEECH_VERB = new RegExp(`(?<!\\p{L})(?:${SPEECH_VERB_PATTERN})(?!\\p{L})`, 'u');
/** "MOSCOW, 13 March (BelTA) - ", "Belarus (, - ": a dateline is the publisher's, never the statement. */
const DATELINE = /^\p{Lu}[\p{L} .'-]*(?:,[^\n–—-]{0,40}|\s*\([^)\n]{0,40}\)?[^\n–—-]{0,10})\s*[–—-]\s+/u;
/** "This was announced today by X": the sentence points back at the statement before it (the speaker reader gives that one to X). */
const POINTS_BACK = /^\s*(?:this|that|it|these|such)\s+(?:was|were|has been|had been)\b/i;
/** What may stand between a speech verb and its clause: "told reporters that", "noted that". */
const BEFORE_CLAUSE = /^[\s,:;]*(?:(?:[\p{L}'’-]+\s+){0,3}?that\s+)?/u;
/** After the attribution, words of where and when are its frame ("said at a press conference"), not what was said. */
const FRAME_AFTER = /^\s*(?:of|by|at|in|on|during|after|before|to|with|while|when|from|for|today|yesterday)\b/i;

export function statementsOf(text: string, para: Span, passages: Passage[], blocks: Span[], people: PeopleRegistry): Found[] {
	const turn = turnOf(text, para, passages);
	if (turn !== undefined) return turn ? [turn] : [];
	const quotations = groupSplit(text, findQuotations(text, para.start, para.end, SCARE_QUOTE_WORDS));
	const reported = reportedIn(text, para, passages, quotations, people);
	const covered = (q: Quotation[]) => reported.some((r) => r.span.start <= q[0].inner.start && q.at(-1)!.inner.end <= r.span.end);
	const quoted = quotations.filter((q) => !covered(q)).map((q) => quotationStatement(text, q, passages, blocks));
	return [...quoted, ...reported].sort((a, b) => a.span.start - b.span.start);
}

/** A transcript turn as one statement; null for a question; undefined when the paragraph is no turn. */
function turnOf(text: string, para: Span, passages: Passage[]): Found | null | undefined {
	const { attribution } = passageAt(passages, para.start) ?? {};
	if (attribution?.evidence !== 'transcript label' || attribution.cueSpan?.start !== para.start) return undefined;
	// A question is nobody's statement; a label line with no full stop is a headline ("Interview: ...").
	if (QUESTION_LABEL.test(attribution.cue.replace(/:$/, '').trim()) || !/[.!?…]["”’]?\s*$/.test(text.slice(para.start, para.end))) return null;
	const span = trimmed(text, { start: attribution.cueSpan.end, end: para.end });
	if (words(text, span) < 3) return null;
	return { kind: 'turn', span, stretches: [span], speaker: attribution.speaker, cue: attribution.cue };
}

/** `“We can manufacture everything,” he said, “and quickly.”`: the halves of one sentence are one statement. */
function groupSplit(text: string, quotations: Quotation[]): Quotation[][] {
	const groups: Quotation[][] = [];
	for (const q of quotations) {
		const last = groups.at(-1)?.at(-1);
		const gap = last ? text.slice(last.outer.end, q.outer.start) : '';
		const splits = last && groups.at(-1)!.length === 1 && SPEECH_VERB.test(gap) && /,\s*$/.test(gap) && /[,]\s*$/.test(text.slice(last.inner.start, last.inner.end)) && gap.split(/\s+/).filter(Boolean).length <= SPLIT_GAP_WORDS;
		if (splits) groups.at(-1)!.push(q);
		else groups.push([q]);
	}
	return groups;
}

function quotationStatement(text: string, group: Quotation[], passages: Passage[], blocks: Span[]): Found {
	const stretches = group.map((q) => trimmed(text, q.inner));
	const kind = blocks.some((b) => b.start === group[0].inner.start) ? 'block quote' : group.length > 1 ? 'split quotation' : 'quotation';
	let attribution = passageAt(passages, group[0].inner.start)?.attribution;
	// A block quote with no lead-in of its own is the words of the person the sentence before it reports ("Putin answered his guest.").
	const reportedBefore = kind === 'block quote' && attribution?.evidence !== 'attribution' ? passageAt(passages, text.slice(0, group[0].outer.start).trimEnd().length - 1)?.attribution : undefined;
	if (reportedBefore?.speaker && (reportedBefore.evidence === 'reported speech' || reportedBefore.evidence === 'attribution')) attribution = reportedBefore;
	return { kind, span: { start: stretches[0].start, end: stretches.at(-1)!.end }, stretches, ...speakerOf(attribution) };
}

/** Reported speech in the paragraph's narration: the clause a named person is the subject of, or a reported sentence with a figure. */
function reportedIn(text: string, para: Span, passages: Passage[], quotations: Quotation[][], people: PeopleRegistry): Found[] {
	const out: Found[] = [];
	const inQuotation = (at: number) => quotations.some((g) => g.some((q) => q.outer.start <= at && at < q.outer.end));
	for (let p = passageAt(passages, para.start); p && p.span.start < para.end; p = passageAt(passages, p.span.end)) {
		const { span } = p;
		const attribution = p.attribution.evidence === 'narration' ? accordingTo(text, span, people) ?? p.attribution : p.attribution;
		if (attribution.evidence !== 'reported speech' || inQuotation(span.start)) continue;
		const cue = attribution.cueSpan;
		const direct = cue !== null && span.start <= cue.start && cue.end <= span.end;
		// "This was announced by X" points back; "X told the room:" introduces the quotation after it.
		if (direct && (POINTS_BACK.test(text.slice(span.start, span.end)) || /:\s*$/.test(text.slice(span.start, span.end)))) continue;
		const sentence = span.start === para.start ? { start: span.start + (DATELINE.exec(text.slice(span.start, span.end))?.[0].length ?? 0), end: span.end } : span;
		const stretches = direct ? clauseOf(text, sentence, cue) : findFigures(text.slice(span.start, span.end)).length ? [trimmed(text, sentence)] : [];
		const spoken = withQuotationAfter(text, stretches.filter((s) => words(text, s) > 0), span, quotations);
		if (!spoken.length || spoken.reduce((n, s) => n + words(text, s), 0) < 3 || onlyQuoted(text, spoken, quotations)) continue;
		const hasFigure = spoken.some((s) => findFigures(text.slice(s.start, s.end)).length > 0);
		out.push({ kind: hasFigure ? 'figure' : 'reported speech', span: { start: spoken[0].start, end: spoken.at(-1)!.end }, stretches: spoken, ...speakerOf(attribution) });
	}
	return out;
}

/** Sentence-initial "According to Lukashenko, ...", which the speaker reader (lower-case speech verbs only) leaves to narration. */
function accordingTo(text: string, sentence: Span, people: PeopleRegistry): Attribution | null {
	const m = /^(\s*According to ((?:the\s+)?\p{Lu}[^,]{1,60})),\s*/u.exec(text.slice(sentence.start, sentence.end));
	const speaker = m ? people.resolve(m[2]) : null;
	if (!m || !speaker) return null;
	const cueSpan = { start: sentence.start, end: sentence.start + m[1].length };
	return { speaker, evidence: 'reported speech', cue: m[1].trim(), cueSpan };
}

/**
 * The words reported, without the attribution: after it (`Putin said that trade grew`),
 * before it (`Trade grew, Putin said.`), or around it (`The talks, Lukashenko noted, were productive`).
 */
function clauseOf(text: string, sentence: Span, cue: Span): Span[] {
	const before = trimmed(text, { start: Math.min(sentence.start, cue.start), end: cue.start });
	const rest = text.slice(cue.end, sentence.end);
	const after = trimmed(text, { start: cue.end, end: sentence.end }, BEFORE_CLAUSE);
	const aroundCommas = /,\s*$/.test(text.slice(sentence.start, cue.start)) && /^\s*,/.test(rest);
	if (aroundCommas && words(text, before) > 0 && words(text, after) > 0) return [before, after];
	// Only a verb of saying takes a bare clause: "Putin said trade grew", not "Putin answered his guest".
	const bare = BARE_CLAUSE_VERBS.has(text.slice(cue.start, cue.end).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).at(-1) ?? '');
	const afterIsClause = /^[\s,:]*(?:\S+\s+){0,3}?that\b/u.test(rest) || /^according to\b/i.test(text.slice(cue.start, cue.end)) || (bare && !/^\s*,/.test(rest) && words(text, after) >= 3 && !FRAME_AFTER.test(rest));
	if (afterIsClause) return [after];
	return words(text, before) > LEAD_IN_WORDS ? [before] : [];
}

/**
 * A quotation that goes on the reported clause (`he promised to dwell on what “is being done
 * in this regard”`) is part of its statement, not a statement of its own.
 */
function withQuotationAfter(text: string, stretches: Span[], sentence: Span, quotations: Quotation[][]): Span[] {
	const last = stretches.at(-1);
	if (!last) return stretches;
	const next = quotations.find((g) => g[0].outer.start >= sentence.end && !text.slice(sentence.end, g[0].outer.start).trim());
	if (!next || /[,:.!?]\s*$/.test(text.slice(last.start, sentence.end)) || text.slice(last.end, sentence.end).trim()) return stretches;
	return [...stretches.slice(0, -1), { start: last.start, end: trimmed(text, next.at(-1)!.outer).end }];
}

/** A clause that is only a quotation (`Lukashenko stressed that “...”`) is the quotation's statement. */
function onlyQuoted(text: string, stretches: Span[], quotations: Quotation[][]): boolean {
	const outside = stretches.map((s) => {
		let rest = text.slice(s.start, s.end);
		for (const g of quotations) for (const q of g) if (s.start <= q.outer.start && q.outer.end <= s.end) rest = rest.replace(text.slice(q.outer.start, q.outer.end), ' ');
		return rest;
	});
	return outside.join(' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 2;
}

function speakerOf(attribution: Attribution | undefined): { speaker: string | null; cue: string } {
	return { speaker: attribution?.speaker ?? null, cue: attribution?.cue ?? '' };
}

/** The span without white space, the punctuation that ends a stretch inside quotation marks, and a `lead` pattern at its start. */
function trimmed(text: string, span: Span, lead = /^\s*/): Span {
	const start = span.start + (lead.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
	let end = span.end;
	while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
	return { start, end };
}

function words(text: string, span: Span): number {
	return text.slice(span.start, span.end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
