/**
 * An article read for what it asks to check: its statements (quotations, reported speech,
 * attributed figures, transcript turns), each with the speaker the article gives it.
 * Every Span is a UTF-16 range of the ARTICLE as pasted, so the page marks it in place.
 */
import type { CheckResult, Span, Verdict } from '../types.ts';

export type StatementKind =
	| 'quotation' // “We can manufacture everything,” he said.
	| 'split quotation' // “We will rebuild,” he said, “and we will recover.”
	| 'block quote' // a paragraph set off with ">" after a lead-in such as "Lukashenko said:"
	| 'reported speech' // Putin said that trade with Belarus is at a record level.
	| 'figure' // reported speech that states a figure: Putin said trade grew 7.5 percent.
	| 'turn'; // a transcript's "Vladimir Putin: ..." paragraph

/** One checkable statement of an article. */
export type Statement = {
	/** Place in the article, from 1: "statement 3 of 14". */
	n: number;
	kind: StatementKind;
	/** From the first to the last word checked (quotation marks left out): where the article is marked. */
	span: Span;
	/** The stretches checked, in order: one, or two when an attribution splits the quotation. */
	stretches: Span[];
	/** The speaker the article gives it: canonical when the corpus knows them, else as the article writes the name; null for nobody. */
	speaker: string | null;
	/** The article's words that say who spoke ("Aleksandr Lukashenko noted", "he said"); "" when none. */
	cue: string;
	/** What is checked: the statement's words with its speaker as a claim (`Vladimir Putin said: “…”`). */
	claim: string;
};

/** What the article asks to check, or why it cannot be read. */
export type ArticleReading =
	| { ok: true; statements: Statement[]; notices: string[] }
	| { ok: false; message: string };

export type StatementCheck = { statement: Statement; result: CheckResult };

/** How many statements have each verdict: "14 statements: 9 exact, 2 close, …". */
export type ArticleSummary = { total: number; counts: Record<Verdict, number> };
