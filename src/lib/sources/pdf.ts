import { messages } from './messages';
import { parseDate } from './meta';
import { pdfTextToString, type PdfLine } from './pdf-lines';
import type { Read } from './types';

type Pdfjs = typeof import('pdfjs-dist');
/** Loads pdf.js; tests pass the legacy build, which runs in Node 20. */
export type PdfjsLoader = () => Promise<Pdfjs>;

/** pdf.js and its worker, fetched only when the first PDF is added. */
async function loadBrowserPdfjs(): Promise<Pdfjs> {
	const [pdfjs, worker] = await Promise.all([
		import('pdfjs-dist'),
		import('pdfjs-dist/build/pdf.worker.min.mjs?url')
	]);
	pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
	return pdfjs;
}

/** A line ends where pdf.js says so, or where the next item sits on another baseline. */
function pageLines(items: unknown[]): PdfLine[] {
	const lines: PdfLine[] = [];
	let current: PdfLine | undefined;
	for (const item of items) {
		if (typeof item !== 'object' || item === null || !('str' in item)) continue; // marked content
		const { str, transform, hasEOL, height } = item as { str: string; transform: number[]; hasEOL: boolean; height: number };
		const y = transform[5];
		const size = Math.abs(height || transform[3]) || 1;
		if (current && str.trim() !== '' && Math.abs(current.y - y) > size / 2) {
			lines.push(current);
			current = undefined;
		}
		if (!current) current = { text: '', y, height: size };
		current.text += str;
		if (hasEOL) {
			lines.push(current);
			current = undefined;
		}
	}
	if (current) lines.push(current);
	return lines;
}

function pdfErrorMessage(error: unknown): string {
	const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
	return name === 'PasswordException' ? messages.pdfPassword : messages.pdfDamaged;
}

/**
 * A PDF's text layer, page by page, lines joined into paragraphs. No text at all means a scan;
 * a password or a damaged file is its own message.
 */
export async function readPdf(bytes: Uint8Array, load: PdfjsLoader = loadBrowserPdfjs): Promise<Read> {
	const pdfjs = await load();
	// pdf.js takes ownership of the buffer it is given, so it gets a copy.
	const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 });
	try {
		const doc = await task.promise;
		const pages: PdfLine[][] = [];
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			pages.push(pageLines((await page.getTextContent()).items));
			page.cleanup();
		}
		const text = pdfTextToString(pages);
		if (text.trim() === '') return { ok: false, message: messages.pdfNoTextLayer };
		const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
		const field = (key: string) => (typeof info[key] === 'string' ? (info[key] as string) : undefined);
		// A date printed at the top is the document's date; the file's creation date comes second.
		const date = parseDate(text.slice(0, 600)) ?? parseDate(field('CreationDate') ?? '');
		return { ok: true, text, meta: { title: field('Title'), publisher: field('Author'), date } };
	} catch (error) {
		return { ok: false, message: pdfErrorMessage(error) };
	} finally {
		await task.destroy();
	}
}
