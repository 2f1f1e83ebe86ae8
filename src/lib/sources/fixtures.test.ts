import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractFile, MAX_FILE_BYTES } from './extract';
import { readHtml } from './html';
import { messages } from './messages';
import { readPdf } from './pdf';

const FIXTURES = new URL('../../../tests/fixtures/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const fixture = (name: string) => new File([bytesOf(name)], name);
/** pdf.js's legacy build runs in Node 20; the page loads the modern build with a worker. */
const legacyPdfjs = () => import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<typeof import('pdfjs-dist')>;

/** Readability's own small DOM for Node; it wants void elements closed, XHTML style. */
const JSDOMParser = createRequire(import.meta.url)('@mozilla/readability/JSDOMParser');
const parseInNode = (html: string) =>
	new JSDOMParser().parse(html.replace(/<(meta|link|img|br|hr)\b([^>]*?)\s*\/?>/g, '<$1$2 />')) as Document;

describe('extractFile on the fixtures', () => {
	it('reads a speech as text with its title and date from the top', async () => {
		const result = await extractFile(fixture('speech.txt'));
		expect(result).toMatchObject({
			ok: true,
			kind: 'txt',
			meta: { title: 'Remarks by Mayor Helen Okafor at the Opening of the Riverside Library', date: '2025-03-13', speakers: [] }
		});
		if (result.ok) {
			expect(result.text).toContain('We built it for $14.2 million');
			expect(result.hash).toMatch(/^[0-9a-f]{64}$/);
		}
	});

	it('reads Markdown without its markup, titled by its front matter', async () => {
		const result = await extractFile(fixture('notes.md'));
		expect(result).toMatchObject({ ok: true, kind: 'md', meta: { date: '2025-02-04' } });
		if (!result.ok) return;
		expect(result.meta.title).toBe('Interview notes - Dr Amara Lindqvist, Coastal Flood Study');
		expect(result.text).toContain('about the Coastal Flood Study published by the\nInstitute for Coastal Research.');
		expect(result.text).toContain('Email sent 5 Feb: asked for the raw tide-gauge data.');
		expect(result.text).not.toMatch(/[*#`]|\]\(/);
	});

	it('reads a Word statement paragraph by paragraph', async () => {
		const result = await extractFile(fixture('statement.docx'));
		expect(result).toMatchObject({
			ok: true,
			kind: 'docx',
			meta: { title: 'Statement on hospital waiting times', date: '2025-01-20' }
		});
		if (result.ok) expect(result.text).toContain('\n\n"This is a 29 percent fall in a single year');
	});

	it.each([
		['empty.txt', messages.empty],
		['binary.bin', messages.binary]
	])('refuses %s with a message', async (name, message) => {
		expect(await extractFile(fixture(name))).toEqual({ ok: false, fileName: name, message });
	});

	it('refuses a file over the limit by its size alone', async () => {
		const huge = { name: 'big.pdf', size: 50 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('read')) };
		const result = await extractFile(huge as unknown as File);
		expect(result).toEqual({ ok: false, fileName: 'big.pdf', message: messages.tooLarge(50 * 1024 * 1024, MAX_FILE_BYTES) });
		if (!result.ok) expect(result.message).toContain('50 MB, over the 25 MB limit');
	});

	it('gives the same hash to the same text from two files', async () => {
		const a = await extractFile(new File(['Same words.\r\n'], 'a.txt'));
		const b = await extractFile(new File(['Same words.\n'], 'b.md'));
		expect(a.ok && b.ok && a.hash === b.hash).toBe(true);
	});
});

describe('readPdf on the fixtures (legacy pdf.js in Node)', () => {
	it('reads the text layer into paragraphs, with the metadata', async () => {
		const result = await readPdf(bytesOf('report.pdf'), legacyPdfjs);
		expect(result).toMatchObject({
			ok: true,
			meta: { title: 'Annual Transport Report 2024', publisher: 'Northbridge Transport Authority', date: '2025-02-28' }
		});
		if (!result.ok) return;
		expect(result.text.startsWith('Annual Transport Report 2024\n\nPublished by')).toBe(true);
		expect(result.text).toContain(
			'up 8.2 percent on the year before and the highest figure since records began in 1998.'
		);
		expect(result.text).toContain('\n\n"We have shown that people will leave the car at home');
	});

	it.each([
		['scanned.pdf', messages.pdfNoTextLayer],
		['protected.pdf', messages.pdfPassword],
		['corrupt.pdf', messages.pdfDamaged]
	])('refuses %s with its own message', async (name, message) => {
		expect(await readPdf(bytesOf(name), legacyPdfjs)).toEqual({ ok: false, message });
	});

	it('reads a PDF named .txt as a PDF', async () => {
		const result = await readPdf(bytesOf('pdf-named.txt'), legacyPdfjs);
		expect(result.ok && result.meta.title).toBe('Annual Transport Report 2024');
	});
});

describe('readHtml on the article fixture (Readability with its Node DOM)', () => {
	it('keeps the article and its quotation, drops navigation, adverts and footer', async () => {
		const result = await readHtml(bytesOf('article.html'), parseInNode);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.text).toContain(
			'"We will not reopen the bridge one day before it is safe, but we are confident that June is achievable," said Councillor Tomas Brandt'
		);
		// The photo's caption is part of the article; each paragraph is separated by a blank line.
		expect(result.text).toMatch(/^Repairs to the Harbour Bridge began in October\.\n\nThe Harbour Bridge, closed/);
		expect(result.text).not.toMatch(/Subscribe|Refinance|Advertisement|All rights reserved|Most read|dataLayer/);
		expect(result.meta).toEqual({
			title: 'Harbour bridge will reopen in June, council says',
			publisher: 'The Northbridge Courier',
			date: '2025-03-18T07:45:00+00:00',
			url: 'https://courier.example.com/news/2025/03/18/harbour-bridge-reopen-june'
		});
	});

	it('falls back to the body text, without page furniture, when there is no article', async () => {
		const html = '<html><body><nav>Home</nav><p>Short note.</p><footer>(c) 2025</footer></body></html>';
		const result = await readHtml(new TextEncoder().encode(html), parseInNode);
		expect(result).toEqual({ ok: true, text: 'Short note.', meta: expect.anything() });
	});
});
