import type { StatementCheck } from '#lib/engine/article/index.ts';

/** One article check as History keeps it: the article as checked and each statement's check. Structured-cloneable. */
export type SavedArticle = {
	/** crypto.randomUUID(). */
	id: string;
	/** The opened file's title, or the article's first line. */
	title: string;
	/** The article exactly as checked: every statement's span points into it. */
	text: string;
	/** The statements checked, in article order. */
	checks: StatementCheck[];
	/** What the reading noticed (unclosed quotation marks, statements past the limit). */
	notices: string[];
	/** When it was checked, in ms since the Unix epoch. */
	createdAt: number;
	/** Name of the corpus checked against; '' when unknown. */
	corpus: string;
};

export type ArticleInput = Omit<SavedArticle, 'id' | 'createdAt'>;

/** The article checks History can read, newest first, and how many stored rows it could not read. */
export type ArticleList = { articles: SavedArticle[]; unreadable: number };
