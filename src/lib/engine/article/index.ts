/** Articles: every checkable statement of an article, with its speaker, and each one checked. */
export { readArticle } from './read-article.ts';
export { checkStatement, checkArticle, summarise } from './check.ts';
export { articleMessages } from './messages.ts';
export { ARTICLE_MIN_PARAGRAPHS, ARTICLE_MIN_QUOTATIONS, MAX_ARTICLE_CHARS, MAX_STATEMENTS } from './limits.ts';
export { looksLikeArticle } from './looks-like.ts';
export { toArticleResult, type ArticleResult } from './spec.ts';
export type * from './types.ts';
