/** How History writes times, documents and file names. */
import type { Corpus, CheckResult } from '#lib/engine/index.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Local time of a check, as UI.md writes dates: "13 March 2025, 14:02". */
export function formatTime(ms: number): string {
	const d = new Date(ms);
	const hh = String(d.getHours()).padStart(2, '0');
	const mm = String(d.getMinutes()).padStart(2, '0');
	return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}, ${hh}:${mm}`;
}

/** The title of the source document `doc`; its id when the corpus no longer has it; '' when there is no source. */
export function sourceTitle(doc: string | null, corpus: Corpus): string {
	if (!doc) return '';
	return corpus.documents.find((d) => d.id === doc)?.title ?? doc;
}

/**
 * The corpus as a saved result can use it: a document whose text no longer
 * holds the saved passage at its span is left out, so the view shows the
 * passage as it was saved rather than whatever stands there now.
 */
export function corpusFor(result: CheckResult, corpus: Corpus): Corpus {
	const source = result.source;
	if (!source) return corpus;
	const still = (text: string) => text.slice(source.span.start, source.span.end) === source.text;
	return { ...corpus, documents: corpus.documents.filter((d) => d.id !== source.doc || still(d.text)) };
}

/** "verbatim-history-2025-03-13.json" */
export function exportFileName(kind: 'json' | 'csv', now = new Date()): string {
	const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
	return `verbatim-history-${day}.${kind}`;
}
