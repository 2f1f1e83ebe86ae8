/** What an article check reads: enough for a long feature, little enough to stay in a blink per statement. */

/** Characters read (about 30,000 words): a long magazine feature is under 60,000. */
export const MAX_ARTICLE_CHARS = 200_000;
/** Statements checked; past this the article is a collection, and the rest is said to be left unchecked. */
export const MAX_STATEMENTS = 400;
/** Quotations (of three words or more) needed before a paste is "clearly an article" and the Check page offers to read it as one. */
export const ARTICLE_MIN_QUOTATIONS = 2;
/** Paragraphs needed for the same. */
export const ARTICLE_MIN_PARAGRAPHS = 3;
