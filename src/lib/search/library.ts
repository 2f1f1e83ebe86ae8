/**
 * Search over the Library's documents: fuse.js behind a function that takes a
 * query and returns documents, so pages never see fuse.js's types.
 */
import Fuse from 'fuse.js/basic';
import { formatDate } from '#lib/corpus/describe.ts';

/** What the Library shows of any document: bundled, the user's own, or a pack's. */
export type Describable = { title: string; publisher?: string; date?: string; kind?: string; speakers: string[] };

type Entry<T> = { doc: T; title: string; publisher: string; speakers: string[]; date: string; kind: string };

/** Newest first; undated documents last, then by title. */
export function byDateNewestFirst(a: Describable, b: Describable): number {
	return (b.date ?? '').localeCompare(a.date ?? '') || a.title.localeCompare(b.title);
}

/** A search over `documents`: an empty query gives them all, newest first; otherwise the closest first. */
export function librarySearch<T extends Describable>(documents: readonly T[]): (query: string) => T[] {
	const entries: Entry<T>[] = [...documents].sort(byDateNewestFirst).map((doc) => ({
		doc,
		title: doc.title,
		publisher: doc.publisher ?? '',
		speakers: doc.speakers,
		date: `${formatDate(doc.date)} ${doc.date ?? ''}`,
		kind: doc.kind ?? ''
	}));
	const fuse = new Fuse(entries, {
		// Titles say what a document is about, so they count most; a name typed is
		// usually a speaker's; publisher, date ("March 2025" or "2025-03") and kind
		// narrow a list. The full text is not searched here: that is the Check page's job.
		keys: [
			{ name: 'title', weight: 3 },
			{ name: 'speakers', weight: 2 },
			{ name: 'publisher', weight: 1 },
			{ name: 'date', weight: 1 },
			{ name: 'kind', weight: 0.5 }
		],
		// 0.35 forgives a typo or a spelling variant ("Lukashenka" finds "Lukashenko")
		// without letting short queries match nearly everything (the default 0.6 does).
		threshold: 0.35,
		// A word typed may stand anywhere in a title, not only near its start (fuse's
		// default `location` 0 / `distance` 100 would miss the end of long titles).
		ignoreLocation: true,
		// Single letters match everywhere; ignore matches shorter than two characters.
		minMatchCharLength: 2
	});
	return (query) => {
		const q = query.trim();
		return q ? fuse.search(q).map((r) => r.item.doc) : entries.map((e) => e.doc);
	};
}
