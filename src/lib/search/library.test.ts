import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { librarySearch } from './library.ts';

describe('librarySearch', () => {
	const search = librarySearch(bundledCorpus.documents);

	it('lists every document, newest first, for an empty query', () => {
		const dates = search('  ').map((d) => d.date);
		expect(dates).toHaveLength(5);
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('finds a document by a word of its title, a publisher or a speaker, forgiving a spelling variant', () => {
		expect(search('Russian-Belarusian talks')[0].publisher).toBe('President of Russia (Kremlin)');
		expect(search('BelTA').map((d) => d.publisher)).toContain('BelTA');
		expect(search('Lukashenka').length).toBeGreaterThan(0);
		expect(search('Putin').map((d) => d.id)).toContain('2025-03-13-kremlin-russian-belarusian-talks');
	});

	it('finds nothing for words no document has', () => {
		expect(search('zzqx referendum xylophone')).toEqual([]);
	});
});
