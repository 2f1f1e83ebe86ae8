import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexKey, scanWordSpans } from '../text/index.ts';
import type { CorpusDocument } from '../types.ts';
import { rareWordLimit } from './postings.ts';
import { compacted, pairPlaces, rareWordPlaces } from './segments.ts';
import { readWords } from './read-words.ts';
import { docAt, namedArrays, SPAN_STRIDE, wordSpan, type WordArrays } from './word-arrays.ts';

/** The plain index the compact one must equal: every word's span, document and key, pairs and words in maps of arrays. */
export function plainIndex(documents: CorpusDocument[]) {
	const words: { doc: number; start: number; end: number; key: string }[] = [];
	documents.forEach((d, doc) => scanWordSpans(d.text, (start, end) => words.push({ doc, start, end, key: indexKey(d.text.slice(start, end)) })));
	const pairs = new Map<string, number[]>();
	const byWord = new Map<string, number[]>();
	words.forEach((w, p) => {
		byWord.set(w.key, [...(byWord.get(w.key) ?? []), p]);
		const next = words[p + 1];
		if (next && next.doc === w.doc) pairs.set(`${w.key} ${next.key}`, [...(pairs.get(`${w.key} ${next.key}`) ?? []), p]);
	});
	return { words, pairs, byWord };
}

export function expectSame(compact: WordArrays, plain: ReturnType<typeof plainIndex>, documents: CorpusDocument[]) {
	expect(compact.ids.length).toBe(plain.words.length);
	const idOf = (key: string) => compact.vocabulary.get(key)!;
	plain.words.forEach((w, p) => {
		expect(compact.ids[p]).toBe(idOf(w.key));
		expect(docAt(compact, p)).toBe(w.doc);
		expect(wordSpan(compact, documents[w.doc].text, p)).toEqual({ start: w.start, end: w.end });
	});
	for (const [pair, positions] of plain.pairs) {
		const [a, b] = pair.split(' ').map(idOf);
		expect(Array.from(pairPlaces(compact, a, b))).toEqual(positions);
	}
	let pairCount = 0;
	for (const positions of plain.pairs.values()) pairCount += positions.length;
	const segmentPairs = compact.added.reduce((n, s) => n + s.pairs.positions.length, 0);
	expect(compact.pairs.positions.length + segmentPairs).toBe(pairCount);
	const limit = rareWordLimit(plain.words.length);
	for (const [key, positions] of plain.byWord) {
		const id = idOf(key);
		expect(compact.frequency[id]).toBe(positions.length);
		const places = rareWordPlaces(compact, id);
		expect(places && Array.from(places)).toEqual(positions.length <= limit ? positions : null);
	}
}

/** The same typed arrays, element for element and of the same types, and the same rare-word limit. */
function expectSameArrays(merged: WordArrays, fresh: WordArrays): void {
	expect(merged.added).toHaveLength(0);
	expect(merged.rareWords.limit).toBe(fresh.rareWords.limit);
	const freshArrays = namedArrays(fresh);
	for (const [name, array] of Object.entries(namedArrays(merged))) {
		const other = freshArrays[name as keyof typeof freshArrays];
		expect([name, array.constructor.name, Array.from(array)]).toEqual([name, other.constructor.name, Array.from(other)]);
	}
}

