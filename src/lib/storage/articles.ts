/**
 * Article checks in History: saved whole, listed newest first, opened again, deleted. A row
 * that cannot be read as an article check (written by hand, by a broken version) is counted
 * and left alone, never fatal.
 */
import { Connection, runOn, type Database } from './connection.ts';
import { StorageError, unavailable } from './errors.ts';
import type { Action } from './messages.ts';
import { readResult } from './result-shape.ts';
import { isRecord } from './shape.ts';
import type { ArticleInput, ArticleList, SavedArticle } from './article-types.ts';

export class IdbArticles {
	#connection = new Connection();

	save(input: ArticleInput): Promise<SavedArticle> {
		if (!input.checks.length) return Promise.reject(new StorageError('This article check has no statements, so there is nothing to keep in History.'));
		const article: SavedArticle = { ...input, id: crypto.randomUUID(), createdAt: Date.now() };
		return this.#run('save', async (db) => {
			await db.put('articles', article);
			return article;
		});
	}

	list(): Promise<ArticleList> {
		return this.#run('read', async (db) => {
			const rows: unknown[] = await db.getAll('articles');
			const articles = rows.flatMap((row) => readArticle(row) ?? []).sort((a, b) => b.createdAt - a.createdAt);
			return { articles, unreadable: rows.length - articles.length };
		});
	}

	get(id: string): Promise<SavedArticle | undefined> {
		return this.#run('read', async (db) => readArticle(await db.get('articles', id)) ?? undefined);
	}

	remove(id: string): Promise<void> {
		return this.#run('change', (db) => db.delete('articles', id));
	}

	#run<T>(action: Action, body: (db: Database) => Promise<T>): Promise<T> {
		return runOn(this.#connection, action, body);
	}
}

/** A stored row as an article check, field by field; null when it is not one. */
export function readArticle(row: unknown): SavedArticle | null {
	if (!isRecord(row) || typeof row.id !== 'string' || typeof row.title !== 'string' || typeof row.text !== 'string' || typeof row.createdAt !== 'number') return null;
	if (!Array.isArray(row.checks) || !Array.isArray(row.notices)) return null;
	try {
		const checks = row.checks.map((c) => {
			if (!isRecord(c) || !isRecord(c.statement) || !isRecord(c.statement.span)) throw new Error('no statement');
			const { start, end } = c.statement.span;
			if (typeof start !== 'number' || typeof end !== 'number' || start < 0 || end > (row.text as string).length) throw new Error('span outside the article');
			return { statement: c.statement, result: readResult(c.result) };
		});
		return { ...(row as SavedArticle), checks: checks as SavedArticle['checks'], corpus: typeof row.corpus === 'string' ? row.corpus : '' };
	} catch {
		return null;
	}
}

let memo: { factory: IDBFactory; articles: IdbArticles } | null = null;

/** The article checks of this browser's History; rejects with a StorageError when there is no IndexedDB. */
export async function openArticles(): Promise<IdbArticles> {
	const factory = globalThis.indexedDB;
	if (!factory) throw unavailable('open');
	if (memo?.factory !== factory) memo = { factory, articles: new IdbArticles() };
	return memo.articles;
}
