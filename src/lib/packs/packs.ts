/**
 * The optional packs: larger corpora prepared at build time (see vite-plugin.ts),
 * served beside the app as JSON and fetched only when the user asks for one.
 */
import type { CorpusDocument, DocumentKind } from '#lib/engine/index.ts';
import type { PackId } from '#lib/checker/corpus-choice.ts';

/** What the library says about each pack before it is loaded. */
export const PACKS: Record<PackId, { title: string; description: string; file: string }> = {
	sotu: {
		title: 'U.S. State of the Union addresses 1790–2018',
		description: '233 speeches, 10.8 MB of text; the speaker of each is the president who gave it.',
		file: 'sotu.json'
	}
};

/** A pack file as the build writes it. Document ids carry the pack id as prefix, e.g. "sotu:1996_william_j_clinton_d". */
export type PackFile = { id: PackId; name: string; description: string; documents: CorpusDocument[] };

/** Progress while a pack downloads; `total` is 0 when the server does not say the size. */
export type PackBytes = { done: number; total: number };

const KINDS: readonly DocumentKind[] = ['speech', 'transcript', 'news report'];

/**
 * Fetches a pack from `packBase` (same origin, e.g. "/packs/") and reads it.
 * Rejects with a sentence that says what went wrong.
 */
export async function fetchPack(id: PackId, packBase: string, onBytes: (bytes: PackBytes) => void): Promise<PackFile> {
	const url = packBase + PACKS[id].file;
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new Error(`The pack “${PACKS[id].title}” could not be downloaded. Check the connection and try again.`);
	}
	if (!response.ok || !response.body) {
		throw new Error(`The pack “${PACKS[id].title}” is not on this server (HTTP ${response.status}).`);
	}
	const total = Number(response.headers.get('content-length')) || 0;
	const reader = response.body.getReader();
	const chunks: Uint8Array[] = [];
	let done = 0;
	for (;;) {
		const next = await reader.read();
		if (next.done) break;
		chunks.push(next.value);
		done += next.value.length;
		onBytes({ done, total: Math.max(total, done) });
	}
	const bytes = new Uint8Array(done);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.length;
	}
	return readPack(JSON.parse(new TextDecoder().decode(bytes)), id);
}

/** A parsed pack file checked field by field; throws naming the document at fault. */
export function readPack(value: unknown, id: PackId): PackFile {
	if (!isRecord(value) || value.id !== id || !Array.isArray(value.documents)) {
		throw new Error(`The pack “${PACKS[id].title}” is damaged: it is not a pack file.`);
	}
	const documents = value.documents.map((doc, i): CorpusDocument => {
		if (!isRecord(doc) || typeof doc.id !== 'string' || typeof doc.title !== 'string' || typeof doc.text !== 'string') {
			throw new Error(`The pack “${PACKS[id].title}” is damaged at document ${i + 1}.`);
		}
		return {
			id: doc.id,
			title: doc.title,
			text: doc.text,
			publisher: typeof doc.publisher === 'string' ? doc.publisher : undefined,
			date: typeof doc.date === 'string' ? doc.date : undefined,
			url: typeof doc.url === 'string' ? doc.url : undefined,
			kind: KINDS.find((k) => k === doc.kind),
			speakers: Array.isArray(doc.speakers) ? doc.speakers.filter((s): s is string => typeof s === 'string') : []
		};
	});
	return {
		id,
		name: typeof value.name === 'string' ? value.name : PACKS[id].title,
		description: typeof value.description === 'string' ? value.description : '',
		documents
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
