/**
 * The warm-up of a new index: a few claims checked and forgotten so the engine's code is compiled
 * before the user's first check (on a large archive the first checks run slowly until it is).
 */
import type { Corpus } from '#lib/engine/index.ts';

/** Claims checked before the user's. */
export const WARM_UP_CLAIMS = 8;
/** Only a corpus this large (words) is warmed up: on the small bundled one the first verdict must not wait for it. */
export const WARM_UP_MIN_WORDS = 200_000;

/** What the warm-up reads of an index: how many words it holds and its documents' texts. */
export type WarmUpCorpus = { words: { ids: { length: number } }; corpus: Pick<Corpus, 'documents'> };

/** The claims of a warm-up: a sentence from across the corpus, every other one with a word left out. */
export function warmUpClaims(documents: Corpus['documents']): string[] {
	if (!documents.length) return [];
	return Array.from({ length: WARM_UP_CLAIMS }, (_, k) => {
		const text = documents[Math.floor((k * documents.length) / WARM_UP_CLAIMS)].text;
		const from = Math.floor((text.length * k) / (WARM_UP_CLAIMS + 1));
		const sentence = text.slice(from, from + 160).split(/(?<=[.!?])\s+/)[1] ?? text.slice(from, from + 80);
		return k % 2 ? sentence.replace(/\s\S+/, '') : sentence;
	});
}

/**
 * Checks the warm-up claims with `check`, one a macrotask (so messages are read between them),
 * and resolves to how many it checked. `given`: whether the user has asked for a check since the
 * index began to be read or built: then none is checked, or no more. That check compiles the same
 * code, and the requests the page sends after its answer (the cited documents) must not wait behind
 * a warm-up claim; one asked while the index was still being restored counts too.
 */
export async function warmUp(index: WarmUpCorpus, given: () => boolean, check: (claim: string) => void): Promise<number> {
	if (index.words.ids.length < WARM_UP_MIN_WORDS) return 0;
	let checked = 0;
	for (const claim of warmUpClaims(index.corpus.documents)) {
		await new Promise((resolve) => setTimeout(resolve, 0));
		if (given()) break;
		check(claim);
		checked++;
	}
	return checked;
}
