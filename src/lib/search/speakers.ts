/**
 * Search over what each speaker says in the corpus: every passage a person is
 * given, with its document, searchable by words, speaker and document.
 */
import Fuse from 'fuse.js/basic';
import type { CorpusDocument, EvidenceKind, Passage, Span } from '#lib/engine/index.ts';

/** One passage the corpus gives to a person. */
export type SpeakerPassage = {
	speaker: string;
	doc: CorpusDocument;
	span: Span;
	/** The passage's words, as published. */
	text: string;
	evidence: EvidenceKind;
	cue: string;
	cueSpan: Span | null;
};

/** Evidence kinds, strongest first: a merged passage keeps the strongest of its parts. */
const STRENGTH: readonly EvidenceKind[] = [
	'transcript label',
	'attribution',
	'reported speech',
	'headline',
	'quoted by another',
	'default speaker',
	'narration'
];

/**
 * Every passage given to a person (narration left out), in corpus order. Pieces of one
 * paragraph given to the same person (a quotation and its "he said") are joined into one.
 */
export function speakerPassages(documents: readonly CorpusDocument[], passages: Map<string, Passage[]>): SpeakerPassage[] {
	const out: SpeakerPassage[] = [];
	for (const doc of documents) {
		let last: SpeakerPassage | null = null;
		for (const p of passages.get(doc.id) ?? []) {
			const { speaker, evidence, cue, cueSpan } = p.attribution;
			if (!doc.text.slice(p.span.start, p.span.end).trim()) continue; // white space between passages
			if (!speaker) {
				last = null;
				continue;
			}
			const gap = last ? doc.text.slice(last.span.end, p.span.start) : '';
			if (last && last.speaker === speaker && !gap.includes('\n')) {
				last.span = { start: last.span.start, end: p.span.end };
				if (STRENGTH.indexOf(evidence) < STRENGTH.indexOf(last.evidence)) Object.assign(last, { evidence, cue, cueSpan });
			} else {
				last = { speaker, doc, span: p.span, text: '', evidence, cue, cueSpan };
				out.push(last);
			}
		}
	}
	for (const p of out) p.text = p.doc.text.slice(p.span.start, p.span.end).trim();
	return out;
}

/** A search over passages: an empty query gives them all; otherwise the closest first. */
export function speakerSearch(passages: readonly SpeakerPassage[]): (query: string) => SpeakerPassage[] {
	const fuse = new Fuse(passages, {
		// The words said matter most; then who said them; then the document's title.
		keys: [
			{ name: 'text', weight: 3 },
			{ name: 'speaker', weight: 2 },
			{ name: 'doc.title', weight: 1 }
		],
		// Passages are long: the words looked for may stand anywhere in one, so the
		// position of a match must not count against it (fuse's default does).
		ignoreLocation: true,
		// Strict enough that a query of a few words finds those words (or a typo of
		// them), not every passage that shares a few letters; the default 0.6 is too loose.
		threshold: 0.3,
		// A long passage is not worse for holding the words; don't favour short ones.
		ignoreFieldNorm: true,
		// Fragments of one or two letters would match nearly every passage.
		minMatchCharLength: 3
	});
	return (query) => {
		const q = query.trim();
		return q ? fuse.search(q).map((r) => r.item) : [...passages];
	};
}
