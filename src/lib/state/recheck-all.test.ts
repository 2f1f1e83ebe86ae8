import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openHistory } from '#lib/storage/index.ts';
import { fakeResult } from '#lib/storage/testing.ts';
import { recheckAll } from './recheck-all.ts';

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});

/** History holding `n` imported checks, each found exact in the file. */
async function importedHistory(n: number) {
	const history = await openHistory();
	const checks = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, claim: `claim ${i}`, note: `note ${i}`, createdAt: 1_741_860_000_000 + i, corpus: 'Theirs', result: fakeResult('exact') }));
	await history.importJson(JSON.stringify({ format: 'verbatim-history', version: 1, exportedAt: '2025-03-13T00:00:00Z', checks }));
	return history;
}

describe('recheckAll', () => {
	it('replaces every imported verdict, keeps the notes, and counts the verdicts that changed', async () => {
		const history = await importedHistory(60);
		const targets = (await history.read()).checks;
		const progress: number[] = [];
		const recheck = async (claim: string) => ({ result: fakeResult(claim.endsWith('7') ? 'altered' : 'exact'), corpus: 'Mine' });
		const done = await recheckAll(targets, recheck, history, { onprogress: (n) => progress.push(n), stopped: () => false });
		expect(done).toEqual({ done: 60, changed: 6 });
		expect(progress).toEqual([25, 50, 60]);
		const after = await history.list();
		expect(after.every((c) => c.importedAt === null && c.corpus === 'Mine' && c.note === `note ${c.id.slice(1)}`)).toBe(true);
		expect(after.filter((c) => c.result.verdict === 'altered').map((c) => c.claim).sort()).toEqual(['claim 17', 'claim 27', 'claim 37', 'claim 47', 'claim 57', 'claim 7']);
	});

	it('stops between checks when asked, keeping every answer already given', async () => {
		const history = await importedHistory(40);
		const targets = (await history.read()).checks;
		let asked = 0;
		const recheck = async () => (asked++, { result: fakeResult('exact'), corpus: 'Mine' });
		const done = await recheckAll(targets, recheck, history, { onprogress: () => {}, stopped: () => asked >= 30 });
		expect(done.done).toBe(30);
		expect((await history.list()).filter((c) => c.importedAt !== null)).toHaveLength(10);
	});
});
