import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, corpusFromManifest, restoreIndex, snapshotIndex, toSpecResult, verify } from '../index.ts';

const dir = new URL('../../corpus/seed/', import.meta.url);
const corpus = corpusFromManifest(JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')), (f) => readFileSync(new URL(f, dir), 'utf8'));

describe('index snapshots', () => {
	const index = buildIndex(corpus);
	const restored = restoreIndex(corpus, structuredClone(snapshotIndex(index)));

	it.each([
		'"We can manufacture everything," Putin said.',
		'Bilateral trade has grown by about 7.5 percent',
		'Lukashenko said the sanctions pressure on Belarus and Russia has not eased.',
		'Belarus will join the European Union by 2030'
	])('answers %j the same after a structured-clone round trip', (claim) => {
		const strip = (r: ReturnType<typeof toSpecResult>) => ({ ...r });
		expect(strip(toSpecResult(verify(claim, restored)))).toEqual(strip(toSpecResult(verify(claim, index))));
	});

	it('refuses a snapshot of another corpus', () => {
		const other = { ...corpus, documents: corpus.documents.slice(1) };
		expect(() => restoreIndex(other, snapshotIndex(index))).toThrow(/another corpus/);
	});
});
