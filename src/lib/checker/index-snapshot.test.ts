import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { buildIndex, toSpecResult, verify } from '#lib/engine/index.ts';
import { indexFromKept, keptIndexOf } from './index-snapshot.ts';
import { BUNDLED_ONLY, corpusSignature, ownDocument, sourceOf, type OwnSource } from './corpus-choice.ts';

const own: OwnSource = {
	id: 'a1',
	title: 'Council minutes',
	text: 'Mayor Jane Doe said: "We will open the new library on 4 March, at a cost of $12m."',
	speakers: ['Jane Doe']
};

/** A verdict without its timing, which differs from run to run. */
const stable = (claim: string, index: Parameters<typeof verify>[1]) => {
	const { elapsed_ms, ...rest } = toSpecResult(verify(claim, index)) as { elapsed_ms?: number } & Record<string, unknown>;
	void elapsed_ms;
	return rest;
};

describe('a kept index', () => {
	const fresh = buildIndex({ ...bundledCorpus, documents: [...bundledCorpus.documents, ownDocument(own)] });
	// structuredClone is what IndexedDB does to a stored value.
	const restored = indexFromKept(structuredClone(keptIndexOf(fresh, 'sig', 'build-1')));

	it.each([
		'"We will open the new library on 4 March, at a cost of $12m," Jane Doe said.',
		'"We will open the new library on 4 March, at a cost of $15m," Jane Doe said.',
		'"The moon is made of cheese," the mayor said.',
		...bundledCorpus.documents.slice(0, 3).map((d) => `"${d.text.split(/\s+/).slice(40, 58).join(' ')}"`)
	])('answers %s as the fresh index does', (claim) => {
		expect(stable(claim, restored)).toEqual(stable(claim, fresh));
	});

	it('keeps the typed arrays as typed arrays', () => {
		expect(restored.words.ids).toBeInstanceOf(Uint16Array);
		expect(restored.words.ids).toEqual(fresh.words.ids);
		expect(restored.words.vocabulary).toEqual(fresh.words.vocabulary);
	});
});

describe('corpusSignature', () => {
	const choice = { bundled: true, own: [own], packs: [] };

	it('is the same for the same choice under the same build', async () => {
		expect(await corpusSignature(structuredClone(choice), 'b1')).toBe(await corpusSignature(choice, 'b1'));
	});

	it.each([
		['another build', choice, 'b2'],
		['no bundled corpus', { ...choice, bundled: false }, 'b1'],
		['a pack', { ...choice, packs: ['sotu' as const] }, 'b1'],
		['a changed text', { ...choice, own: [{ ...own, text: own.text + ' ' }] }, 'b1'],
		['a changed default speaker', { ...choice, own: [{ ...own, speakers: ['John Roe'] }] }, 'b1'],
		['no own source', BUNDLED_ONLY, 'b1']
	])('changes with %s', async (_name, other, build) => {
		expect(await corpusSignature(other, build)).not.toBe(await corpusSignature(choice, 'b1'));
	});

	it('does not depend on the order packs are named in', async () => {
		const packs = { bundled: false, own: [], packs: ['sotu', 'sotu'] as 'sotu'[] };
		expect(await corpusSignature(packs, 'b')).toBe(await corpusSignature({ ...packs, packs: ['sotu'] }, 'b'));
	});
});

describe('document ids', () => {
	it('prefixes own sources, so they never collide with bundled ids', () => {
		expect(ownDocument(own).id).toBe('own:a1');
		expect(sourceOf('own:a1')).toBe('own');
		expect(sourceOf('sotu:1996_william_j_clinton_d')).toBe('sotu');
		expect(sourceOf(bundledCorpus.documents[0].id)).toBe('bundled');
	});
});
