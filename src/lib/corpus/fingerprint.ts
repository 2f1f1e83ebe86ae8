/** A short name for one state of a corpus's texts, so "which corpus did this check run against?" has an answer. */
import type { Corpus } from '#lib/engine/index.ts';

/**
 * The first 12 hex digits of SHA-256 over the corpus's name and each document's id and text, in
 * order: any edit to any text gives another fingerprint. e.g. "3f9a0c2b71de".
 */
export async function corpusFingerprint(corpus: Corpus): Promise<string> {
	const text = JSON.stringify([corpus.name, corpus.documents.map((d) => [d.id, d.text])]);
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest).slice(0, 6), (b) => b.toString(16).padStart(2, '0')).join('');
}
