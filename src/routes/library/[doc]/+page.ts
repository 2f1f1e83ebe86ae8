import { error } from '@sveltejs/kit';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import type { EntryGenerator, PageLoad } from './$types';

/** Every bundled document gets its own page in the build. */
export const entries: EntryGenerator = () => bundledCorpus.documents.map((d) => ({ doc: d.id }));

export const load: PageLoad = ({ params }) => {
	const doc = bundledCorpus.documents.find((d) => d.id === params.doc);
	if (!doc) error(404, `There is no document “${params.doc}” in the Library.`);
	return { doc };
};
