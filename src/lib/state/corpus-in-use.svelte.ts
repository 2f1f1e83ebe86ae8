/**
 * What checks run against right now, for every page that says so (the Check page's
 * line, the not-found answer). One per page: the Library refreshes it when an
 * indexing run ends, so a page opened before the run ends still says the truth.
 */
import { getChecker, type CheckedDocument } from '#lib/checker/client.ts';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { describeInUse } from '#lib/corpus/describe.ts';
import { PACKS } from '#lib/packs/packs.ts';

const PACK_TITLES: Record<string, string> = Object.fromEntries(Object.entries(PACKS).map(([id, pack]) => [id, pack.title]));

class CorpusInUse {
	/** The documents, without texts; null until the checker has said. */
	documents = $state.raw<CheckedDocument[] | null>(null);
	// Getters, not $derived: this object outlives the page that first asks for it, and a derived
	// made while a component sets up is torn down with that component.

	/** "5 documents: Belarus–Russia leaders' talks, 2023–2025"; null until known. */
	get phrase(): string | null {
		return this.documents && describeInUse(this.documents, bundledCorpus.name, PACK_TITLES);
	}

	#asked = 0;

	/** Asks the checker again; a slower, older answer never replaces a newer one. */
	async refresh(): Promise<void> {
		const asked = ++this.#asked;
		try {
			const checker = getChecker();
			await checker.ready;
			const documents = await checker.documents();
			if (asked === this.#asked) this.documents = documents;
		} catch {
			// The checker's own error is shown where checks are made; this line just stays unknown.
		}
	}
}

let current: CorpusInUse | null = null;

/** The page's one CorpusInUse, asked for the first time on first use. */
export function corpusInUse(): CorpusInUse {
	if (!current) {
		current = new CorpusInUse();
		void current.refresh();
	}
	return current;
}
