/**
 * The page's side of the checker worker: one worker per page, created on first
 * use, with each request matched to its reply by id. Cancelling an indexing run
 * replaces the worker (a synchronous build cannot be interrupted otherwise).
 */
import { version } from '$app/environment';
import { base } from '$app/paths';
import type { CheckResult, CorpusDocument, Passage } from '#lib/engine/index.ts';
import type { CheckedDocument, CorpusChoice, IndexProgress, IndexSummary } from './corpus-choice.ts';
import type { ArticleDone, CheckerAnswers, CheckerReply, CheckerRequest, CheckerStart } from './protocol.ts';
import type { StatementCheck } from '#lib/engine/article/index.ts';
import { askToPersist } from '#lib/storage/index-cache.ts';

export type {
	CheckedDocument,
	CorpusChoice,
	DocumentSource,
	IndexProgress,
	IndexSummary,
	OwnSource,
	PackId
} from './corpus-choice.ts';
export { BUNDLED_ONLY } from './corpus-choice.ts';

/** The message `useCorpus(...).done` rejects with when cancelled. */
export const INDEXING_CANCELLED = 'Indexing cancelled.';

/** An indexing run under way. */
export type Indexing = {
	/** Resolves when checks run against the new corpus; rejects with "Indexing cancelled." or a sentence saying what failed. */
	done: Promise<IndexSummary>;
	/** Stops indexing; checks go on against the corpus used before. */
	cancel(): void;
};

export type Checker = {
	/** Resolves once the corpus is indexed; rejects with a sentence if the checker cannot start. */
	ready: Promise<void>;
	/** Checks a claim against the corpus in use. */
	check(claim: string): Promise<CheckResult>;
	/** The passages of one document, with their speakers, in text order. */
	passages(doc: string): Promise<Passage[]>;
	/** Everyone the corpus gives words to, and the passages of every document. */
	speakers(): Promise<CheckerAnswers['speakers']>;
	/**
	 * Makes checks run against `choice` (bundled, own sources, packs): restores the
	 * kept index of that very choice, or fetches the packs and builds it in the worker.
	 * Until `done` resolves, checks run against the corpus used before.
	 */
	useCorpus(choice: CorpusChoice, onProgress?: (p: IndexProgress) => void): Indexing;
	/** What checks currently run against (without texts). */
	documents(): Promise<CheckedDocument[]>;
	/** Whole documents (text included) of these ids, from the corpus in use: a result's own sources and pack speeches. */
	texts(ids: string[]): Promise<CorpusDocument[]>;
	/** Checks an article in the worker; `onStatement` hears each statement's check as it comes, in article order. */
	checkArticle(article: string, onStatement: (check: StatementCheck, total: number) => void): ArticleRun;
};

/** An article check under way. */
export type ArticleRun = {
	/** Resolves when the last statement is checked, or the one under way after `cancel()`. */
	done: Promise<ArticleDone>;
	/** Stops after the statement being checked; the verdicts given so far stay. */
	cancel(): void;
};

/** Distributes `Omit` over a union, so each request type keeps its own fields. */
type RequestBody = Exclude<CheckerRequest, CheckerStart> extends infer R
	? R extends CheckerRequest
		? Omit<R, 'id'>
		: never
	: never;

type Pending = {
	body: RequestBody;
	resolve: (value: never) => void;
	reject: (error: Error) => void;
	onProgress?: (p: IndexProgress) => void;
	onStatement?: (check: StatementCheck, total: number) => void;
};

let checker: Checker | null = null;

/** The checker of this page (created, with its worker, on first call). */
export function getChecker(): Checker {
	checker ??= createChecker();
	return checker;
}

