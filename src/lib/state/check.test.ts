import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { buildIndex, verify, type CheckResult, type CorpusDocument } from '#lib/engine/index.ts';
import type { CheckedDocument } from '#lib/checker/client.ts';

/** A checker whose answers the test gives when it chooses: the cited texts come only when `sendTexts` is called. */
const checker = vi.hoisted(() => ({
	answer: null as CheckResult | null,
	documents: [] as CheckedDocument[],
	sendTexts: (_texts: CorpusDocument[]) => {}
}));

vi.mock('#lib/checker/client.ts', () => ({
	getChecker: () => ({
		check: async () => checker.answer,
		documents: async () => checker.documents,
		texts: () => new Promise<CorpusDocument[]>((resolve) => (checker.sendTexts = resolve))
	})
}));
vi.mock('#lib/storage/index.ts', () => ({ openHistory: () => new Promise(() => {}) }));

const { CheckSession } = await import('./check.svelte.ts');

/** One of the user's own sources, which the page does not hold: the bundled text under another id. */
const own: CorpusDocument = { ...bundledCorpus.documents[0], id: 'own:speech' };

describe('CheckSession', () => {
	beforeEach(() => {
		const claim = own.text.slice(0, 200).split(/(?<=[.!?])\s+/)[0];
		checker.answer = verify(claim, buildIndex({ ...bundledCorpus, documents: [own] }));
		checker.documents = [{ id: own.id, title: own.title, speakers: own.speakers, source: 'own' } as CheckedDocument];
	});

	it('shows the verdict as soon as the checker answers, before the cited texts arrive', async () => {
		const session = new CheckSession();
		const checking = session.check('a claim');
		await vi.waitFor(() => expect(session.result).not.toBeNull());
		expect(session.result?.source?.doc).toBe(own.id);
		expect(session.detailsPending).toBe(true);
		expect(session.answered).toBe(0);

		checker.sendTexts([own]);
		await checking;
		expect(session.detailsPending).toBe(false);
		expect(session.answered).toBe(1);
		expect(session.corpus.documents.find((d) => d.id === own.id)?.text).toBe(own.text);
	});
});
