/**
 * The corpus that ships with the app: the seed manifest and its texts, bundled
 * by Vite at build time (no request at run time).
 */
import { corpusFromManifest, type Corpus } from '#lib/engine/index.ts';
import manifest from './seed/manifest.json';

/** File name -> text, for every seed document (Vite inlines them as strings). */
const texts: Record<string, string> = import.meta.glob<string>('./seed/*.txt', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** The bundled corpus, built once when this module is first imported. */
export const bundledCorpus: Corpus = corpusFromManifest(manifest, (file) => texts[`./seed/${file}`] ?? null);
