/** Words the interface uses to describe documents and the corpus: dates, years, kinds. */
import type { Corpus, CorpusDocument } from '#lib/engine/index.ts';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2025-03-13" -> "13 March 2025"; a partial date ("2025-03", "2025") keeps what it has; anything else as given. */
export function formatDate(iso: string | undefined): string {
	if (!iso) return '';
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!m) return iso;
	const [, year, month, day] = m;
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (!monthName) return year;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** "2023–2025" from the documents' dates ("2025" when one year; "" when none is dated). */
export function yearRange(documents: readonly CorpusDocument[]): string {
	const years = documents.map((d) => d.date?.slice(0, 4)).filter((y): y is string => !!y && /^\d{4}$/.test(y));
	if (years.length === 0) return '';
	years.sort();
	const first = years[0];
	const last = years[years.length - 1];
	return first === last ? first : `${first}–${last}`;
}

/** What a check searched: "5 documents, 2023–2025". */
export function describeCorpus(corpus: Corpus): string {
	const n = corpus.documents.length;
	const years = yearRange(corpus.documents);
	const docs = `${n} ${n === 1 ? 'document' : 'documents'}`;
	return years ? `${docs}, ${years}` : docs;
}

/** What a not-found answer says was searched: "Not in these 5 documents (2023–2025)". */
export function notInThese(corpus: Corpus): string {
	const n = corpus.documents.length;
	const years = yearRange(corpus.documents);
	const docs = n === 1 ? 'Not in this document' : `Not in these ${n.toLocaleString('en-GB')} documents`;
	return years ? `${docs} (${years})` : docs;
}

/** The document a result points to, with its title, publisher and date in one line. */
export function citeLine(doc: CorpusDocument): string {
	return [doc.title, doc.publisher, formatDate(doc.date)].filter(Boolean).join(' · ');
}

/** What a document in use is, for the line that says what checks run against. */
type InUse = { source: 'bundled' | 'own' | string };

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/**
 * What checks run against, in one phrase: "5 documents: Belarus–Russia leaders' talks, 2023–2025",
 * or, with more chosen, "241 documents: Belarus–Russia leaders' talks, 2023–2025 (5), 3 of your
 * own sources and U.S. State of the Union addresses 1790–2018 (233)". `packTitles`: pack id -> title.
 */
export function describeInUse(documents: readonly InUse[], bundledName: string, packTitles: Record<string, string>): string {
	if (documents.length === 0) return 'no documents';
	const count = (source: string) => documents.filter((d) => d.source === source).length;
	const groups: { name: string; n: number }[] = [];
	if (count('bundled')) groups.push({ name: bundledName, n: count('bundled') });
	const own = count('own');
	for (const [id, title] of Object.entries(packTitles)) if (count(id)) groups.push({ name: title, n: count(id) });
	const total = plural(documents.length, 'document', 'documents');
	const named = groups.map((g) => (groups.length > 1 || own ? `${g.name} (${g.n})` : g.name));
	// Own sources go second, after the bundled corpus, before any pack.
	if (own) named.splice(count('bundled') ? 1 : 0, 0, `${own.toLocaleString('en-GB')} of your own sources`);
	return `${total}: ${joinAnd(named)}`;
}

/** "a", "a and b", "a, b and c". */
function joinAnd(parts: string[]): string {
	return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
