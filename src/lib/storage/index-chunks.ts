/**
 * A kept index cut into chunks of a few MB and joined again, so that storing a
 * 250 MB archive never asks IndexedDB for one structured clone of hundreds of
 * MB (which a browser may refuse, or hold twice in memory while writing).
 * The arrays' and texts' bytes are kept as Blobs: Chromium reads a Blob kept in IndexedDB
 * about three times faster than the same bytes kept as a typed array (measured in
 * DESIGN.md). Pure: no storage here, so the round trip is tested without a database.
 */
import type { Corpus, CorpusDocument, IndexSnapshot, NamedArrays } from '#lib/engine/index.ts';
import { decodeText, encodedLength, encodeText, type TextEncoding } from './text-bytes.ts';

/** One kept index: the corpus it was built from (with texts) and the engine's arrays. */
export type KeptIndex = {
	/** corpusSignature() of the choice it was built for. */
	signature: string;
	/** The app build that made it; an index from another build is never restored. */
	build: string;
	corpus: Corpus;
	snapshot: IndexSnapshot;
};

/** About this many bytes go into one stored chunk. */
export const CHUNK_BYTES = 8 * 2 ** 20;

type ArrayName = keyof NamedArrays;
type IdArray = Uint32Array | Uint16Array;

/** One stored piece: a stretch of one array, of the vocabulary, or of the documents' texts (as bytes, text-bytes.ts). */
export type IndexChunk =
	| { kind: 'array'; name: ArrayName; offset: number; bytes: Blob }
	| { kind: 'vocabulary'; offset: number; words: string[] }
	| { kind: 'text'; pieces: TextPiece[]; bytes: Blob };

/** `length` bytes from `offset` of document `doc`'s encoded text; a text chunk's pieces follow each other in its bytes. */
export type TextPiece = { doc: number; offset: number; length: number };

/** What is read first: everything but the big arrays and the texts, and how many chunks hold those. */
export type KeptHeader = {
	signature: string;
	build: string;
	corpus: Omit<Corpus, 'documents'> & { documents: Omit<CorpusDocument, 'text'>[] };
	/** How each document's text is kept (in corpus order): its encoding and how many bytes it takes. */
	texts: { encoding: TextEncoding; bytes: number }[];
	arrays: { name: ArrayName; wide: boolean; length: number }[];
	rareWordLimit: number;
	vocabularySize: number;
	/** Chunks 0 .. chunks - 1 hold the rest; a header is written only after all of them. */
	chunks: number;
	/** About how many bytes the whole kept index takes. */
	bytes: number;
};

/** About how many bytes keeping `kept` takes: arrays, the vocabulary (UTF-16) and the texts (as kept, text-bytes.ts). */
export function keptBytes(kept: KeptIndex): number {
	const arrays = Object.values(kept.snapshot.arrays).reduce((sum: number, a: IdArray) => sum + a.byteLength, 0);
	const chars = (strings: Iterable<string>) => {
		let n = 0;
		for (const s of strings) n += s.length;
		return n;
	};
	return arrays + 2 * chars(kept.snapshot.vocabulary) + kept.corpus.documents.reduce((sum, d) => sum + encodedLength(d.text), 0);
}

/** How the texts were kept, document by document: what chunksOf tells the header as it cuts them. */
export type KeptTexts = KeptHeader['texts'];

/** The header of `kept`, once its `chunks` are counted and its `texts` encoded by whoever writes them (chunksOf). */
export function headerOf(kept: KeptIndex, chunks: number, texts: KeptTexts): KeptHeader {
	const { signature, build, corpus, snapshot } = kept;
	return {
		signature,
		build,
		corpus: { ...corpus, documents: corpus.documents.map(({ text, ...rest }) => (void text, rest)) },
		texts,
		arrays: (Object.entries(snapshot.arrays) as [ArrayName, IdArray][]).map(([name, a]) => ({ name, wide: a instanceof Uint32Array, length: a.length })),
		rareWordLimit: snapshot.rareWordLimit,
		vocabularySize: snapshot.vocabulary.length,
		chunks,
		bytes: keptBytes(kept)
	};
}

/**
 * The chunks of `kept` of at most `chunkBytes`, one at a time (a Blob copies the bytes it is
 * given, so each holds only its own). Arrays and vocabulary first, then the texts; `texts` is
 * filled in as they are encoded.
 */
