import { describe, expect, it } from 'vitest';
import type { StatementCheck } from '#lib/engine/article/index.ts';
import type { SavedArticle } from '#lib/storage/index.ts';
import { fakeResult } from '#lib/storage/testing.ts';
import { ArticleSearch } from './articles.ts';

const statementBy = (speaker: string | null): StatementCheck => ({
	statement: { n: 1, kind: 'quotation', span: { start: 0, end: 5 }, stretches: [{ start: 0, end: 5 }], speaker, cue: '', claim: 'words' },
	result: fakeResult('exact')
});

const article = (id: string, title: string, text: string, speakers: (string | null)[]): SavedArticle => ({
	id,
	title,
	text,
	checks: speakers.map(statementBy),
	notices: [],
	createdAt: Number(id),
	corpus: 'Seed'
});

const articles = [
	article('2', 'Talks in Minsk', 'The Kremlin spokesman answered questions on trade.', ['Dmitry Peskov']),
	article('1', 'A speech on the Union', 'Lincoln spoke of a house divided.', ['Abraham Lincoln', null])
];
const titles = (query: string) => new ArticleSearch(articles).find(query).map((a) => a.title);

describe('ArticleSearch', () => {
	it.each([
		['every article, in order, for an empty query', '', ['Talks in Minsk', 'A speech on the Union']],
		['a word of the title', 'minsk', ['Talks in Minsk']],
		['a word of the text', 'divided', ['A speech on the Union']],
		["a statement's speaker", 'Peskov', ['Talks in Minsk']],
		['a speaker with a typo', 'Peskvo', ['Talks in Minsk']],
		['only articles holding every word', 'lincoln trade', []]
	])('finds %s', (_, query, expected) => expect(titles(query)).toEqual(expected));
});
