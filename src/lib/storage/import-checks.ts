import { abort, type Database } from './connection.ts';
import { summarize } from './summary.ts';
import type { SavedCheck } from './types.ts';

/** The claim and time of a check, as one string: two checks with the same are the same check. */
const claimAndTime = (c: { claim: string; createdAt: number }) => JSON.stringify([c.claim, c.createdAt]);

/**
 * Adds the `incoming` checks (each with its summary) that are not there yet: a check with
 * the same id, or the same claim at the same time, is skipped, so nothing stored is
 * changed. One transaction: if anything fails (quota, say), none of them is added.
 *
 * What is there is read once, up front (every id, and the claims and times of the
 * summaries), not asked check by check: a file of 20,000 checks would otherwise wait
 * on 40,000 requests one after another.
 */
export async function importChecks(db: Database, incoming: SavedCheck[]): Promise<{ added: number; skipped: number }> {
	const tx = db.transaction(['checks', 'summaries'], 'readwrite');
	const [checks, summaries] = [tx.objectStore('checks'), tx.objectStore('summaries')];
	const writes: Promise<string>[] = [];
	try {
		const [ids, stored] = await Promise.all([checks.getAllKeys(), summaries.getAll()]);
		const seen = new Set<IDBValidKey>(ids);
		const times = new Set(stored.flatMap((s) => ('createdAt' in s ? [claimAndTime(s)] : [])));
		for (const check of incoming) {
			if (seen.has(check.id) || times.has(claimAndTime(check))) continue;
			seen.add(check.id);
			times.add(claimAndTime(check));
			writes.push(checks.add(check), summaries.put(summarize(check)));
		}
		await Promise.all([...writes, tx.done]);
	} catch (error) {
		// The writes begun before a failure, and the transaction, now fail with the abort; `error` says why.
		for (const pending of [...writes, tx.done]) pending.catch(() => undefined);
		abort(tx);
		throw error;
	}
	const added = writes.length / 2;
	return { added, skipped: incoming.length - added };
}
