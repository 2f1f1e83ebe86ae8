import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { buildIndex, restoreIndex, snapshotIndex, toSpecResult, verify } from '#lib/engine/index.ts';
import { CHUNK_BYTES, chunksOf, contentsOf, headerOf, KeptAssembler, type IndexChunk, type KeptIndex, type KeptTexts } from './index-chunks.ts';

const bytesOf = (c: IndexChunk) => (c.kind === 'vocabulary' ? 2 * c.words.join('').length : c.bytes.size);

async function roundTrip(kept: KeptIndex, chunkBytes?: number): Promise<{ back: KeptIndex; chunks: IndexChunk[]; texts: KeptTexts }> {
	const texts: KeptTexts = [];
	const chunks = [...chunksOf(kept, texts, chunkBytes)];
	const assembler = new KeptAssembler(structuredClone(headerOf(kept, chunks.length, texts)));
	// Put in place last to first: the order they are read in is not the order they were cut in.
	for (const chunk of [...chunks].reverse()) assembler.put(structuredClone(chunk), await contentsOf(chunk));
	return { back: assembler.finish(), chunks, texts };
}

describe('a kept index cut into chunks', () => {
	it('cuts arrays, vocabulary and a text longer than several chunks into pieces of at most CHUNK_BYTES, and joins them again', async () => {
		const index = buildIndex(bundledCorpus);
		const snapshot = snapshotIndex(index);
		// Arrays and texts far over a chunk, as a 250 MB archive has; a view's offset must not leak into the copy.
		const huge = new Uint32Array(3 * (CHUNK_BYTES / 4) + 17).map((_, i) => i * 2654435761);
		const longText = 'a quoted word, '.repeat(Math.ceil((2.5 * CHUNK_BYTES) / 30));
		const kept: KeptIndex = {
			signature: 's',
			build: 'b',
			corpus: { ...index.corpus, documents: [...index.corpus.documents, { id: 'long', title: 'Long', text: longText, speakers: [] }, { id: 'empty', title: 'Empty', text: '', speakers: [] }] },
			snapshot: { ...snapshot, arrays: { ...snapshot.arrays, rarePositions: huge.subarray(5) }, vocabulary: [...snapshot.vocabulary, ...Array.from({ length: 300_000 }, (_, i) => `word${i}`)] }
		};
		const { back, chunks } = await roundTrip(kept);
		expect(chunks.length).toBeGreaterThan(8);
		for (const chunk of chunks) expect(bytesOf(chunk)).toBeLessThanOrEqual(CHUNK_BYTES);
		// Compared as bytes and joined strings: deep equality of millions of elements takes minutes.
		expect(back.corpus.documents.map((d) => d.text).join('\0') === kept.corpus.documents.map((d) => d.text).join('\0')).toBe(true);
		expect(back.corpus.documents.map((d) => d.id)).toEqual(kept.corpus.documents.map((d) => d.id));
		expect(back.snapshot.vocabulary.join('\0') === kept.snapshot.vocabulary.join('\0')).toBe(true);
		expect(back.snapshot.arrays.ids).toBeInstanceOf(Uint16Array);
		for (const [name, array] of Object.entries(kept.snapshot.arrays)) {
			const other = back.snapshot.arrays[name as keyof typeof kept.snapshot.arrays];
			expect(other.constructor).toBe(array.constructor);
			expect(Buffer.from(other.buffer, other.byteOffset, other.byteLength).equals(Buffer.from(array.buffer, array.byteOffset, array.byteLength))).toBe(true);
		}
	});

	it('gives back texts in any script, cut across chunks in the middle of a character, as they were', async () => {
		const index = buildIndex(bundledCorpus);
		const texts = ['Łódź — “cytat” 北京 👍 '.repeat(500), 'Plain ASCII words. '.repeat(300), 'a lone \ud83d surrogate, kept. '.repeat(100), ''];
		const documents = texts.map((text, i) => ({ id: `t${i}`, title: `T${i}`, text, speakers: [] }));
		const corpus = { ...index.corpus, documents: [...index.corpus.documents, ...documents] };
		const { back, chunks, texts: kept } = await roundTrip({ signature: 's', build: 'b', corpus, snapshot: snapshotIndex(buildIndex(corpus)) }, 1000);
		expect(chunks.filter((c) => c.kind === 'text').length).toBeGreaterThan(20);
		expect(kept.slice(-4).map((t) => t.encoding)).toEqual(['utf-8', 'utf-8', 'utf-16', 'utf-8']);
		expect(kept.at(-3)?.bytes).toBe(texts[1].length);
		expect(back.corpus.documents.map((d) => d.text)).toEqual(corpus.documents.map((d) => d.text));
	});

	it('gives back an index that answers as the one it was cut from', async () => {
		const index = buildIndex(bundledCorpus);
		const { back } = await roundTrip({ signature: 's', build: 'b', corpus: index.corpus, snapshot: snapshotIndex(index) }, 4096);
		const restored = restoreIndex(back.corpus, back.snapshot);
		for (const doc of bundledCorpus.documents) {
			const claim = doc.text.split(/\s+/).slice(30, 50).join(' ');
			const answer = (i: typeof index) => ({ ...toSpecResult(verify(claim, i)), elapsed_ms: 0 });
			expect(answer(restored)).toEqual(answer(index));
		}
	});
});
