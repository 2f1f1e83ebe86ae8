/** The part of a DOM node the text walk needs, so it runs on any DOM (the page's, or a test's). */
export type HtmlNode = {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<HtmlNode>;
};

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that start and end a paragraph of text. */
const BLOCKS = new Set([
	'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION',
	'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
	'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL'
]);

/** Elements whose content is never source text. */
const HIDDEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Page furniture skipped when the whole body is read because no article was found. */
export const PAGE_FURNITURE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM']);

/**
 * The text of a DOM subtree with one paragraph per block element: spaces inside a block are
 * collapsed as a browser would show them, blocks are separated by a blank line.
 *
 * @example blockText(<div><p>Hello <b>world</b></p><p>Bye</p></div>) === 'Hello world\n\nBye'
 */
export function blockText(root: HtmlNode, skip: ReadonlySet<string> = new Set()): string {
	const blocks: string[] = [];
	let current = '';
	const flush = () => {
		const text = current.replace(/\s+/g, ' ').trim();
		if (text) blocks.push(text);
		current = '';
	};
	const walk = (node: HtmlNode) => {
		if (node.nodeType === TEXT_NODE) {
			current += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
		const name = node.nodeName.toUpperCase();
		if (HIDDEN.has(name) || skip.has(name)) return;
		const block = BLOCKS.has(name);
		if (block) flush();
		for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
		if (block) flush();
	};
	walk(root);
	flush();
	return blocks.join('\n\n');
}
