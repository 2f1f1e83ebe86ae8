/// <reference lib="webworker" />
/**
 * The checker: holds the index of the corpus in use and answers requests from
 * the page, so neither indexing nor checking ever blocks typing or scrolling.
 * It starts on the corpus checks last ran against when that index is kept, else
 * on the bundled corpus; `use` switches corpus (restoring a kept index when there is one).
 */
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import { buildIndex, indexCost, tooLargeSentence, verify, type CheckResult, type Corpus, type CorpusDocument, type SourceIndex } from '#lib/engine/index.ts';
import { fetchPack, PACKS, type PackFile } from '#lib/packs/packs.ts';
import { currentKeptIndex, forgetCurrent, keepIndex, useKeptIndex } from '#lib/storage/index-cache.ts';
import { BUNDLED_ONLY, corpusSignature, describeDocuments, ownDocument, type CorpusChoice, type IndexProgress, type IndexSummary, type PackId } from './corpus-choice.ts';
import { indexFromKept, keptIndexOf } from './index-snapshot.ts';
import type { ArticleDone, CheckerAnswers, CheckerReply, CheckerRequest, CheckerStart } from './protocol.ts';
import { checkStatement, readArticle } from '#lib/engine/article/index.ts';
import { warmUp } from './warm-up.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(reply: CheckerReply): void {
	scope.postMessage(reply);
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** The index checks run against, and the signature of the choice it was built for. */
type InUse = { index: SourceIndex; signature: string };

let settings: CheckerStart = { id: 0, type: 'start', build: '', packBase: '/packs/' };
let inUse: Promise<InUse | null> = new Promise(() => {});
/** Corpus switches run one after another, in the order asked. */
let switching: Promise<unknown> = Promise.resolve();

/** Indexing progress is posted at most this often (ms). */
const PROGRESS_EVERY_MS = 200;

/**
 * Runs one step of restoring or checking and records how long it took as a performance
 * measure of the worker (read by tests/figures/restore-figures.ts): where a restore's seconds go.
 */
function timed<T>(name: string, step: () => T): T {
	const start = performance.now();
	try {
		return step();
	} finally {
		performance.measure(name, { start });
	}
}

async function timedAsync<T>(name: string, step: () => Promise<T>): Promise<T> {
	const start = performance.now();
	try {
		return await step();
	} finally {
		performance.measure(name, { start });
	}
}

/** Counts the checks and articles the page asked for: a warm-up gives way to the first (which compiles the same code). */
let checksAsked = 0;

/** Warms the engine up on a new index until a check has been asked since `asked` (warm-up.ts). */
function warmUpOn(index: SourceIndex, asked: number): void {
	void warmUp(index, () => checksAsked !== asked, (claim) => timed('warm-up claim', () => verify(claim, index)));
}

async function startUp(): Promise<InUse | null> {
	// A check asked while the kept index is read waits for it and runs on it: no warm-up is needed then.
	const asked = checksAsked;
	try {
		const kept = await timedAsync('restore: read and assemble', () => currentKeptIndex(settings.build));
		if (kept) {
			const restored = { index: timed('restore: index', () => indexFromKept(kept)), signature: kept.signature };
			timed('restore: people', () => restored.index.registry);
			post({ type: 'ready' });
			warmUpOn(restored.index, asked);
			return restored;
		}
		const index = buildIndex(bundledCorpus);
		const started = { index, signature: await corpusSignature(BUNDLED_ONLY, settings.build) };
		post({ type: 'ready' });
		warmUpOn(index, asked);
		return started;
	} catch (error) {
		post({ type: 'failed', message: `The corpus could not be indexed: ${messageOf(error)}` });
		return null;
	}
}

/**
 * A pack as the index in use holds it, or null when it holds none of it. A pack's documents
 * are all added together, each id prefixed with the pack's, and a kept index is only used
 * under the build that made it; so adding a source beside a pack neither downloads nor parses
 * it again, and the build finds its texts unchanged without comparing them.
 */
function packIn(current: InUse | null, pack: PackId): Pick<PackFile, 'name' | 'documents'> | null {
	const documents = current?.index.corpus.documents.filter((d) => d.id.startsWith(`${pack}:`)) ?? [];
	return documents.length > 0 ? { name: PACKS[pack].title, documents } : null;
}

