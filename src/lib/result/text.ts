/** A result in words: the plain text that "Copy result" puts on the clipboard, and the links a result offers. */
import { citeLine, describeCorpus } from '#lib/corpus/describe.ts';
import type { Attribution, CheckResult, Corpus, SourceMatch, Span } from '#lib/engine/index.ts';
import { EVIDENCE_WORDS, VERDICTS } from './verdicts.ts';

/** The reader's address for a span of a document, with the attribution's words when known. */
export function readerHref(doc: string, span: Span, cue: Span | null = null): string {
	const params = new URLSearchParams({ start: String(span.start), end: String(span.end) });
	if (cue) params.set('cue', `${cue.start}-${cue.end}`);
	return `/library/${encodeURIComponent(doc)}?${params}`;
}

/** The address that repeats a check when opened: the check page with the claim in `q`. */
export function shareHref(origin: string, claim: string): string {
	return `${origin}/?${new URLSearchParams({ q: claim })}`;
}

/** Who spoke and how the source says so: "Vladimir Putin · transcript label". */
export function speakerLine(attribution: Attribution, publisher?: string): string {
	const who = attribution.speaker ?? (publisher ? `No speaker: ${publisher}'s own words` : "No speaker: the publisher's own words");
	const how = EVIDENCE_WORDS[attribution.evidence];
	const cue = attribution.cue ? `: ‘${attribution.cue}’` : '';
	if (attribution.speaker === null && attribution.evidence === 'narration') return who;
	return `${who} · ${how}${cue}`;
}

function sourceLines(match: SourceMatch, corpus: Corpus, label: string): string[] {
	const doc = corpus.documents.find((d) => d.id === match.doc);
	const lines = [`${label}: “${match.text}”`, `Speaker: ${speakerLine(match.attribution, doc?.publisher)}`];
	if (doc) lines.push(`Document: ${citeLine(doc)}${doc.url ? ` · ${doc.url}` : ''}`);
	return lines;
}

/** The whole result as plain text, to paste into notes or a message. */
export function resultAsText(result: CheckResult, corpus: Corpus): string {
	const verdict = VERDICTS[result.verdict];
	const lines = [`${verdict.icon} ${verdict.word}: ${result.reason}`, `Claim: ${result.claim.original}`];
	if (result.source) {
		lines.push(...sourceLines(result.source, corpus, 'Source'));
		const shown = result.differences.filter((d) => d.claim || d.source);
		for (const d of shown) lines.push(`Difference (${d.type}): claim says “${d.claim}”, source says “${d.source}”`);
		for (const other of result.alsoIn) {
			const doc = corpus.documents.find((d) => d.id === other.doc);
			lines.push(`Also in: ${doc ? citeLine(doc) : other.doc}`);
		}
	} else {
		lines.push(`Searched: ${describeCorpus(corpus)}. Absence from this corpus is not proof that nobody said it.`);
		if (result.nearest) lines.push(...sourceLines(result.nearest, corpus, 'Nearest passage (not a match)'));
	}
	lines.push(`Checked with Verbatim against “${corpus.name}”.`);
	return lines.join('\n');
}
