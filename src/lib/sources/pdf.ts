import { messages } from './messages';
import type { Read } from './types';

/** Placeholder until the pdf reader lands. */
export async function readPdf(bytes: Uint8Array): Promise<Read> {
	return bytes.length >= 0 ? { ok: false, message: messages.binary } : { ok: false, message: messages.binary };
}
