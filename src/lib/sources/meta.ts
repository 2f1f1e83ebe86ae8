import type { SourceMeta } from './types';

/** Longest first line taken as a title (characters); longer lines are prose, not titles. */
const MAX_TITLE_CHARS = 120;
/** How far into the text a date is looked for (characters): a dateline sits near the top. */
const DATE_WINDOW_CHARS = 600;
/** Share of paragraphs that must open with "Name:" for the text to count as a transcript (0..1). */
const MIN_LABELLED_SHARE = 0.5;
/** Fewest labelled paragraphs for a transcript: one "Note:" line is not a conversation. */
const MIN_LABELLED_PARAGRAPHS = 2;

const MONTHS = [
	'january', 'february', 'march', 'april', 'may', 'june',
	'july', 'august', 'september', 'october', 'november', 'december'
];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';

function isoDate(year: number, month: number, day: number): string | undefined {
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
	const prefix = name.toLowerCase().slice(0, 3);
	return MONTHS.findIndex((m) => m.startsWith(prefix)) + 1;
}

/**
 * The first date written in `text`, as YYYY-MM-DD: ISO ('2025-03-13', '2025-03-13T09:00Z'),
 * '13 March 2025', 'March 13, 2025', 'Mar. 13 2025', or a PDF date ('D:20250313120000').
 */
export function parseDate(text: string): string | undefined {
	const patterns: [RegExp, (m: RegExpMatchArray) => string | undefined][] = [
		[/\b(\d{4})-(\d{2})-(\d{2})(?![\d])/, (m) => isoDate(+m[1], +m[2], +m[3])],
		[/\bD:(\d{4})(\d{2})(\d{2})/, (m) => isoDate(+m[1], +m[2], +m[3])],
		[new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})\\b`, 'i'), (m) => isoDate(+m[3], monthNumber(m[2]), +m[1])],
		[new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i'), (m) => isoDate(+m[3], monthNumber(m[1]), +m[2])]
	];
	const found = patterns
		.map(([re, toIso]) => {
			const m = text.match(re);
			const iso = m ? toIso(m) : undefined;
			return iso && m ? { iso, at: m.index ?? 0 } : undefined;
		})
		.filter((f) => f !== undefined)
		.sort((a, b) => a.at - b.at);
	return found[0]?.iso;
}

/** 'State of the Union 2024.final.txt' -> 'State of the Union 2024.final' */
export function titleFromFileName(fileName: string): string {
	const dot = fileName.lastIndexOf('.');
	return (dot > 0 ? fileName.slice(0, dot) : fileName).trim() || fileName;
}

/** The first non-empty line, if it is short enough to be a title. */
export function firstLineTitle(text: string): string | undefined {
	const line = text.split('\n').find((l) => l.trim() !== '')?.trim();
	return line && line.length <= MAX_TITLE_CHARS ? line : undefined;
}

/** A transcript label: one to four capitalised words and a colon, e.g. 'THE PRESIDENT:', 'Mr. Lee:'. */
const LABEL = /^((?:[A-Z][A-Za-z.'’-]*)(?: [A-Z][A-Za-z.'’-]*){0,3}):\s/;

/**
 * Paragraphs: blocks between blank lines, each also split where a line opens with a label,
 * since transcripts often give each turn one line with no blank line between turns.
 */
function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.flatMap((block) => block.split(/\n(?=[A-Z][A-Za-z.'’ -]{0,60}:\s)/))
		.map((p) => p.trim())
		.filter(Boolean);
}

/**
 * Speakers of a transcript, most frequent first, when "Name:" opens most paragraphs;
 * otherwise [] (a speech or an article names no speaker this way).
 *
 * @example guessSpeakers('HOST: Welcome.\n\nJANE DOE: Thanks.\n\nHOST: So...') -> ['HOST', 'JANE DOE']
 */
export function guessSpeakers(text: string): string[] {
	const paras = paragraphs(text);
	const labels = paras.map((p) => p.match(LABEL)?.[1]).filter((l) => l !== undefined);
	if (labels.length < MIN_LABELLED_PARAGRAPHS || labels.length < paras.length * MIN_LABELLED_SHARE) return [];
	const counts = new Map<string, number>();
	for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
	// Map keeps first-appearance order, and sort is stable, so ties stay in order of appearance.
	return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/** Completes what a reader found with guesses from the text and the file name. */
export function guessMeta(text: string, fileName: string, found: Partial<SourceMeta>): SourceMeta {
	const clean = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;
	const meta: SourceMeta = {
		title: clean(found.title) ?? firstLineTitle(text) ?? titleFromFileName(fileName),
		speakers: found.speakers?.length ? found.speakers : guessSpeakers(text)
	};
	const publisher = clean(found.publisher);
	const date = (found.date && parseDate(found.date)) || parseDate(text.slice(0, DATE_WINDOW_CHARS));
	const url = clean(found.url);
	if (publisher) meta.publisher = publisher;
	if (date) meta.date = date;
	if (url) meta.url = url;
	return meta;
}