/** Words from a small vocabulary (so pairs repeat), with case, accents, apostrophes, hyphens and figures the scanner treats specially. */
const word = fc.constantFrom('the', 'The', 'of', 'nation', 'nation’s', "can't", 'co-operation', 'États', 'naïve', '7.5', '1,000', 'war', 'peace', 'Tax', 'a', '𝒳yz');
const gap = fc.constantFrom(' ', ', ', '. ', ' — ', '\n\n', ' "', '" ', ' (', ') ');
const text = fc.array(fc.tuple(word, gap), { maxLength: 120 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
const documents = fc.array(text, { minLength: 1, maxLength: 6 }).map((texts) => texts.map((t, i) => ({ id: `d${i}`, title: `d${i}`, text: t, speakers: [] })));

describe('the compact word arrays', () => {
	it('hold the same words, spans, documents, pairs and rare words as a plain index', () => {
		fc.assert(
			fc.property(documents, (docs) => expectSame(readWords(docs), plainIndex(docs), docs)),
			{ numRuns: 150 }
		);
	});

	it('built from an earlier index (documents kept, dropped, added, changed, reordered) equal a plain index of the new documents', () => {
		const edit = fc.record({ drop: fc.array(fc.boolean()), add: documents, change: fc.nat(), order: fc.array(fc.nat()) });
		fc.assert(
			fc.property(documents, edit, (before, { drop, add, change, order }) => {
				const kept = before.filter((_, i) => !drop[i]);
				const changed = kept.map((d, i) => (i === change % Math.max(1, kept.length) ? { ...d, text: `${d.text} nation's peace` } : d));
				const after = [...changed, ...add.map((d) => ({ ...d, id: `new-${d.id}` }))];
				// A deterministic shuffle: documents need not stay where they were.
				order.forEach((k, i) => after.length > 1 && ([after[i % after.length], after[k % after.length]] = [after[k % after.length], after[i % after.length]]));
				const incremental = readWords(after, { words: readWords(before), documents: before });
				expectSame(incremental, plainIndex(after), after);
				// No word of a dropped document stays behind (a known word is one the corpus has).
				expect([...incremental.vocabulary.keys()].sort()).toEqual([...readWords(after).vocabulary.keys()].sort());
			}),
			{ numRuns: 150 }
		);
	});

	it('built by adding documents one by one (segments, merged now and then) equal a plain index of all so far, and merged, a fresh build', () => {
		let segmented = 0;
		fc.assert(
			fc.property(documents, documents, (first, more) => {
				const all = [...first, ...more.map((d) => ({ ...d, id: `new-${d.id}` }))];
				let words = readWords(first);
				for (let k = first.length + 1; k <= all.length; k++) {
					words = readWords(all.slice(0, k), { words, documents: all.slice(0, k - 1) });
					expectSame(words, plainIndex(all.slice(0, k)), all.slice(0, k));
					if (words.added.length > 0) segmented++;
					expectSameArrays(compacted(words), readWords(all.slice(0, k)));
				}
			}),
			{ numRuns: 80 }
		);
		// The property is about segments: many adds of a small document to a few make one.
		expect(segmented).toBeGreaterThan(60);
	}, 30_000);

	it('say after each document how many are read, copied ones too', () => {
		const docs = ['one two', 'three', '', 'four five six'].map((t, i) => ({ id: `d${i}`, title: '', text: t, speakers: [] }));
		const heard: number[] = [];
		readWords(docs, { words: readWords(docs.slice(0, 2)), documents: docs.slice(0, 2) }, (done) => heard.push(done));
		expect(heard).toEqual([1, 2, 3, 4]);
	});

	it('find spans across several checkpoints and documents that start between them', () => {
		const long = Array.from({ length: SPAN_STRIDE * 5 + 3 }, (_, i) => `word${i % 7} and`).join(' ');
		const docs = [long, 'short one', '', long.slice(17)].map((t, i) => ({ id: `d${i}`, title: '', text: t, speakers: [] }));
		expectSame(readWords(docs), plainIndex(docs), docs);
	});

	it('keep ids in 16 bits while the vocabulary fits, in 32 bits beyond', () => {
		const small = readWords([{ id: 'a', title: '', text: 'one two three', speakers: [] }]);
		expect(small.ids).toBeInstanceOf(Uint16Array);
		const many = Array.from({ length: 70_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
		const large = readWords([{ id: 'b', title: '', text: many, speakers: [] }]);
		expect(large.ids).toBeInstanceOf(Uint32Array);
		expect(large.vocabulary.size).toBeGreaterThan(0x10000);
		expect(large.ids[69_999]).toBe(large.vocabulary.get(indexKey(`w${(69_999).toString(36)}`)));
		expect(large.ids[69_999]).toBeGreaterThan(0xffff);
	});
});
