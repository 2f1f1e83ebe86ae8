/**
 * The Library's list: bundled, own and pack documents as one kind of entry,
 * so the page lists and filters them alike.
 */
import type { CheckedDocument } from '#lib/checker/client.ts';
import type { CorpusDocument } from '#lib/engine/index.ts';
import { PACKS } from '#lib/packs/packs.ts';
import type { SavedSource } from '#lib/storage/index.ts';

/** One document as the Library lists it, wherever it comes from; `id` is its id in the corpus and the reader's URL ("own:<uuid>", "sotu:<name>"). */
export type LibraryEntry = Omit<CheckedDocument, 'source'> & {
	origin: 'bundled' | 'own' | 'pack';
	/** Where it comes from, in words: "Bundled with Verbatim", "speech.txt", "Pasted text", the pack's title. */
	from: string;
	/** The stored source, for own sources only. */
	own?: SavedSource;
};


/** Bundled, own and pack documents as the Library lists them. */
export function entriesOf(bundled: CorpusDocument[], own: SavedSource[], pack: CheckedDocument[]): LibraryEntry[] {
	const meta = ({ title, publisher, date, kind, speakers }: LibraryEntry | CorpusDocument | CheckedDocument | SavedSource) => ({
		title,
		publisher,
		date,
		kind,
		speakers
	});
	return [
		...bundled.map((d): LibraryEntry => ({ ...meta(d), id: d.id, origin: 'bundled', from: 'Bundled with Verbatim' })),
		...own.map((s): LibraryEntry => ({
			...meta(s),
			id: `own:${s.id}`,
			origin: 'own',
			from: s.fileName || 'Pasted text',
			own: s
		})),
		...pack.map((d): LibraryEntry => ({ ...meta(d), id: d.id, origin: 'pack', from: d.source === 'sotu' ? PACKS.sotu.title : d.source }))
	];
}

