/**
 * A citation of the source a check found, to paste into a piece, in three forms:
 * “We can manufacture everything” — Aleksandr Lukashenko, Belarus ready to join …, Moscow,
 * 13 March 2025 (BelTA, https://eng.belta.by/…), with a verdict line when the claim was not exact.
 */
import { formatDate } from '#lib/corpus/describe.ts';
import { VERDICTS } from '#lib/result/verdicts.ts';
import type { Publishable } from './types.ts';
import { webAddress } from './web-address.ts';

/** The pieces every form is made of; absent pieces are left out, never written as blanks. */
export type CitationParts = {
	/** The source's own words (not the claim's); null when nothing was found. */
	quote: string | null;
	speaker: string | null;
	/** Title, place and date, as one would name the occasion. */
	occasion: string[];
	publisher: string | null;
	url: string | null;
	/** "Verbatim: ✗ Altered — the source says …" when the claim is not exact; null when it is. */
	verdictLine: string | null;
};

export type CitationFormat = 'plain' | 'markdown' | 'html';

export function citationParts({ result, doc }: Publishable): CitationParts {
	const label = VERDICTS[result.verdict];
	const verdictLine =
		result.verdict === 'exact' ? null : `Verbatim: ${label.icon} ${label.word} — ${result.reason} Claim as checked: “${result.claim.original.trim()}”`;
	if (!result.source) return { quote: null, speaker: null, occasion: [], publisher: null, url: null, verdictLine };
	return {
		quote: result.source.text,
		speaker: result.source.attribution.speaker,
		occasion: doc ? [doc.title, doc.place ?? '', formatDate(doc.date)].filter(Boolean) : [],
		publisher: doc?.publisher ?? null,
		url: webAddress(doc?.url),
		verdictLine
	};
}

/** The citation of `check` in `format`. */
export function citation(check: Publishable, format: CitationFormat): string {
	const parts = citationParts(check);
	return format === 'html' ? html(parts) : format === 'markdown' ? markdown(parts) : plain(parts);
}

/** Who, where, when and from whom, in plain text: "Aleksandr Lukashenko, …, Moscow, 13 March 2025 (BelTA, https://…)". */
export function attributionLine(p: CitationParts): string {
	return `${[p.speaker, ...p.occasion].filter(Boolean).join(', ')}${tail(p.publisher, p.url)}`;
}

function plain(p: CitationParts): string {
	const lines = p.quote === null ? [] : [`“${p.quote}” — ${attributionLine(p)}`];
	if (p.verdictLine) lines.push(p.verdictLine);
	return lines.join('\n');
}

function tail(publisher: string | null, url: string | null): string {
	const inside = [publisher, url].filter(Boolean).join(', ');
	return inside ? ` (${inside})` : '';
}

/** Backslash before every character Markdown could read as markup, so pasted words stay words. */
function md(text: string): string {
	return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

function markdown(p: CitationParts): string {
	const lines: string[] = [];
	if (p.quote !== null) {
		const who = [p.speaker, ...p.occasion].filter((x): x is string => !!x).map(md).join(', ');
		const publisher = p.publisher ? md(p.publisher) : null;
		const link = p.url ? `<${p.url.replace(/>/g, '%3E')}>` : null;
		const source = p.url && publisher ? `[${publisher}](${link})` : [publisher, link].filter(Boolean).join(', ');
		lines.push(`> “${md(p.quote)}” — ${who}${source ? ` (${source})` : ''}`);
	}
	if (p.verdictLine) lines.push(`${p.quote !== null ? '>\n> ' : ''}*${md(p.verdictLine)}*`);
	return lines.join('\n');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for HTML content and quoted attributes. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

function html(p: CitationParts): string {
	const out: string[] = [];
	if (p.quote !== null) {
		const occasion = p.occasion.map((o, i) => (i === 0 ? `<cite>${escapeHtml(o)}</cite>` : escapeHtml(o)));
		const who = [p.speaker ? escapeHtml(p.speaker) : '', ...occasion].filter(Boolean).join(', ');
		const publisher = p.publisher ? escapeHtml(p.publisher) : '';
		const source = p.url ? `<a href="${escapeHtml(p.url)}">${publisher || escapeHtml(p.url)}</a>` : publisher;
		out.push(`<blockquote><p>“${escapeHtml(p.quote)}”</p><footer>— ${who}${source ? ` (${source})` : ''}</footer></blockquote>`);
	}
	if (p.verdictLine) out.push(`<p><em>${escapeHtml(p.verdictLine)}</em></p>`);
	return out.join('\n');
}
