/**
 * An article's checkable statements, each with its speaker, or a sentence saying why the
 * article cannot be read. The article is read as the engine reads a source (speakers/),
 * with the people it names added to the corpus's, so its roles and pronouns resolve.
 */
import { attributeDocument, type PeopleRegistry } from '../speakers/index.ts';
import type { CorpusDocument, Span } from '../types.ts';
import { claimOf } from './claim-text.ts';
import { MAX_ARTICLE_CHARS, MAX_STATEMENTS } from './limits.ts';
import { articleMessages } from './messages.ts';
import { articleSpeakers } from './people.ts';
import { readingText } from './reading-text.ts';
import { statementsOf, type Found } from './statements.ts';
import type { ArticleReading, Statement } from './types.ts';

/** A paragraph that opens with "Name:" (a transcript's label); two or more make the article a transcript. */
const LABEL_LINE = /^[\p{Lu}][\p{L}\p{M}.'’ -]{0,60}:\s+\S/u;

export function readArticle(article: string, registry: PeopleRegistry): ArticleReading {
	const refused = refusal(article);
	if (refused) return { ok: false, message: refused };
	const { text, blocks } = readingText(article);
	const paragraphs = paragraphsOf(text);
	const speakers = articleSpeakers(text, registry);
	const kind = paragraphs.filter((p) => LABEL_LINE.test(text.slice(p.start, p.end))).length >= 2 ? 'transcript' : 'news report';
	const doc: CorpusDocument = { id: 'article', title: '', text, speakers, kind };
	const people = registry.extendedWith([doc]);
	const passages = attributeDocument(doc, people);
	const found = paragraphs.flatMap((para) => statementsOf(text, para, passages, blocks, people));
	const statements = found.slice(0, MAX_STATEMENTS).map((f, k): Statement => ({ ...f, n: k + 1, claim: claimOf(text, f) }));
	const notices = [...unbalanced(article), ...(found.length > MAX_STATEMENTS ? [articleMessages.tooManyStatements(found.length, MAX_STATEMENTS)] : [])];
	if (!statements.length) notices.unshift(articleMessages.noStatements);
	return { ok: true, statements, notices };
}

/** Why the paste is no article to read: empty, too long, or not text at all. */
function refusal(article: string): string | null {
	if (!article.trim()) return articleMessages.empty;
	if (article.length > MAX_ARTICLE_CHARS) return articleMessages.tooLong(article.length, MAX_ARTICLE_CHARS);
	// Text has no NUL and few control characters; a binary file read as text has many.
	const control = article.slice(0, 20_000).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
	if (control > 0 && control / Math.min(article.length, 20_000) > 0.001) return articleMessages.notText;
	return null;
}

/** Paragraphs whose quotation marks do not pair up: a statement there runs to the paragraph's end, so the user should look. */
function unbalanced(article: string): string[] {
	const out: string[] = [];
	paragraphsOf(article).forEach((p, k) => {
		const s = article.slice(p.start, p.end);
		if (/^\s*>/.test(s)) return;
		const opens = (s.match(/[“«„]/g) ?? []).length;
		const closes = (s.match(/[”»]/g) ?? []).length;
		const straight = (s.match(/"/g) ?? []).length;
		if (opens !== closes || straight % 2 === 1) out.push(articleMessages.unbalanced(k + 1, s));
	});
	return out;
}

function paragraphsOf(text: string): Span[] {
	const out: Span[] = [];
	for (const m of text.matchAll(/[^\n]+/g)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

export type { Found };
