/** Real checks against the bundled corpus, for the publish tests (the engine runs in Node). */
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { buildIndex, verify, type CheckResult } from '#lib/engine/index.ts';
import type { Publishable } from './types.ts';

const index = buildIndex(bundledCorpus);

/** `claim` checked against the bundled corpus, with the document of its source or nearest passage. */
export function checked(claim: string): Publishable {
	const result: CheckResult = verify(claim, index);
	const id = result.source?.doc ?? result.nearest?.doc;
	return { result, doc: bundledCorpus.documents.find((d) => d.id === id) ?? null };
}

/** Text a hostile page could put in a claim, to break out of the markup it is pasted into. */
export const HOSTILE = 'We can manufacture everything</script><script>alert(1)</script><!-- \u2028\u2029 & <b>" \' Lukashenko said';
