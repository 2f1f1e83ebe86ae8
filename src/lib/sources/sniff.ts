import type { SourceKind } from './types';

/** What the bytes of a file say it is; 'binary' files are refused. */
export type Sniffed = SourceKind | 'binary';

/** How many leading bytes are inspected to tell text from binary. */
const SNIFF_BYTES = 8192;

/**
 * Share of control bytes (other than tab, newlines, form feed, escape) above which a file is
 * binary (0..1). Real text has almost none; a little slack tolerates stray bytes in old files.
 */
const MAX_CONTROL_SHARE = 0.1;

const EXTENSIONS: Record<string, SourceKind> = {
	txt: 'txt',
	text: 'txt',
	md: 'md',
	markdown: 'md',
	html: 'html',
	htm: 'html',
	xhtml: 'html',
	pdf: 'pdf',
	docx: 'docx'
};

/** 'Speech.Final.PDF' -> 'pdf'; '' when the name has no extension. */
export function extensionOf(fileName: string): string {
	const dot = fileName.lastIndexOf('.');
	return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return prefix.every((b, i) => bytes[i] === b);
}

/** Whether `needle` (ASCII) occurs in `bytes`; zip entry names are stored uncompressed. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
	const codes = Array.from(needle, (c) => c.charCodeAt(0));
	outer: for (let i = 0; i <= bytes.length - codes.length; i++) {
		for (let j = 0; j < codes.length; j++) if (bytes[i + j] !== codes[j]) continue outer;
		return true;
	}
	return false;
}

/** Whether the bytes look like text: UTF-16 with a BOM, or no NUL and few control bytes. */
export function looksLikeText(bytes: Uint8Array): boolean {
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
	const head = bytes.subarray(0, SNIFF_BYTES);
	let control = 0;
	for (const b of head) {
		if (b === 0) return false;
		if ((b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) || b === 0x7f) control++;
	}
	return control <= head.length * MAX_CONTROL_SHARE;
}

/** Whether text begins like an HTML document (after a BOM and blank space). */
function looksLikeHtml(bytes: Uint8Array): boolean {
	const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
	return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/**
 * The kind of a file, from its content first and its name second: a PDF named .txt is a PDF,
 * a text file named .pdf is text, and text with an unknown extension is read as plain text.
 *
 * @example sniffKind(bytesOf('%PDF-1.7 ...'), 'notes.txt') === 'pdf'
 */
export function sniffKind(bytes: Uint8Array, fileName: string): Sniffed {
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
		// A zip: only a Word document (one with word/document.xml) is readable.
		return containsAscii(bytes, 'word/document.xml') ? 'docx' : 'binary';
	}
	if (!looksLikeText(bytes)) return 'binary';
	const byName = EXTENSIONS[extensionOf(fileName)];
	if (byName === 'md' || byName === 'html') return byName;
	return looksLikeHtml(bytes) ? 'html' : 'txt';
}
