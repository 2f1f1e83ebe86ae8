/**
 * The corpus a result is shown against: every document checks run against now
 * (for "searched ..."), with the full text of those the result cites. Own sources
 * and pack speeches are not bundled with the page, so the checker sends them.
 */
import { getChecker } from '#lib/checker/client.ts';
import { bundledCorpus } from '#lib/corpus/bundled.ts';
import type { CheckResult, Corpus, CorpusDocument } from '#lib/engine/index.ts';

/** Ids of the documents a result cites: its source, its nearest passage, its further sources. */
export function citedDocuments(result: CheckResult): string[] {
	return [...new Set([result.source, result.nearest, ...result.alsoIn].flatMap((m) => (m ? [m.doc] : [])))];
}

export async function corpusOf(result: CheckResult): Promise<Corpus> {
	const checker = getChecker();
	const cited = citedDocuments(result);
	const bundled = new Map(bundledCorpus.documents.map((d) => [d.id, d]));
	const missing = cited.filter((id) => !bundled.has(id));
	const [inUse, texts] = await Promise.all([checker.documents(), missing.length ? checker.texts(missing) : Promise.resolve([])]);
	const full = new Map<string, CorpusDocument>([...bundled, ...texts.map((d) => [d.id, d] as const)]);
	const documents = inUse.map((d) => full.get(d.id) ?? { ...d, kind: undefined, text: '' });
	const onlyBundled = inUse.every((d) => d.source === 'bundled');
	return onlyBundled ? bundledCorpus : { name: 'Your choice of sources', description: '', documents };
}
