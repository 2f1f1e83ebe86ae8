/**
 * The search of History's article checks: the same fuzzy word search as the
 * single checks (a typo in a name still finds the article), reading an
 * article's title and text as its claim and its statements' speakers as its note.
 */
import type { SavedArticle } from '#lib/storage/index.ts';
import { HistorySearch, type Searchable } from './history.ts';

type SearchableArticle = Searchable & { article: SavedArticle };

export class ArticleSearch {
	#search: HistorySearch<SearchableArticle>;

	constructor(articles: readonly SavedArticle[]) {
		this.#search = new HistorySearch(articles.map(searchable));
	}

	/** The articles that hold every word of `query` (or words close to them), closest first; all of them for an empty query. */
	find(query: string): SavedArticle[] {
		return this.#search.find(query).map((m) => m.check.article);
	}
}

function searchable(article: SavedArticle): SearchableArticle {
	const speakers = [...new Set(article.checks.map((c) => c.statement.speaker ?? '').filter(Boolean))];
	return { claim: `${article.title}\n${article.text}`, note: speakers.join(' '), article };
}
