/**
 * The page's side of the checker worker: one worker per page, created on first
 * use, with each request matched to its reply by id.
 */
import type { CheckResult, Passage } from '#lib/engine/index.ts';
import type { CheckerAnswers, CheckerReply, CheckerRequest } from './protocol.ts';

export type Checker = {
	/** Resolves once the corpus is indexed; rejects with a sentence if the checker cannot start. */
	ready: Promise<void>;
	/** Checks a claim against the bundled corpus. */
	check(claim: string): Promise<CheckResult>;
	/** The passages of one document, with their speakers, in text order. */
	passages(doc: string): Promise<Passage[]>;
	/** Everyone the corpus gives words to, and the passages of every document. */
	speakers(): Promise<CheckerAnswers['speakers']>;
};

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

/** Distributes `Omit` over a union, so each request type keeps its own fields. */
type RequestBody = CheckerRequest extends infer R ? (R extends CheckerRequest ? Omit<R, 'id'> : never) : never;

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
	let markReady: () => void = () => {};
	let markFailed: (error: Error) => void = () => {};
	const ready = new Promise<void>((resolve, reject) => {
		markReady = resolve;
		markFailed = reject;
	});
	// The page may never await `ready`; a rejection it ignores must not be reported as unhandled.
	ready.catch(() => {});

	const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

	function fail(error: Error): void {
		broken = error;
		markFailed(error);
		for (const { reject } of pending.values()) reject(error);
		pending.clear();
	}

	worker.onmessage = (event: MessageEvent<CheckerReply>) => {
		const reply = event.data;
		if (reply.type === 'ready') return markReady();
		if (reply.type === 'failed') return fail(new Error(reply.message));
		const waiting = pending.get(reply.id);
		if (!waiting) return;
		pending.delete(reply.id);
		if (reply.type === 'error') waiting.reject(new Error(reply.message));
		else waiting.resolve(reply.value as never);
	};
	worker.onerror = (event: ErrorEvent) => {
		event.preventDefault();
		const detail = event.message ? ` (${event.message})` : '';
		fail(new Error(`The checker stopped working${detail}. Reload the page to try again.`));
	};
	worker.onmessageerror = () => {
		fail(new Error('The checker sent an answer the page could not read. Reload the page to try again.'));
	};

	function request<K extends keyof CheckerAnswers>(body: RequestBody & { type: K }): Promise<CheckerAnswers[K]> {
		if (broken) return Promise.reject(broken);
		const id = nextId++;
		return new Promise<CheckerAnswers[K]>((resolve, reject) => {
			pending.set(id, { resolve: resolve as (value: never) => void, reject });
			worker.postMessage({ ...body, id } as CheckerRequest);
		});
	}

	return {
		ready,
		check: (claim) => request({ type: 'check', claim }),
		passages: (doc) => request({ type: 'passages', doc }),
		speakers: () => request({ type: 'speakers' })
	};
}
