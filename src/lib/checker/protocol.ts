/** The messages between the page and the checker worker. Every request carries an id; its reply carries the same id. */
import type { CheckResult, CorpusDocument, Passage } from '#lib/engine/index.ts';
import type { StatementCheck } from '#lib/engine/article/index.ts';
import type { CheckedDocument, CorpusChoice, IndexProgress, IndexSummary } from './corpus-choice.ts';

/** The passages of one document, in text order. */
export type DocumentPassages = { doc: string; passages: Passage[] };

/**
 * The first message the worker reads. `build`: the app's build id, part of every
 * kept index's signature. `packBase`: the URL the packs are fetched from, e.g. "/packs/".
 */
export type CheckerStart = { id: 0; type: 'start'; build: string; packBase: string };

export type CheckerRequest =
	| CheckerStart
	| { id: number; type: 'check'; claim: string }
	| { id: number; type: 'passages'; doc: string }
	| { id: number; type: 'speakers' }
	| { id: number; type: 'use'; choice: CorpusChoice }
	| { id: number; type: 'documents' }
	| { id: number; type: 'texts'; docs: string[] }
	/** Reads an article and checks its statements one by one, each answered as an 'article statement' reply. */
	| { id: number; type: 'article'; article: string }
	/** Stops the article check of request `article` after the statement under way; answered by that request. */
	| { id: number; type: 'cancel article'; article: number };

/** What each request type answers with. */
export type CheckerAnswers = {
	check: CheckResult;
	passages: Passage[];
	speakers: { people: string[]; documents: DocumentPassages[] };
	use: IndexSummary;
	documents: CheckedDocument[];
	/** Whole documents, text included, of the ids asked for that are in use (to show a result's context). */
	texts: CorpusDocument[];
	/** The end of an article check: how many statements were checked, and what the article's reading noticed. */
	article: ArticleDone;
};

/** How an article check ended; `message` when the article could not be read (empty, too long, not text). */
export type ArticleDone = { checked: number; total: number; cancelled: boolean; notices: string[]; message: string | null };

export type CheckerReply =
	| { type: 'ready' }
	| { type: 'failed'; message: string }
	| { id: number; type: 'progress'; progress: IndexProgress }
	/** One statement of an article, checked: they arrive in article order, before the article's answer. */
	| { id: number; type: 'article statement'; check: StatementCheck; total: number }
	| { [K in keyof CheckerAnswers]: { id: number; type: K; value: CheckerAnswers[K] } }[keyof CheckerAnswers]
	| { id: number; type: 'error'; message: string };
