import { messages } from './messages';
import type { Read } from './types';

/**
 * A Word document's text, paragraph by paragraph, via mammoth (loaded on first use). mammoth's
 * browser build reads `arrayBuffer`, its Node build `buffer`; both are given, so tests in Node
 * and the page run the same code. The title is guessed later from the first line.
 */
export async function readDocx(bytes: Uint8Array): Promise<Read> {
	const { default: mammoth } = await import('mammoth');
	const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const input = { arrayBuffer, buffer: typeof Buffer === 'undefined' ? undefined : Buffer.from(arrayBuffer) };
	try {
		const { value } = await mammoth.extractRawText(input as { arrayBuffer: ArrayBuffer });
		return { ok: true, text: value, meta: {} };
	} catch {
		return { ok: false, message: messages.docxDamaged };
	}
}
