import { chmodSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../lib/sources/index.ts';
import { DEFAULT_MAX_CORPUS_MB, MB } from './corpus-size.ts';
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

	const utf16 = (text: string, bigEndian = false) => {
		const le = Buffer.from(text, 'utf16le');
		return new Uint8Array([...(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), ...(bigEndian ? le.swap16() : le)]);
	};
	it.each<[string, Uint8Array]>([
		['UTF-8 with a BOM, dropped', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('“We can” – ок.')])],
		['UTF-16 LE with a BOM', utf16('“We can” – ок.')],
		['UTF-16 BE with a BOM', utf16('“We can” – ок.', true)]
	])('decodes %s', (_, bytes) => {
		expect(loadCorpus(folder({ 'a.txt': bytes })).documents[0].text).toBe('“We can” – ок.');
	});

	it('decodes windows-1252 (and so Latin-1), its curly quotes included', () => {
		const bytes = new Uint8Array([0x93, ...Buffer.from('Caf'), 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35]);
		expect(loadCorpus(folder({ 'old.txt': bytes })).documents[0].text).toBe('“Café” – €5');
	});

	it('reads a manifest that starts with a BOM', () => {
		const json = '\ufeff' + manifest([{ id: 'one', file: 'one.txt', title: 'One' }]);
		expect(loadCorpus(folder({ 'manifest.json': json, 'one.txt': 'Hello.' })).documents).toHaveLength(1);
	});

	it.each<[string, Uint8Array, RegExp]>([
		['UTF-16 without a BOM', new Uint8Array(Buffer.from('Hello there.', 'utf16le')), /bad\.txt is not a text file.*UTF-16/],
		['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /bad\.txt is not a text file/],
		['a PDF named .txt', new Uint8Array(Buffer.from('%PDF-1.7\n...')), /bad\.txt is a PDF, not plain text/]
	])('refuses %s, naming the file', (_, bytes, message) => {
		expect(errorOf(folder({ 'good.txt': 'Fine.', 'bad.txt': bytes }))).toMatch(message);
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

	describe('refuses a file that leaves the folder, naming the entry', () => {
		const outside = tempFolder({ 'secret.txt': 'Not part of the corpus.' });
		const withLink = (target: string) => {
			const dir = folder();
			symlinkSync(target, join(dir, 'link.txt'));
			return dir;
		};
		it.each<[string, string, () => string, RegExp]>([
			['a path up and out', '../../etc/passwd', folder, /document 1 \(id "x"\) names "\.\.\/\.\.\/etc\/passwd", outside the corpus folder/],
			['an absolute path', '/etc/passwd', folder, /document 1 \(id "x"\) names "\/etc\/passwd", an absolute path/],
			['a link to a file outside', 'link.txt', () => withLink(join(outside, 'secret.txt')), /document 1 \(id "x"\) names "link\.txt", a link to .*secret\.txt outside the corpus folder/]
		])('%s', (_, file, make, message) => {
			const dir = make();
			writeFileSync(join(dir, 'manifest.json'), manifest([{ id: 'x', file, title: 'X' }]));
			expect(errorOf(dir)).toMatch(message);
		});

		it('also without a manifest', () => {
			expect(errorOf(withLink(join(outside, 'secret.txt')))).toMatch(/"link\.txt" is a link to .*secret\.txt outside the corpus folder/);
		});

		it('but follows a link that stays inside', () => {
			const dir = withLink('real.txt');
			writeFileSync(join(dir, 'real.txt'), 'Inside.');
			expect(loadCorpus(dir).documents.map((d) => d.text)).toEqual(['Inside.', 'Inside.']);
		});
	});

	describe('size', () => {
		it('refuses a corpus over the limit from its file sizes, before reading a byte', () => {
			const dir = folder({ 'small.txt': 'Fine.' });
			// A sparse file: its size says 101 MB, yet it takes no disk, and reading it would be slow.
			writeFileSync(join(dir, 'huge.txt'), '');
			truncateSync(join(dir, 'huge.txt'), (DEFAULT_MAX_CORPUS_MB + 1) * MB);
			const message = errorOf(dir);
			expect(message).toMatch(/the corpus is 101\.0 MB, over the 100 MB limit/);
			expect(message).toMatch(/Split it into folders of at most 100 MB.*--max-corpus-mb 102/);
		});

		it('counts the files a manifest names, and takes a limit of its own', () => {
			const dir = folder({ 'manifest.json': manifest([{ id: 'a', file: 'a.txt', title: 'A' }]), 'a.txt': 'x'.repeat(2048) });
			expect(() => loadCorpus(dir, { maxCorpusMb: 0.001 })).toThrow(/over the 0\.001 MB limit/);
			expect(loadCorpus(dir, { maxCorpusMb: 0.01 }).documents).toHaveLength(1);
		});

		it('tells how many files it has read', () => {
			const seen: string[] = [];
			loadCorpus(folder({ 'a.txt': 'A.', 'b.txt': 'B.' }), { maxCorpusMb: 1, onFileRead: (done, total) => seen.push(`${done}/${total}`) });
			expect(seen).toEqual(['1/2', '2/2']);
		});
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
