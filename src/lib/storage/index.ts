/**
 * History of checks and the user's own sources, kept in this browser's IndexedDB. The only code that
 * opens the database; every failure reaches callers as a StorageError whose
 * message can be shown as it is.
 */
import { StorageError, unavailable } from './errors.ts';
import { IdbPublisher } from './publisher.ts';
import { IdbSources } from './sources.ts';
import { IdbHistory } from './store.ts';
import type { History, Sources } from './types.ts';

export type { CheckSummary, DamagedCheck, History, HistoryList, ImportSummary, Recheck, Refusal, SavedCheck, SaveInput } from './types.ts';
export type { Cause as StorageCause } from './messages.ts';
export type { PackId, SavedPublisher, SavedSource, SourceChoice, SourceContent, SourceFormat, SourceMeta, Sources } from './types.ts';
export { DEFAULT_CHOICE } from './types.ts';
export { StorageError };
export { webLink } from './web-link.ts';
export { damagedEntry as damagedSentence, imported as importedSentence, importedSources as importedSourcesSentence } from './messages.ts';

let memo: { factory: IDBFactory; history: Promise<History> } | null = null;

/**
 * The user's History, opened once per page. Rejects with a StorageError when
 * the browser has no IndexedDB or refuses it (a private window, storage
 * switched off); a later call tries again.
 */
export function openHistory(): Promise<History> {
	const factory = currentFactory();
	if (!factory) return Promise.reject(unavailable('open'));
	// Keyed on the factory, so a test that swaps in a fresh IDBFactory gets a fresh History.
	if (memo?.factory !== factory) {
		const history = new IdbHistory();
		const entry = { factory, history: history.open().then(() => history) };
		entry.history.catch(() => {
			if (memo === entry) memo = null;
		});
		memo = entry;
	}
	return memo.history;
}

let sourcesMemo: { factory: IDBFactory; sources: Promise<Sources> } | null = null;

/**
 * The user's own sources, opened once per page. Rejects with a StorageError
 * when the browser has no IndexedDB or refuses it; a later call tries again.
 */
export function openSources(): Promise<Sources> {
	const factory = currentFactory();
	if (!factory) return Promise.reject(unavailable('sources-read'));
	if (sourcesMemo?.factory !== factory) {
		const sources = new IdbSources();
		const entry = { factory, sources: sources.open().then(() => sources) };
		entry.sources.catch(() => {
			if (sourcesMemo === entry) sourcesMemo = null;
		});
		sourcesMemo = entry;
	}
	return sourcesMemo.sources;
}

let publisherMemo: { factory: IDBFactory; publisher: IdbPublisher } | null = null;

/** Where the publisher's name and page address are remembered; its calls reject with a StorageError when storage is refused. */
export function publisherStore(): Pick<IdbPublisher, 'get' | 'set'> {
	const factory = currentFactory();
	if (!factory) {
		const refused = (action: 'publisher-read' | 'publisher-save') => () => Promise.reject(unavailable(action));
		return { get: refused('publisher-read'), set: refused('publisher-save') };
	}
	if (publisherMemo?.factory !== factory) publisherMemo = { factory, publisher: new IdbPublisher() };
	return publisherMemo.publisher;
}

/** The global IndexedDB factory, or undefined when there is none or touching it is refused. */
function currentFactory(): IDBFactory | undefined {
	try {
		return globalThis.indexedDB ?? undefined;
	} catch {
		return undefined;
	}
}
export { openArticles, type IdbArticles } from './articles.ts';
export type { ArticleInput, ArticleList, SavedArticle } from './article-types.ts';
