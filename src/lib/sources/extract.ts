import { describeText } from './describe';
import { sha256Hex } from './hash';
import { messages } from './messages';
import { readMarkdown } from './markdown';
import { sniffKind } from './sniff';
import { readTxt } from './txt';
import type { Extracted, Read, SourceKind } from './types';

/**
 * Largest file accepted, in bytes (25 MB). A book-length PDF with its text layer is a few MB;
 * beyond 25 MB a file is almost always scans or images, and reading it whole would hold
 * hundreds of MB in the tab while pdf.js parses it. The 50 MB file must be refused.
 */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/**
 * The reader for each kind. Heavy libraries (pdf.js, mammoth, Readability) are behind dynamic
 * imports, so they load only when a file of their kind is added and stay out of the main bundle.
 */
const readers: Record<SourceKind, (bytes: Uint8Array) => Read | Promise<Read>> = {
	txt: readTxt,
	md: readMarkdown,
	html: async (bytes) => (await import('./html')).readHtml(bytes),
	pdf: async (bytes) => (await import('./pdf')).readPdf(bytes),
	docx: async (bytes) => (await import('./docx')).readDocx(bytes)
};

/** Tidies the text, guesses the missing metadata and hashes the result. */
async function finish(kind: SourceKind, read: Read, fileName: string, bytes: number): Promise<Extracted> {
	if (!read.ok) return { ok: false, fileName, message: read.message };
	const { text, meta } = describeText(read.text, fileName, read.meta);
	if (text === '') return { ok: false, fileName, message: messages.noText };
	return { ok: true, kind, text, meta, fileName, bytes, hash: await sha256Hex(text) };
}

/** Extracts the text of one file. Never throws: every failure is an { ok: false } with a message. */
export async function extractFile(file: File): Promise<Extracted> {
	const fileName = file.name;
	// Size first, from the File object alone: a refused file is never read into memory.
	if (file.size === 0) return { ok: false, fileName, message: messages.empty };
	if (file.size > MAX_FILE_BYTES)
		return { ok: false, fileName, message: messages.tooLarge(file.size, MAX_FILE_BYTES) };
	let bytes: Uint8Array;
	try {
		bytes = new Uint8Array(await file.arrayBuffer());
	} catch {
		return { ok: false, fileName, message: messages.unreadable };
	}
	const kind = sniffKind(bytes, fileName);
	if (kind === 'binary') return { ok: false, fileName, message: messages.binary };
	try {
		return await finish(kind, await readers[kind](bytes), fileName, file.size);
	} catch {
		// Readers return their expected failures as values; anything thrown is a damaged file.
		const message = kind === 'pdf' ? messages.pdfDamaged : kind === 'docx' ? messages.docxDamaged : messages.noText;
		return { ok: false, fileName, message };
	}
}

/** The same for pasted text (title guessed from its first line unless given). */
export async function extractPasted(text: string, title?: string): Promise<Extracted> {
	const fileName = 'Pasted text';
	if (text.trim() === '') return { ok: false, fileName, message: messages.pastedEmpty };
	const bytes = new TextEncoder().encode(text).length;
	return finish('txt', { ok: true, text, meta: title?.trim() ? { title } : {} }, fileName, bytes);
}