function createChecker(): Checker {
	const pending = new Map<number, Pending>();
	let nextId = 1;
	let broken: Error | null = null;
	/** The last choice whose index was ready; null while the worker runs on what it started with. */
	let inUse: CorpusChoice | null = null;
	let markReady: () => void = () => {};
	let markFailed: (error: Error) => void = () => {};
	const ready = new Promise<void>((resolve, reject) => {
		markReady = resolve;
		markFailed = reject;
	});
	// The page may never await `ready`; a rejection it ignores must not be reported as unhandled.
	ready.catch(() => {});

	function fail(error: Error): void {
		broken = error;
		markFailed(error);
		for (const { reject } of pending.values()) reject(error);
		pending.clear();
	}

	function startWorker(): Worker {
		const started = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		const start: CheckerStart = { id: 0, type: 'start', build: version, packBase: `${base}/packs/` };
		started.postMessage(start);
		started.onmessage = (event: MessageEvent<CheckerReply>) => {
			const reply = event.data;
			if (reply.type === 'ready') return markReady();
			if (reply.type === 'failed') return fail(new Error(reply.message));
			const waiting = pending.get(reply.id);
			if (!waiting) return;
			if (reply.type === 'progress') return waiting.onProgress?.(reply.progress);
			if (reply.type === 'article statement') return waiting.onStatement?.(reply.check, reply.total);
			pending.delete(reply.id);
			if (reply.type === 'error') waiting.reject(new Error(reply.message));
			else waiting.resolve(reply.value as never);
		};
		started.onerror = (event: ErrorEvent) => {
			event.preventDefault();
			const detail = event.message ? ` (${event.message})` : '';
			fail(new Error(`The checker stopped working${detail}. Reload the page to try again.`));
		};
		started.onmessageerror = () => {
			fail(new Error('The checker sent an answer the page could not read. Reload the page to try again.'));
		};
		return started;
	}

	let worker = startWorker();

	function send<K extends keyof CheckerAnswers>(
		body: RequestBody & { type: K },
		onProgress?: (p: IndexProgress) => void
	): { id: number; answer: Promise<CheckerAnswers[K]> } {
		const id = nextId++;
		if (broken) return { id, answer: Promise.reject(broken) };
		const answer = new Promise<CheckerAnswers[K]>((resolve, reject) => {
			pending.set(id, { body, resolve: resolve as (value: never) => void, reject, onProgress });
			worker.postMessage({ ...body, id } as CheckerRequest);
		});
		return { id, answer };
	}

	function request<K extends keyof CheckerAnswers>(body: RequestBody & { type: K }): Promise<CheckerAnswers[K]> {
		return send<K>(body).answer;
	}

	/** Replaces the worker: every indexing run fails as cancelled, every other request is asked again. */
	function cancelIndexing(): void {
		worker.terminate();
		worker = startWorker();
		for (const [id, waiting] of pending) {
			if (waiting.body.type === 'use') {
				pending.delete(id);
				waiting.reject(new Error(INDEXING_CANCELLED));
			} else {
				worker.postMessage({ ...waiting.body, id } as CheckerRequest);
			}
		}
		// The fresh worker starts on its kept corpus, which is `inUse` when that was kept; when it
		// was not (storage refused it), build it again. A failure here leaves the corpus it started on.
		if (inUse) send({ type: 'use', choice: inUse }).answer.catch(() => {});
	}

	return {
		ready,
		check: (claim) => request({ type: 'check', claim }),
		passages: (doc) => request({ type: 'passages', doc }),
		speakers: () => request({ type: 'speakers' }),
		documents: () => request({ type: 'documents' }),
		texts: (ids) => request({ type: 'texts', docs: [...ids] }),
		checkArticle(article, onStatement) {
			const { id, answer } = send({ type: 'article', article });
			const waiting = pending.get(id);
			if (waiting) waiting.onStatement = onStatement;
			return { done: answer, cancel: () => pending.has(id) && worker.postMessage({ id: 0, type: 'cancel article', article: id } satisfies CheckerRequest) };
		},
		useCorpus(choice, onProgress) {
			// $state proxies cannot be posted to a worker; a plain copy can.
			const plain: CorpusChoice = {
				bundled: choice.bundled,
				packs: [...choice.packs],
				own: choice.own.map((s) => ({ ...s, speakers: [...s.speakers] }))
			};
			// A collection of one's own is worth keeping through storage pressure: its index is saved next.
			if (plain.own.length || plain.packs.length) askToPersist();
			const { id, answer } = send({ type: 'use', choice: plain }, onProgress);
			const done = answer.then((summary) => {
				inUse = plain;
				return summary;
			});
			return {
				done,
				cancel: () => {
					if (pending.has(id)) cancelIndexing();
				}
			};
		}
	};
}