async function useCorpus(id: number, choice: CorpusChoice): Promise<IndexSummary> {
	const began = performance.now();
	const progress = (p: IndexProgress) => post({ id, type: 'progress', progress: p });
	const signature = await corpusSignature(choice, settings.build);
	const current = await inUse;
	const summary = (index: SourceIndex, fromCache: boolean): IndexSummary => ({
		documents: index.corpus.documents.length,
		words: index.words.ids.length,
		milliseconds: Math.round(performance.now() - began),
		fromCache
	});
	if (current?.signature === signature) return summary(current.index, true);

	const bundledOnly = choice.bundled && choice.own.length === 0 && choice.packs.length === 0;
	const kept = bundledOnly ? undefined : await useKeptIndex(signature);
	if (kept && kept.build === settings.build) {
		const index = indexFromKept(kept);
		inUse = Promise.resolve({ index, signature });
		warmUpOn(index, checksAsked);
		return summary(index, true);
	}

	const documents: CorpusDocument[] = [...(choice.bundled ? bundledCorpus.documents : [])];
	const names = [...(choice.bundled ? [bundledCorpus.name] : [])];
	for (const pack of new Set(choice.packs)) {
		const file = packIn(current, pack) ?? (await fetchPack(pack, settings.packBase, (bytes) => progress({ phase: 'loading pack', ...bytes })));
		documents.push(...file.documents);
		names.push(file.name);
	}
	// The user's own sources last (oldest first): a source just added then follows the documents the
	// index in use holds, and buildIndex adds its postings as a small segment instead of sorting all again.
	documents.push(...choice.own.map(ownDocument));
	if (choice.own.length) names.push('your sources');
	const corpus: Corpus = { name: names.join(', ') || 'No sources', description: '', documents };
	// Refused before building: a collection the tab cannot hold would kill it, and the index in use with it.
	const cost = indexCost(documents.reduce((n, d) => n + d.text.length, 0));
	if (!cost.fits) throw new Error(tooLargeSentence(cost));
	progress({ phase: 'indexing', done: 0, total: documents.length });
	// Documents the index in use already read are copied from it: adding one source reads only that source.
	let shown = performance.now();
	const index = buildIndex(corpus, current?.index, (done) => {
		// Progress a few times a second: a message per document would flood the page on an archive.
		if (performance.now() - shown < PROGRESS_EVERY_MS) return;
		shown = performance.now();
		progress({ phase: 'indexing', done, total: documents.length });
	});
	progress({ phase: 'indexing', done: documents.length, total: documents.length });
	inUse = Promise.resolve({ index, signature });
	// Checks asked while building ran against the index used before: this one's code is still cold.
	warmUpOn(index, checksAsked);
	const built = summary(index, false);
	if (bundledOnly) {
		await forgetCurrent();
		return built;
	}
	// Checks already run against the new index while it is written.
	progress({ phase: 'saving', done: 0, total: 1 });
	try {
		await keepIndex(keptIndexOf(index, signature, settings.build));
	} catch (error) {
		return { ...built, notKept: messageOf(error) };
	}
	progress({ phase: 'saving', done: 1, total: 1 });
	return built;
}

/** Only the first check is timed (a measure for each would pile up in the worker's timeline). */
let firstCheck = true;

function check(claim: string, idx: SourceIndex): CheckResult {
	if (!firstCheck) return verify(claim, idx);
	firstCheck = false;
	return timed('first check', () => verify(claim, idx));
}

function answer(request: Exclude<CheckerRequest, CheckerStart>, idx: SourceIndex): CheckerReply {
	switch (request.type) {
		case 'check':
			return { id: request.id, type: 'check', value: check(request.claim, idx) };
		case 'passages':
			return { id: request.id, type: 'passages', value: idx.passages(request.doc) };
		case 'documents':
			return { id: request.id, type: 'documents', value: describeDocuments(idx.corpus) };
		case 'texts':
			return { id: request.id, type: 'texts', value: request.docs.flatMap((id) => idx.document(id) ?? []) };
		case 'speakers': {
			const value: CheckerAnswers['speakers'] = {
				people: idx.people(),
				documents: idx.corpus.documents.map((d) => ({ doc: d.id, passages: idx.passages(d.id) }))
			};
			return { id: request.id, type: 'speakers', value };
		}
		case 'use':
		case 'article':
		case 'cancel article':
			throw new Error(`worker: '${request.type}' is not answered by answer()`);
	}
}

/** Article checks asked to stop, by request id. */
const cancelledArticles = new Set<number>();

/** Checks an article statement by statement, giving the page each verdict as it comes and a turn to ask for Cancel between them. */
async function checkArticleIn(id: number, article: string, index: SourceIndex): Promise<ArticleDone> {
	const reading = readArticle(article, index.registry);
	if (!reading.ok) return { checked: 0, total: 0, cancelled: false, notices: [], message: reading.message };
	const total = reading.statements.length;
	let checked = 0;
	for (const statement of reading.statements) {
		if (cancelledArticles.has(id)) break;
		post({ id, type: 'article statement', check: { statement, result: checkStatement(statement, index) }, total });
		checked++;
		// A macrotask between statements: the 'cancel article' message is read here.
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	const cancelled = cancelledArticles.delete(id) && checked < total;
	return { checked, total, cancelled, notices: reading.notices, message: null };
}

scope.onmessage = async (event: MessageEvent<CheckerRequest>) => {
	const request = event.data;
	if (request.type === 'check' || request.type === 'article') checksAsked++;
	if (request.type === 'cancel article') {
		cancelledArticles.add(request.article);
		return;
	}
	if (request.type === 'start') {
		settings = request;
		inUse = startUp();
		return;
	}
	if (request.type === 'use') {
		const run = switching.then(() => useCorpus(request.id, request.choice));
		switching = run.catch(() => {});
		try {
			post({ id: request.id, type: 'use', value: await run });
		} catch (error) {
			post({ id: request.id, type: 'error', message: messageOf(error) });
		}
		return;
	}
	const current = await inUse;
	if (!current) {
		post({ id: request.id, type: 'error', message: 'The checker could not start: the corpus could not be indexed.' });
		return;
	}
	try {
		if (request.type === 'article') return post({ id: request.id, type: 'article', value: await checkArticleIn(request.id, request.article, current.index) });
		post(answer(request, current.index));
	} catch (error) {
		post({ id: request.id, type: 'error', message: `The check failed: ${messageOf(error)}` });
	}
};
