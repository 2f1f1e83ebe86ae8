/** The Speakers page's data: everyone the corpus gives words to, their passages, and a search over them. */
import { getChecker } from '#lib/checker/client.ts';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { speakerPassages, speakerSearch, type SpeakerPassage } from '#lib/search/speakers.ts';

export class SpeakersView {
	/** Everyone the corpus gives words to; null until the checker answers. */
	people = $state.raw<string[] | null>(null);
	/** Every passage given to a person. */
	passages = $state.raw<SpeakerPassage[]>([]);
	/** Why the speakers cannot be listed, if they cannot. */
	problem = $state<string | null>(null);
	/** The query in the search field. */
	query = $state('');
	/** The search over passages, built once they arrive. */
	#search = $derived(speakerSearch(this.passages));
	/** The passages the query finds (all when it is empty). */
	found = $derived(this.#search(this.query));
	/** The people to show, each with the passages found for them; people with none are left out. */
	groups = $derived(
		(this.people ?? [])
			.map((speaker) => ({ speaker, passages: this.found.filter((p) => p.speaker === speaker) }))
			.filter((g) => g.passages.length > 0)
	);

	async load(): Promise<void> {
		try {
			const { people, documents } = await getChecker().speakers();
			this.passages = speakerPassages(bundledCorpus.documents, new Map(documents.map((d) => [d.doc, d.passages])));
			this.people = people;
		} catch (error) {
			this.problem = error instanceof Error ? error.message : String(error);
			this.people = [];
		}
	}
}
