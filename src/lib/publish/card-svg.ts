/**
 * The evidence card: the verdict, the claim and the source passage with the differences marked,
 * and the citation under it, as an SVG of 1200×675 (the size social media show a link image at).
 * Marks are in strokes and weight as well as colour: struck-through words are the claim's,
 * underlined bold ones the source's, and a line on the card says so.
 */
import type { Span } from '#lib/engine/index.ts';
import { VERDICTS } from '#lib/result/verdicts.ts';
import { claimPieces, splitByRanges } from '#lib/result/segments.ts';
import { wrapRuns, type Line, type Run } from './card-layout.ts';
import { attributionLine, citationParts } from './citation.ts';
import type { Publishable } from './types.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 675;
const PAD = 60;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD;
const FONT = "'DejaVu Sans', Arial, Helvetica, sans-serif";

/** Verdict colours on the card's light background (the app's light theme), all ≥ 4.5:1 against white. */
const INK: Record<string, string> = {
	exact: '#1e6b34',
	close: '#1d6658',
	reworded: '#7a4f00',
	altered: '#a3161b',
	misattributed: '#6b2fa0',
	not_found: '#4d5560'
};
const MARK_STYLE: Record<Run['mark'], string> = {
	plain: '',
	del: ' font-weight="700" text-decoration="line-through" fill="#8a1016"',
	ins: ' font-weight="700" text-decoration="underline" fill="#14532d"',
	mark: ' font-weight="700" text-decoration="underline" fill="#14532d"'
};

/** Characters XML 1.0 cannot hold at all (C0 controls but tab and newline, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** `text` as XML character data or attribute value: escaped, and without characters XML refuses. */
export function xmlText(text: string): string {
	return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

/** The claim's runs: the claim's own differing words struck, the source's beside them underlined. */
function claimRuns({ result }: Publishable): Run[] {
	const shown = result.differences.filter((d) => d.type !== 'context');
	return claimPieces(result.claim.original.trim(), shown).flatMap((p): Run[] =>
		p.kind === 'text' ? [{ text: p.text, mark: 'plain' }] : [...(p.claim ? [{ text: p.claim, mark: 'del' as const }] : []), ...(p.source ? [{ text: ' ', mark: 'plain' as const }, { text: p.source, mark: 'ins' as const }] : [])]
	);
}

/** The source passage (or the nearest one), its differing words marked. */
function sourceRuns({ result }: Publishable): Run[] {
	const match = result.source ?? result.nearest;
	if (!match) return [];
	const ranges = result.differences.flatMap((d) => (d.sourceSpan && d.type !== 'context' ? [{ ...(d.sourceSpan as Span), tag: 'mark' }] : []));
	return splitByRanges(match.text, match.span.start, ranges).map((s) => ({ text: s.text, mark: s.tags.length ? 'mark' : 'plain' }));
}

type Block = { y: number; svg: string };

function textLines(lines: Line[], y: number, size: number, lineHeight: number, fill = '#1b1f24'): Block {
	const svg = lines
		.map((line, i) => {
			const spans = line.map((run) => `<tspan${MARK_STYLE[run.mark]}>${xmlText(run.text)}</tspan>`).join('');
			return `<text x="${PAD}" y="${y + i * lineHeight}" font-size="${size}" fill="${fill}">${spans}</text>`;
		})
		.join('');
	return { y: y + (lines.length - 1) * lineHeight, svg };
}

function label(text: string, y: number): string {
	return `<text x="${PAD}" y="${y}" font-size="20" font-weight="700" fill="#4d5560" letter-spacing="1">${xmlText(text.toUpperCase())}</text>`;
}

/** The card as an SVG document. */
export function evidenceCardSvg(check: Publishable): string {
	const { result } = check;
	const verdict = VERDICTS[result.verdict];
	const ink = INK[result.verdict];
	const parts: string[] = [];
	parts.push(`<text x="${PAD}" y="${PAD + 40}" font-size="44" font-weight="700" fill="${ink}">${xmlText(`${verdict.icon} ${verdict.word.toUpperCase()}`)}</text>`);
	let block = textLines(wrapRuns([{ text: result.reason, mark: 'plain' }], TEXT_WIDTH, 28, 2), PAD + 88, 28, 36);
	parts.push(block.svg);
	parts.push(label('Claim', block.y + 56));
	block = textLines(wrapRuns(claimRuns(check), TEXT_WIDTH, 28, 3), block.y + 92, 28, 38);
	parts.push(block.svg);
	const source = sourceRuns(check);
	if (source.length) {
		parts.push(label(result.source ? 'Source' : 'Nearest passage — not a match', block.y + 56));
		block = textLines(wrapRuns(source, TEXT_WIDTH, 28, 3), block.y + 92, 28, 38);
		parts.push(block.svg);
	}
	const footer = result.source ? `— ${attributionLine(citationParts(check))}` : 'Not in the sources checked; absence here is not proof that nobody said it.';
	parts.push(textLines(wrapRuns([{ text: footer, mark: 'plain' }], TEXT_WIDTH, 20, 2), CARD_HEIGHT - PAD - 38, 20, 26, '#4d5560').svg);
	const legend = 'Checked with Verbatim · struck through: the claim’s words · underlined: the source’s words';
	parts.push(`<text x="${PAD}" y="${CARD_HEIGHT - 24}" font-size="16" fill="#4d5560">${xmlText(legend)}</text>`);
	const title = `${verdict.word}: ${result.claim.original.trim()}`.slice(0, 300);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" role="img" font-family="${FONT}" xml:space="preserve">`,
		`<title>${xmlText(title)}</title>`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
		`<rect x="0" y="0" width="16" height="${CARD_HEIGHT}" fill="${ink}"/>`,
		...parts,
		'</svg>'
	].join('\n');
}
