/** The messages between the page and the checker worker. Every request carries an id; its reply carries the same id. */
import type { CheckResult, Passage } from '#lib/engine/index.ts';

/** The passages of one document, in text order. */
export type DocumentPassages = { doc: string; passages: Passage[] };

export type CheckerRequest =
	| { id: number; type: 'check'; claim: string }
	| { id: number; type: 'passages'; doc: string }
	| { id: number; type: 'speakers' };

/** What each request type answers with. */
export type CheckerAnswers = {
	check: CheckResult;
	passages: Passage[];
	speakers: { people: string[]; documents: DocumentPassages[] };
};

export type CheckerReply =
	| { type: 'ready' }
	| { type: 'failed'; message: string }
	| { [K in keyof CheckerAnswers]: { id: number; type: K; value: CheckerAnswers[K] } }[keyof CheckerAnswers]
	| { id: number; type: 'error'; message: string };
