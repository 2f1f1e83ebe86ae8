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

/** The document a result points to, with its title, publisher and date in one line. */
export function citeLine(doc: CorpusDocument): string {
	return [doc.title, doc.publisher, formatDate(doc.date)].filter(Boolean).join(' · ');
}
