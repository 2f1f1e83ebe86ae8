import type { Attribution, CheckResult, CorpusDocument, Difference, SourceMatch, Verdict } from '../lib/engine/index.ts';
import { markDifferences, PLAIN, type Paint } from './mark-differences.ts';

/** Icon and words for each verdict; the icon is never the only signal. */
export const VERDICT_LABELS: Record<Verdict, { icon: string; words: string }> = {
	exact: { icon: '✓', words: 'Exact: these words stand in the source' },
	close: { icon: '≈', words: 'Close: only trivial differences from the source' },
	reworded: { icon: '~', words: 'Reworded: the same statement in other words' },
	altered: { icon: '✗', words: 'Altered: the claim changes what the source says' },
	misattributed: { icon: '⇄', words: 'Misattributed: the source gives these words to someone else' },
	not_found: { icon: '?', words: 'Not found in this corpus' }
};

/** Characters of surrounding context shown on each side of the matched words. */
const CONTEXT_CHARS = 160;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Style = Paint & { strong: (t: string) => string; dim: (t: string) => string };

const PLAIN_STYLE: Style = { ...PLAIN, strong: (t) => t, dim: (t) => t };
const sgr = (code: string) => (t: string) => `\x1b[${code}m${t}\x1b[0m`;
const COLOUR_STYLE: Style = { removed: sgr('31'), added: sgr('32'), strong: sgr('1'), dim: sgr('2') };

/**
 * A check as a person reads it in a terminal: verdict, reason, document,
 * passage with differences marked, speaker, other places. `colour` only adds
 * emphasis; every signal is also in the text.
 */
export function formatResult(result: CheckResult, documents: ReadonlyMap<string, CorpusDocument>, colour = false): string {
	const style = colour ? COLOUR_STYLE : PLAIN_STYLE;
	const label = VERDICT_LABELS[result.verdict];
	const lines = [style.strong(`${label.icon} ${label.words}`), `  ${result.reason}`];
	if (result.source) {
		lines.push('', ...describeSource(result.source, documents, result.differences, style));
		lines.push(...describeSpeakers(result.source.attribution, result.claimedSpeaker));
		lines.push(...describeDifferences(result.differences));
		if (result.alsoIn.length) {
			lines.push('', 'Also in:');
			for (const other of result.alsoIn) {
				const where = other.doc === result.source.doc ? 'elsewhere in the same document' : documentLine(other.doc, documents);
				lines.push(`  - ${where}: “${oneLine(other.text)}”`);
			}
		}
	} else {
		if (result.claimedSpeaker) lines.push(`  You named: ${result.claimedSpeaker}`);
		if (result.nearest) {
			const heading = result.notFound === 'too long' ? 'Where the words checked stand (no verdict covers the rest):' : 'Nearest passage (NOT a match, shown only for orientation):';
			lines.push('', heading);
			lines.push(...describeSource(result.nearest, documents, [], style).map((l) => `  ${l}`));
		}
	}
	const { unchecked } = result.claim;
	if (unchecked) lines.push('', `Not checked (past the words one check reads): “${oneLine(result.claim.original.slice(unchecked.start, unchecked.start + 80))}…”`);
	lines.push('', style.dim(`Checked in ${result.elapsedMs.toFixed(1)} ms.`));
	return lines.join('\n');
}

function describeSource(match: SourceMatch, documents: ReadonlyMap<string, CorpusDocument>, differences: readonly Difference[], style: Style): string[] {
	const doc = documents.get(match.doc);
	const lines = [`Source: ${documentLine(match.doc, documents)}`];
	if (doc?.url) lines.push(`        ${doc.url}`);
	const { marked, unplaced } = markDifferences(match.text, match.span.start, differences, style);
	const around = doc ? contextAround(doc.text, match) : { before: '', after: '' };
	// No quotation marks around the passage: the source's own quotation marks must read as its own.
	lines.push(`  ${style.dim(around.before)}»${oneLine(marked)}«${style.dim(around.after)}`);
	const adds = unplaced.filter((d) => d.type !== 'speaker' && d.type !== 'context' && d.claim);
	if (adds.length) lines.push(`  The claim also has: ${adds.map((d) => style.removed(`[-${d.claim}-]`)).join(' ')}`);
	const marksDifferences = differences.some((d) => d.type !== 'speaker');
	lines.push(style.dim(`  (» « mark the words the claim matches${marksDifferences ? '; [-claim-] {+source+} where they differ' : ''})`));
	return lines;
}

function describeSpeakers(attribution: Attribution, claimed: string | null): string[] {
	const lines = [`Spoken by: ${speakerLine(attribution)}`];
	if (claimed) {
		const agrees = claimed === attribution.speaker;
		lines.push(`You named: ${claimed}${agrees ? ' (the same person)' : ' (NOT who the source gives the words to)'}`);
	}
	return lines;
}

function speakerLine({ speaker, evidence, cue }: Attribution): string {
	if (evidence === 'narration' || speaker === null) {
		return `nobody quoted: the publisher's own words${cue ? ` (${cue})` : ''}`;
	}
	const how = evidence === 'default speaker' ? "the document's default speaker" : `by ${evidence}${cue ? `: “${oneLine(cue)}”` : ''}`;
	return `${speaker} (${how})`;
}

function describeDifferences(differences: readonly Difference[]): string[] {
	const words = differences.filter((d) => d.type !== 'context');
	const lines = words.length ? ['', 'Differences:'] : [];
	for (const d of words) {
		const claim = d.claim ? `“${oneLine(d.claim)}”` : '(nothing)';
		const source = d.source ? `“${oneLine(d.source)}”` : '(nothing)';
		lines.push(`  - ${d.type} (${d.severity}): claim ${claim}, source ${source}`);
	}
	for (const d of differences.filter((d) => d.type === 'context')) {
		lines.push('', `When or where: the claim says “${oneLine(d.claim)}”, the source is dated ${d.source} (the frame, not the words: the verdict stands as it is).`);
	}
	return lines;
}

/** "Russian-Belarusian talks — Kremlin, 13 March 2025". */
function documentLine(id: string, documents: ReadonlyMap<string, CorpusDocument>): string {
	const doc = documents.get(id);
	if (!doc) return id;
	const about = [doc.publisher, doc.date ? formatDate(doc.date) : undefined].filter(Boolean).join(', ');
	return about ? `${doc.title} — ${about}` : doc.title;
}

/** "2025-03-13" -> "13 March 2025"; "2025-03" -> "March 2025"; "1996" -> "1996"; anything else as given. */
export function formatDate(iso: string): string {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
	if (!m) return iso;
	const [, year, month, day] = m;
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (month && !monthName) return iso;
	return [day ? String(Number(day)) : '', monthName ?? '', year].filter(Boolean).join(' ');
}

/** The rest of the context sentences on each side of the span, each cut to CONTEXT_CHARS with "…". */
function contextAround(text: string, match: SourceMatch): { before: string; after: string } {
	const { span, context } = match;
	const from = Math.max(Math.min(context.start, span.start), span.start - CONTEXT_CHARS);
	const to = Math.min(Math.max(context.end, span.end), span.end + CONTEXT_CHARS);
	const cutBefore = from > Math.min(context.start, span.start);
	const cutAfter = to < Math.max(context.end, span.end);
	return {
		before: oneLine((cutBefore ? '…' : '') + text.slice(from, span.start)),
		after: oneLine(text.slice(span.end, to) + (cutAfter ? '…' : ''))
	};
}

/** Line breaks inside a passage would break the layout; show them as spaces. */
function oneLine(text: string): string {
	return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
