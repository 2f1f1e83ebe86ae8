import { blockText, PAGE_FURNITURE, type HtmlNode } from './html-text';
import { messages } from './messages';
import { decodeText } from './txt';
import type { Read, SourceMeta } from './types';

/** Parses HTML into a Document; the page's DOMParser by default, another DOM in tests. */
export type HtmlParser = (html: string) => Document;

const parseInPage: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

/** Fewest characters an article must have to be preferred over the page's whole body text. */
const MIN_ARTICLE_CHARS = 200;

/** The first non-empty `content` among <meta> tags named (property, name or itemprop) by `keys`, in order of `keys`. */
function metaContent(doc: Document, keys: string[]): string | undefined {
	const found = new Map<string, string>();
	for (const el of Array.from(doc.getElementsByTagName('meta'))) {
		const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
		const content = el.getAttribute('content')?.trim();
		if (content && !found.has(key)) found.set(key, content);
	}
	return keys.map((k) => found.get(k)).find((v) => v !== undefined);
}

function canonicalUrl(doc: Document): string | undefined {
	const link = Array.from(doc.getElementsByTagName('link')).find((el) =>
		(el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')
	);
	return link?.getAttribute('href')?.trim() || metaContent(doc, ['og:url']);
}

/** What the page's metadata says: its Open Graph title, site, publication date and address. */
export function htmlMeta(doc: Document): Partial<SourceMeta> {
	const time = Array.from(doc.getElementsByTagName('time')).find((el) => el.getAttribute('datetime'));
	return {
		title: metaContent(doc, ['og:title', 'twitter:title']),
		publisher: metaContent(doc, ['og:site_name', 'application-name']),
		date:
			metaContent(doc, ['article:published_time', 'datepublished', 'date', 'pubdate', 'dc.date', 'dcterms.created']) ??
			time?.getAttribute('datetime') ??
			undefined,
		url: canonicalUrl(doc)
	};
}

/**
 * A web page's article text, found by Readability (the engine of Firefox's Reader View), so
 * menus, adverts and footers are not taken for the source. Without an article, the body text
 * minus navigation, header, footer and asides.
 */
export async function readHtml(bytes: Uint8Array, parse: HtmlParser = parseInPage): Promise<Read> {
	const html = decodeText(bytes);
	try {
		const page = parse(html);
		const meta = htmlMeta(page);
		const { Readability } = await import('@mozilla/readability');
		// Readability rewrites the document it is given, so it gets its own copy.
		const article = new Readability(parse(html)).parse();
		let text = '';
		if (article?.content) {
			const body = parse(`<!doctype html><html><body>${article.content}</body></html>`).body;
			text = blockText(body as unknown as HtmlNode);
		}
		if (text.length < MIN_ARTICLE_CHARS && page.body) text = blockText(page.body as unknown as HtmlNode, PAGE_FURNITURE);
		return {
			ok: true,
			text,
			meta: {
				...meta,
				// Readability's title drops the ' | Site' suffix that <title> usually carries.
				title: meta.title ?? (article?.title || page.title || undefined),
				publisher: meta.publisher ?? article?.siteName ?? undefined,
				date: meta.date ?? article?.publishedTime ?? undefined
			}
		};
	} catch {
		return { ok: false, message: messages.htmlFailed };
	}
}
