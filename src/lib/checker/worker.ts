/// <reference lib="webworker" />
/**
 * The checker: builds the index of the bundled corpus once, then answers
 * requests from the page, so checking never blocks typing or scrolling.
 */
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { buildIndex, verify, type SourceIndex } from '#lib/engine/index.ts';
import type { CheckerAnswers, CheckerReply, CheckerRequest } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(reply: CheckerReply): void {
	scope.postMessage(reply);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

let index: SourceIndex | null = null;
try {
	index = buildIndex(bundledCorpus);
	post({ type: 'ready' });
} catch (error) {
	post({ type: 'failed', message: `The corpus could not be indexed: ${messageOf(error)}` });
}

function answer(request: CheckerRequest, idx: SourceIndex): CheckerReply {
	switch (request.type) {
		case 'check':
			return { id: request.id, type: 'check', value: verify(request.claim, idx) };
		case 'passages':
			return { id: request.id, type: 'passages', value: idx.passages(request.doc) };
		case 'speakers': {
			const value: CheckerAnswers['speakers'] = {
				people: idx.people(),
				documents: bundledCorpus.documents.map((d) => ({ doc: d.id, passages: idx.passages(d.id) }))
			};
			return { id: request.id, type: 'speakers', value };
		}
	}
}

scope.onmessage = (event: MessageEvent<CheckerRequest>) => {
	const request = event.data;
	if (!index) {
		post({ id: request.id, type: 'error', message: 'The checker could not start: the corpus could not be indexed.' });
		return;
	}
	try {
		post(answer(request, index));
	} catch (error) {
		post({ id: request.id, type: 'error', message: `The check failed: ${messageOf(error)}` });
	}
};
