import { describe, expect, it } from 'vitest';
import type { CheckedDocument } from '#lib/checker/client.ts';
import type { CorpusDocument } from '#lib/engine/index.ts';
import type { SavedSource } from '#lib/storage/index.ts';
import { PACKS } from '#lib/packs/packs.ts';
import { entriesOf } from './library-entries.ts';

const bundled: CorpusDocument = { id: 'b1', title: 'Talks', speakers: ['Putin'], text: 'x', publisher: 'Kremlin', date: '2024-01-01' };
const own = (fileName: string): SavedSource =>
	({ id: 'u1', title: 'Speech', speakers: [], text: 'y', format: 'txt', fileName, bytes: 1, hash: 'h', addedAt: 0 }) as SavedSource;
const pack: CheckedDocument = { id: 'sotu:1790_x', title: 'Address', speakers: ['Washington'], source: 'sotu' } as CheckedDocument;

describe('the Library list', () => {
	it('gives every document one entry, with where it comes from in words', () => {
		const entries = entriesOf([bundled], [own('speech.txt')], [pack]);
		expect(entries.map((e) => [e.id, e.origin, e.from])).toEqual([
			['b1', 'bundled', 'Bundled with Verbatim'],
			['own:u1', 'own', 'speech.txt'],
			['sotu:1790_x', 'pack', PACKS.sotu.title]
		]);
		expect(entries[0]).toMatchObject({ title: 'Talks', publisher: 'Kremlin', date: '2024-01-01', speakers: ['Putin'] });
	});

	it('says "Pasted text" for an own source without a file, and keeps the stored source', () => {
		const [entry] = entriesOf([], [own('')], []);
		expect(entry.from).toBe('Pasted text');
		expect(entry.own?.id).toBe('u1');
	});
});
