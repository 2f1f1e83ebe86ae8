/**
 * A text as bytes for keeping: UTF-8, one byte a character for ASCII and little more for
 * most texts, half what UTF-16 takes. Kept as bytes, a document's text is decoded in one go
 * from one buffer when restored, instead of being joined from many strings on the heap.
 *
 * Not windows-1252 for Latin-1 texts: decoders disagree on it (Node's reads bytes 0x80-0x9F
 * as Latin-1, browsers as curly quotes and dashes), and a text that comes back changed would
 * misplace every span the index holds for it.
 */

/** How a kept text's bytes are decoded. 'utf-16': its code units as they are, for a text with a lone surrogate, which UTF-8 cannot hold. */
export type TextEncoding = 'utf-8' | 'utf-16';

/** True when `text` has no lone surrogate (String.prototype.isWellFormed, which not every browser we serve has). */
function isWellFormed(text: string): boolean {
	return !/\p{Surrogate}/u.test(text);
}

/** The bytes `text` is kept as, and how to read them again. e.g. "Łódź" -> utf-8, 7 bytes. */
export function encodeText(text: string): { encoding: TextEncoding; bytes: Uint8Array<ArrayBuffer> } {
	if (isWellFormed(text)) return { encoding: 'utf-8', bytes: new TextEncoder().encode(text) };
	// A lone surrogate would come back as U+FFFD from UTF-8: the code units are kept instead.
	const units = Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
	return { encoding: 'utf-16', bytes: new Uint8Array(units.buffer) };
}

/** How many bytes encodeText(text) gives, without making them (for the storage estimate before writing). */
export function encodedLength(text: string): number {
	if (!isWellFormed(text)) return 2 * text.length;
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		// A surrogate pair is one character of 4 bytes.
		bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
	}
	return bytes;
}

/** Code units turned into a string this many at a time (fromCharCode's arguments are bounded). */
const UNITS_PER_CALL = 8192;

/** The text `bytes` hold in `encoding` (encodeText's, read back). */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
	// ignoreBOM: a text that begins with U+FEFF keeps it (the decoder would drop it, and every span after would move).
	if (encoding === 'utf-8') return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
	const aligned = bytes.byteOffset % 2 ? bytes.slice() : bytes;
	const units = new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 2);
	const parts: string[] = [];
	for (let i = 0; i < units.length; i += UNITS_PER_CALL) parts.push(String.fromCharCode(...units.subarray(i, i + UNITS_PER_CALL)));
	return parts.join('');
}
