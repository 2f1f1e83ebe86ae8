import { expect, it } from 'vitest';
import { bundledCorpus } from './bundled.ts';
import { corpusFingerprint } from './fingerprint.ts';

it('names the corpus by its texts: 12 hex digits, stable, and changed by any edit', async () => {
	const print = await corpusFingerprint(bundledCorpus);
	expect(print).toMatch(/^[0-9a-f]{12}$/);
	expect(await corpusFingerprint(bundledCorpus)).toBe(print);
	const [first, ...rest] = bundledCorpus.documents;
	const edited = { ...bundledCorpus, documents: [{ ...first, text: first.text.replace('a', 'b') }, ...rest] };
	expect(await corpusFingerprint(edited)).not.toBe(print);
});
