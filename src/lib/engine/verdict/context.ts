/**
 * Frame facts against the source's metadata: a year or date in the claim's
 * frame that the document's date contradicts is a `context` difference
 * (SPEC "The claim's frame"). It is shown and never changes the verdict.
 * e.g. `Harry Truman, 1947: "..."` found in a 1997 address -> {claim: "1947", source: "1997"}.
 */
import type { CorpusDocument, Difference, FrameDate, ParsedClaim } from '../types.ts';

export function contextDifferences(claim: ParsedClaim, doc: CorpusDocument): Difference[] {
	const dates = claim.frame?.dates ?? [];
	const published = dateOf(doc.date);
	if (!dates.length || !published) return [];
	if (dates.some((d) => agrees(d, published)) || spansYear(dates, published.year)) return [];
	const first = dates[0];
	return [{ type: 'context', severity: 'frame', claim: first.text, source: doc.date!, claimSpan: first.span, sourceSpan: null }];
}

type DocumentDate = { year: number; month: number | null; day: number | null };

/** "2025-03-13", "2025-03", "1996"; anything else gives no date to contradict. */
function dateOf(iso: string | undefined): DocumentDate | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso?.trim() ?? '');
	return m ? { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null } : null;
}

/** A frame date agrees when every part both give is equal: "December 1860" agrees with "1860". */
function agrees(d: FrameDate, doc: DocumentDate): boolean {
	if (d.year !== doc.year) return false;
	if (d.month !== null && doc.month !== null && d.month !== doc.month) return false;
	return d.day === null || doc.day === null || d.month !== doc.month || d.day === doc.day;
}

/** "1929-1933", a term of office: the document's year inside it agrees. */
function spansYear(dates: FrameDate[], year: number): boolean {
	const years = dates.map((d) => d.year);
	return years.length >= 2 && Math.min(...years) <= year && year <= Math.max(...years);
}
