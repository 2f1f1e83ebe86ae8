import type { Read } from './types';

/**
 * windows-1252's characters for bytes 0x80..0x9F (curly quotes, dashes, euro sign; '' where
 * undefined). Applied by hand because Node's TextDecoder decodes these bytes as Latin-1 controls.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes text bytes: a BOM decides (UTF-8, UTF-16 LE/BE) and is dropped; otherwise UTF-8, and
 * if that is invalid, windows-1252, the usual encoding of older Western text files.
 *
 * @example decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) === 'café' // windows-1252
 */
export function decodeText(bytes: Uint8Array): string {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return new TextDecoder('utf-8').decode(bytes.subarray(3));
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252')
			.decode(bytes)
			.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
	}
}

/** A plain text file: its decoded text; title and date are guessed from the text later. */
export function readTxt(bytes: Uint8Array): Read {
	return { ok: true, text: decodeText(bytes), meta: {} };
}
