import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import type { CorpusDocument } from '#lib/engine/index.ts';
import { fetchPack } from '#lib/packs/packs.ts';
import { openSources } from '#lib/storage/index.ts';
import type { EntryGenerator, PageLoad } from './$types';

/** Every bundled document gets its own page in the build; own sources and pack documents open in the browser. */
export const entries: EntryGenerator = () => bundledCorpus.documents.map((d) => ({ doc: d.id }));

export const load: PageLoad = async ({ params }) => {
	const doc = bundledCorpus.documents.find((d) => d.id === params.doc) ?? (await otherDocument(params.doc));
	if (!doc) error(404, `There is no document “${params.doc}” in the Library.`);
	return { doc };
};

/** An own source ("own:<id>", from storage) or a pack document ("sotu:<name>", from the pack file). */
async function otherDocument(id: string): Promise<CorpusDocument | undefined> {
	if (id.startsWith('own:')) {
		const source = await openSources()
			.then((sources) => sources.get(id.slice('own:'.length)))
			.catch(() => undefined);
		if (!source) return undefined;
		const { title, text, publisher, date, url, kind, speakers } = source;
		return { id, title, text, publisher, date, url, kind, speakers };
	}
	if (id.startsWith('sotu:')) {
		const pack = await fetchPack('sotu', `${base}/packs/`, () => {}).catch(() => undefined);
		return pack?.documents.find((d) => d.id === id);
	}
	return undefined;
}