export function* chunksOf(kept: KeptIndex, texts: KeptTexts, chunkBytes = CHUNK_BYTES): Generator<IndexChunk> {
	const chunkChars = chunkBytes / 2;
	for (const [name, array] of Object.entries(kept.snapshot.arrays) as [ArrayName, IdArray][]) {
		const step = chunkBytes / array.BYTES_PER_ELEMENT;
		for (let offset = 0; offset < array.length; offset += step) yield { kind: 'array', name, offset, bytes: new Blob([array.subarray(offset, offset + step) as ArrayBufferView<ArrayBuffer>]) };
	}
	const vocabulary = kept.snapshot.vocabulary;
	for (let offset = 0, chars = 0, k = 0; k <= vocabulary.length; k++) {
		if (k === vocabulary.length || chars + (vocabulary[k]?.length ?? 0) > chunkChars) {
			if (k > offset) yield { kind: 'vocabulary', offset, words: vocabulary.slice(offset, k) };
			[offset, chars] = [k, 0];
		}
		chars += vocabulary[k]?.length ?? 0;
	}
	yield* textChunks(kept.corpus.documents, texts, chunkBytes);
}

/** The texts as bytes in pieces of at most `chunkBytes`, small documents sharing a chunk, a long one cut across several. */
function* textChunks(documents: readonly CorpusDocument[], texts: KeptTexts, chunkBytes: number): Generator<IndexChunk> {
	let pieces: TextPiece[] = [];
	let parts: Uint8Array<ArrayBuffer>[] = [];
	let room = chunkBytes;
	for (let doc = 0; doc < documents.length; doc++) {
		// One document's bytes at a time: the whole archive is never encoded at once.
		const { encoding, bytes } = encodeText(documents[doc].text);
		texts[doc] = { encoding, bytes: bytes.length };
		for (let offset = 0; offset < bytes.length; ) {
			const part = bytes.subarray(offset, offset + room);
			pieces.push({ doc, offset, length: part.length });
			parts.push(part);
			offset += part.length;
			room -= part.length;
			if (room <= 0) {
				yield { kind: 'text', pieces, bytes: new Blob(parts) };
				[pieces, parts, room] = [[], [], chunkBytes];
			}
		}
	}
	if (pieces.length) yield { kind: 'text', pieces, bytes: new Blob(parts) };
}

/** The bytes a chunk's Blob holds, for KeptAssembler.put; none for vocabulary, kept as strings. */
export async function contentsOf(chunk: IndexChunk): Promise<ArrayBuffer | undefined> {
	return chunk.kind === 'vocabulary' ? undefined : chunk.bytes.arrayBuffer();
}

/** Puts chunks back together, in any order; `finish()` gives the kept index. */
export class KeptAssembler {
	private readonly arrays = new Map<ArrayName, IdArray>();
	private readonly vocabulary: string[];
	/** Each document's text: its bytes while pieces come in, the string once they all have (decoded at once, its bytes let go). */
	private readonly texts: (Uint8Array | string)[];
	private readonly bytesMissing: number[];

	constructor(private readonly header: KeptHeader) {
		for (const { name, wide, length } of header.arrays) this.arrays.set(name, wide ? new Uint32Array(length) : new Uint16Array(length));
		this.vocabulary = new Array(header.vocabularySize);
		this.texts = header.texts.map((t) => (t.bytes ? new Uint8Array(t.bytes) : ''));
		this.bytesMissing = header.texts.map((t) => t.bytes);
	}

	/** Puts `chunk` in place, with `contents` its bytes (contentsOf). */
	put(chunk: IndexChunk, contents: ArrayBuffer | undefined): void {
		if (chunk.kind === 'vocabulary') chunk.words.forEach((w, i) => (this.vocabulary[chunk.offset + i] = w));
		else if (!contents) throw new Error(`KeptAssembler: a chunk of ${chunk.kind} came without its bytes`);
		else if (chunk.kind === 'array') this.putArray(chunk.name, chunk.offset, contents);
		else {
			let at = 0;
			for (const piece of chunk.pieces) {
				this.putText(piece, new Uint8Array(contents, at, piece.length));
				at += piece.length;
			}
		}
	}

	private putArray(name: ArrayName, offset: number, contents: ArrayBuffer): void {
		const array = this.arrays.get(name);
		if (!array) return;
		array.set(array instanceof Uint32Array ? new Uint32Array(contents) : new Uint16Array(contents), offset);
	}

	private putText({ doc, offset }: TextPiece, bytes: Uint8Array): void {
		const text = this.texts[doc];
		if (!(text instanceof Uint8Array)) return;
		text.set(bytes, offset);
		if ((this.bytesMissing[doc] -= bytes.length) <= 0) this.texts[doc] = decodeText(text, this.header.texts[doc].encoding);
	}

	finish(): KeptIndex {
		const { signature, build, corpus, rareWordLimit } = this.header;
		const documents = corpus.documents.map((d, i) => {
			const text = this.texts[i];
			if (typeof text !== 'string') throw new Error(`KeptAssembler: ${this.bytesMissing[i]} bytes of document ${i}'s text are missing`);
			return { ...d, text };
		});
		const arrays = Object.fromEntries(this.arrays) as NamedArrays;
		return {
			signature,
			build,
			corpus: { ...corpus, documents },
			snapshot: { arrays, rareWordLimit, vocabulary: this.vocabulary, documentIds: documents.map((d) => d.id) }
		};
	}
}
