import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importedSentence, openHistory } from './index.ts';
import { fakeResult } from './testing.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

const MARCH_2025 = 1_741_860_000_000;
const IMPORTED_AT = MARCH_2025 + 3_600_000;
const entry = (id: string, claim = `claim ${id}`) => ({ id, claim, note: `note ${id}`, createdAt: MARCH_2025, corpus: 'Seed', result: fakeResult() });
const file = (checks: unknown[]) => JSON.stringify({ format: 'verbatim-history', version: 1, exportedAt: '2025-03-13T00:00:00Z', checks });

/** Imports `checks` as a file at IMPORTED_AT. */
async function importChecks(checks: unknown[]) {
	const history = await openHistory();
	const now = vi.spyOn(Date, 'now').mockReturnValueOnce(IMPORTED_AT);
	try {
		return { history, summary: await history.importJson(file(checks)) };
	} finally {
		now.mockRestore();
	}
}

describe('importing a file with bad entries', () => {
	it('refuses each bad entry with its number and why, and imports the rest', async () => {
		const { history, summary } = await importChecks([
			entry('a'),
			{ ...entry('b'), createdAt: 1e20 },
			{ ...entry('c'), result: { ...fakeResult(), verdict: 'true' } },
			entry('d'),
			{ ...entry('e'), claim: '   ' }
		]);
		expect(summary).toEqual({
			added: 2,
			skipped: 0,
			refused: [
				{ entry: 2, fault: 'has a time it was checked that is not a date between 1 January 2000 and today' },
				{ entry: 3, fault: 'has a verdict Verbatim does not know' },
				{ entry: 5, fault: 'has a claim with no words in it' }
			]
		});
		expect((await history.list()).map((c) => c.id).sort()).toEqual(['a', 'd']);
	});

	it('changes nothing already in History, even when every entry is refused', async () => {
		const history = await openHistory();
		const kept = await history.save({ claim: 'kept', result: fakeResult(), note: 'mine' });
		const { summary } = await importChecks([{ ...entry(kept.id), createdAt: 'yesterday' }, { ...entry('x'), result: null }]);
		expect(summary.added).toBe(0);
		expect(await history.list()).toEqual([kept]);
	});

	it('says how many were refused and why, naming the first three', () => {
		const refused = [2, 3, 5, 8, 13].map((n) => ({ entry: n, fault: 'has no claim' }));
		expect(importedSentence({ added: 4, skipped: 1, refused })).toBe(
			'Added 4 checks; 1 was already there. 5 entries were refused, because the file does not hold them as Verbatim writes checks (entry 2 has no claim; entry 3 has no claim; entry 5 has no claim; and 2 more). They were not imported and nothing in History changed; export them again from the browser they came from.'
		);
		expect(importedSentence({ added: 1, skipped: 0, refused: [] })).toBe('Added 1 check; 0 were already there.');
	});
});

describe('imported checks', () => {
	it('are marked with the time they came in, whatever the file says', async () => {
		const { history } = await importChecks([{ ...entry('a'), importedAt: null }]);
		expect(await history.get('a')).toMatchObject({ id: 'a', importedAt: IMPORTED_AT });
		expect((await history.save({ claim: 'made here', result: fakeResult() })).importedAt).toBeNull();
	});

	it('take the answers of checking them again here, keeping id, claim, time and note', async () => {
		const { history } = await importChecks([entry('a'), entry('b')]);
		const again = fakeResult('altered', 'The source says 5.7 percent, not 7.5 percent.');
		expect(await history.replaceResults([{ id: 'a', result: again, corpus: 'Your choice of sources' }, { id: 'gone', result: again, corpus: '' }])).toBe(1);
		expect(await history.get('a')).toEqual({ ...entry('a'), result: again, corpus: 'Your choice of sources', importedAt: null });
		expect(await history.get('b')).toMatchObject({ importedAt: IMPORTED_AT, result: fakeResult() });
	});
});
