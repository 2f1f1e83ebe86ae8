import type { Read } from './types';
import { decodeText } from './txt';

/** Inline syntax removed in order; each pattern keeps the words and drops the markup. */
const INLINE: [RegExp, string][] = [
	[/!\[([^\]]*)\]\([^)]*\)/g, '$1'], // ![alt](src) -> alt
	[/\[([^\]]+)\]\([^)]*\)/g, '$1'], // [text](url) -> text
	[/\[([^\]]+)\]\[[^\]]*\]/g, '$1'], // [text][ref] -> text
	[/<((?:https?|mailto):[^>\s]+)>/g, '$1'], // <https://...> -> https://...
	[/`([^`]+)`/g, '$1'], // `code` -> code
	[/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2'], // **strong**, __strong__
	[/~~(?=\S)(.+?)(?<=\S)~~/g, '$1'], // ~~struck~~
	[/\*(?=\S)(.+?)(?<=\S)\*/g, '$1'], // *emphasis*
	[/(?<![\w])_(?=\S)(.+?)(?<=\S)_(?![\w])/g, '$1'] // _emphasis_, but not snake_case
];

/** Escaped characters ('\\*') are parked in the private-use area while the markup is removed. */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|])/g;
const PARKED = /[\uE000-\uE07F]/g;

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s+\S+/;

function inline(line: string): string {
	const parked = line.replace(ESCAPED, (_, c: string) => String.fromCharCode(0xe000 + c.charCodeAt(0)));
	return INLINE.reduce((text, [re, to]) => text.replace(re, to), parked).replace(PARKED, (c) =>
		String.fromCharCode(c.charCodeAt(0) - 0xe000)
	);
}

/**
 * Markdown as plain text: headings lose their #, emphasis its stars, links keep their text,
 * bullets and quote markers go; code blocks are kept as they are (without their fences).
 * The title is the first heading.
 *
 * @example markdownToText('# Budget\n\nWe **will** cut [taxes](https://x.y).').text === 'Budget\n\nWe will cut taxes.'
 */
export function markdownToText(source: string): { text: string; title?: string } {
	const lines = source.replace(/\r\n?/g, '\n').split('\n');
	const out: string[] = [];
	let fence: string | undefined;
	let title: string | undefined;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		const open = line.match(FENCE);
		if (fence) {
			if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = undefined;
			else out.push(line);
			continue;
		}
		if (open) {
			fence = open[1];
			continue;
		}
		const heading = line.match(HEADING);
		const next = lines[i + 1];
		if (heading) {
			title ??= inline(heading[1]).trim();
			out.push(inline(heading[1]));
		} else if (line.trim() !== '' && next !== undefined && SETEXT.test(next) && !RULE.test(line)) {
			title ??= inline(line).trim();
			out.push(inline(line.trim()));
			i++; // the underline
		} else if (RULE.test(line) || REFERENCE.test(line)) {
			out.push('');
		} else {
			const body = line.replace(/^\s{0,3}(?:>\s?)+/, '').replace(/^(\s*)[-*+]\s+(?:\[[ xX]\]\s+)?/, '$1');
			out.push(inline(body));
		}
	}
	return { text: out.join('\n'), title };
}

/** Reads a .md file: YAML front matter's title and date, if any, then the text without markup. */
export function readMarkdown(bytes: Uint8Array): Read {
	let source = decodeText(bytes);
	const meta: { title?: string; date?: string } = {};
	const front = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n/);
	if (front) {
		source = source.slice(front[0].length);
		for (const [, key, value] of front[1].matchAll(/^(title|date):\s*["']?(.*?)["']?\s*$/gm))
			meta[key as 'title' | 'date'] = value;
	}
	const { text, title } = markdownToText(source);
	return { ok: true, text, meta: { title: meta.title ?? title, date: meta.date } };
}
