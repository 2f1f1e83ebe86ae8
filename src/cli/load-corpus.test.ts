import { chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../lib/sources/index.ts';
import { BUNDLED_CORPUS_DIR, loadCorpus } from './load-corpus.ts';
import { CliError } from './messages.ts';
import { INTERVIEW, tempFolder } from './test-files.ts';

const folder = tempFolder;

function errorOf(dir: string): string {
	try {
		loadCorpus(dir);
	} catch (error) {
		expect(error).toBeInstanceOf(CliError);
		return (error as CliError).message;
	}
	throw new Error('loadCorpus: expected a CliError');
}

const manifest = (documents: unknown[]) => JSON.stringify({ name: 'Test', description: '', documents });

describe('loadCorpus', () => {
	it('reads the bundled corpus with its manifest', () => {
		const corpus = loadCorpus(BUNDLED_CORPUS_DIR);
		expect(corpus.documents.length).toBeGreaterThanOrEqual(5);
		expect(corpus.documents.every((d) => d.text.length > 0)).toBe(true);
	});

	it('reads bare .txt files without a manifest, by file name, as UTF-8', () => {
		const dir = folder({ 'b.txt': 'Zweite “Rede” – ок.', 'a.TXT': 'First.', 'notes.md': 'ignored' });
		mkdirSync(join(dir, 'sub.txt'));
		const corpus = loadCorpus(dir);
		expect(corpus.documents.map((d) => [d.id, d.text])).toEqual([['a', 'First.'], ['b', 'Zweite “Rede” – ок.']]);
	});

	it('describes a bare .txt exactly as the Library does: title, date and speakers', async () => {
		const [doc] = loadCorpus(folder({ 'interview.txt': INTERVIEW })).documents;
		const library = await extractFile(new File([INTERVIEW], 'interview.txt'));
		if (!library.ok) throw new Error(library.message);
		const { title, date, speakers } = library.meta;
		expect({ id: doc.id, title: doc.title, date: doc.date, speakers: doc.speakers }).toEqual({ id: 'interview', title, date, speakers });
		expect(speakers[0]).toBe('HELEN OKAFOR');
	});

	it('reads a manifest and the files it names', () => {
		const dir = folder({ 'manifest.json': manifest([{ id: 'one', file: 'one.txt', title: 'One', speakers: ['A B'] }]), 'one.txt': 'Hello.' });
		expect(loadCorpus(dir).documents).toMatchObject([{ id: 'one', title: 'One', text: 'Hello.', speakers: ['A B'] }]);
	});

	it.each<[string, () => string, RegExp]>([
		['a missing folder', () => join(tmpdir(), 'verbatim-no-such-folder-xyz'), /corpus folder not found/],
		['a file instead of a folder', () => join(folder({ 'x.txt': 'x' }), 'x.txt'), /not a folder/],
		['a folder with no .txt files', () => folder({ 'readme.md': 'x' }), /no \.txt documents/],
		['a manifest that is not JSON', () => folder({ 'manifest.json': '{"documents": [', 'a.txt': 'x' }), /manifest\.json is not valid JSON: .+/],
		['a manifest naming a missing file', () => folder({ 'manifest.json': manifest([{ id: 'a', file: 'gone.txt', title: 'A' }]) }), /gone\.txt/],
		['a manifest without documents', () => folder({ 'manifest.json': '{"name": "x"}' }), /no "documents"/],
		['a manifest with an empty list', () => folder({ 'manifest.json': manifest([]) }), /lists no documents/]
	])('explains %s in one line', (_, make, message) => {
		const text = errorOf(make());
		expect(text).toMatch(message);
		expect(text).not.toContain('\n');
	});

	it.skipIf(process.getuid?.() === 0)('explains an unreadable folder', () => {
		const dir = folder({ 'a.txt': 'x' });
		chmodSync(dir, 0o000);
		try {
			expect(errorOf(dir)).toMatch(/cannot read corpus folder .*permission denied/);
		} finally {
			chmodSync(dir, 0o700);
		}
	});
});
