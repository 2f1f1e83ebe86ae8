/**
 * Who the source gives each passage to, read as a careful reader reads it:
 * transcript labels, quotations with the attribution before or after them,
 * reported speech, headlines of the form "Lukashenko: ...", pronouns resolved
 * to the person last spoken of, and the manifest's default speaker. What is
 * left is the publisher's narration.
 */
import { PeopleRegistry } from './people.ts';
import { findQuotations, sentencesOf, type Quotation } from '../text/index.ts';
import { findMentions, findSpeechVerb, type Mention } from './mentions.ts';
import { introducesEmbedded, unknownSpeaker } from './quoted-speaker.ts';
import { tile } from './passage.ts';
import type { Attribution, CorpusDocument, Passage, Span } from '../types.ts';

export { PeopleRegistry };

const NARRATION: Attribution = { speaker: null, evidence: 'narration', cue: '', cueSpan: null };

/** A transcript label: a name (with titles) of at most this many words, then a colon, at a paragraph's start. */
const LABEL = /^([\p{Lu}][\p{L}\p{M}.'’-]*(?: (?:of|the|de|von|van|[\p{Lu}][\p{L}\p{M}.'’-]*)){0,11}):\s+/u;

/** Characters around a quotation read for its attribution, inside a speaker's own paragraph. */
const ATTRIBUTION_REACH = 400;

/** Words that open a "Word: ..." line without naming a speaker. */
const NOT_A_LABEL = /^(?:posted|published|updated|note|notes|photo|photos|see also|source|sources|date|tags|read more|video|audio|transcript|translation|subject|topic|related|copyright)$/i;
/** An unknown name is taken for a transcript label only when this short (words). */
const MAX_UNKNOWN_LABEL_WORDS = 6;

/** Passages of a document, tiling its text, each with its speaker and the evidence for it. */
export function attributeDocument(doc: CorpusDocument, registry: PeopleRegistry): Passage[] {
	const defaultSpeaker = doc.speakers[0] ? registry.canonical(doc.speakers[0]) : null;
	const reader = new ProseReader(doc.text, registry, defaultSpeaker);
	const passages: Passage[] = [];
	let turn: Attribution | null = null;
	for (const para of paragraphsOf(doc.text)) {
		const label = labelOf(doc.text, para, registry, doc.kind === 'transcript' || turn !== null);
		if (label && (doc.kind === 'transcript' || turn !== null || isTurnLike(doc.text, para))) turn = label;
		if (turn) passages.push(...reader.readVoice(para, turn));
		else if (label) passages.push({ span: para, attribution: { ...label, evidence: 'headline' } });
		else if (doc.kind === 'speech' && defaultSpeaker) passages.push(...reader.readVoice(para, defaultVoice(defaultSpeaker)));
		else passages.push(...reader.read(para, doc.kind === 'transcript' ? null : defaultSpeaker));
	}
	return tile(passages, doc.text.length);
}

function defaultVoice(speaker: string): Attribution {
	return { speaker, evidence: 'default speaker', cue: '', cueSpan: null };
}

function paragraphsOf(text: string): Span[] {
	const out: Span[] = [];
	for (const m of text.matchAll(/[^\n]+/g)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

/**
 * "Vladimir Putin: ..." at a paragraph's start. A name the corpus does not know
 * ("Question:", "Dmitry Peskov:") is a label only inside a transcript.
 */
function labelOf(text: string, para: Span, registry: PeopleRegistry, inTranscript: boolean): Attribution | null {
	const m = LABEL.exec(text.slice(para.start, para.end));
	if (!m) return null;
	const cue = { cue: m[0].trim(), cueSpan: { start: para.start, end: para.start + m[1].length + 1 } };
	const speaker = registry.resolve(m[1]);
	if (speaker) return { speaker, evidence: 'transcript label', ...cue };
	const words = m[1].split(/\s+/);
	if (!inTranscript || NOT_A_LABEL.test(m[1]) || words.length > MAX_UNKNOWN_LABEL_WORDS) return null;
	return { speaker: m[1], evidence: 'transcript label', ...cue };
}

/** A label followed by a whole paragraph of sentences is a turn; a short line with no full stop is a headline. */
function isTurnLike(text: string, para: Span): boolean {
	return /[.!?…]["”’]?\s*$/.test(text.slice(para.start, para.end));
}

/** Reads the prose of news reports: quotations, their attributions, reported speech, narration. */
class ProseReader {
	/** The person a "he" or "she" now refers to: the first one named in the last sentence that named anyone. */
	private salient: string | null = null;
	/** Passages of a quotation left open at a paragraph's end with no attribution yet: the paragraph that closes it may name the speaker. */
	private openQuotation: Passage[] = [];

	constructor(
		private readonly text: string,
		private readonly registry: PeopleRegistry,
		private readonly defaultSpeaker: string | null
	) {}

	/**
	 * A paragraph spoken by one person (a transcript turn, a speech): all of it is
	 * theirs, except quotations they attribute to someone else, whose words they belong to.
	 */
	readVoice(para: Span, voice: Attribution): Passage[] {
		const quotations = findQuotations(this.text, para.start, para.end);
		const out: Passage[] = [];
		let cursor = para.start;
		for (const q of quotations) {
			out.push({ span: { start: cursor, end: q.outer.start }, attribution: voice });
			// Only the words around a quotation say whose it is; a speech can be one 40 KB paragraph.
			const before = { start: Math.max(cursor, q.outer.start - ATTRIBUTION_REACH), end: q.outer.start };
			const after = { start: q.outer.end, end: Math.min(para.end, q.outer.end + ATTRIBUTION_REACH) };
			// "President Truman stood before a Republican Congress ... he said, "...": the "he" is Truman.
			this.noteSalient(before);
			const attribution = this.attributeQuotation(q, before, after, voice.speaker);
			const quotesAnother = attribution.evidence === 'attribution' && attribution.speaker !== voice.speaker;
			out.push(...(quotesAnother ? this.quotationPassages(q, { ...attribution, evidence: 'quoted by another' }) : [{ span: q.outer, attribution: voice }]));
			cursor = q.outer.end;
		}
		out.push({ span: { start: cursor, end: para.end }, attribution: voice });
		return out;
	}

	read(para: Span, quoteDefault: string | null): Passage[] {
		const out: Passage[] = [];
		const quotations = findQuotations(this.text, para.start, para.end);
		const opensWithQuotation = quotations[0] !== undefined && !this.text.slice(para.start, quotations[0].outer.start).trim();
		if (!opensWithQuotation) this.openQuotation = [];
		let cursor = para.start;
		let reported: Attribution | null = null;
		quotations.forEach((q, i) => {
			const after = { start: q.outer.end, end: quotations[i + 1]?.outer.start ?? para.end };
			const lead = this.narration({ start: cursor, end: q.outer.start }, reported);
			out.push(...lead.passages);
			reported = lead.reported;
			const attribution = this.attributeQuotation(q, { start: cursor, end: q.outer.start }, after, quoteDefault);
			const passages = this.quotationPassages(q, attribution);
			out.push(...passages);
			this.carryOpenQuotation(i === 0 && opensWithQuotation, q, para, attribution, passages);
			cursor = q.outer.end;
		});
		out.push(...this.narration({ start: cursor, end: para.end }, reported).passages);
		return out;
	}

	/**
	 * English prints a quotation that runs over paragraphs with no closing mark until
	 * its last one, where the attribution stands: that attribution covers them all.
	 */
	private carryOpenQuotation(continues: boolean, q: Quotation, para: Span, attribution: Attribution, passages: Passage[]): void {
		if (continues && attribution.evidence === 'attribution') {
			for (const p of this.openQuotation) if (p.attribution.evidence !== 'quoted by another') p.attribution = attribution;
			this.openQuotation = [];
		}
		const leftOpen = q.outer.end >= para.end && !/[”"»]$/.test(this.text.slice(q.outer.start, q.outer.end).trimEnd());
		if (leftOpen && attribution.evidence !== 'attribution') this.openQuotation.push(...passages);
		else if (!continues) this.openQuotation = [];
	}

	/** Narration sentences: reported speech when a person is the subject of a speech verb, else the publisher's. */
	private narration(span: Span, carried: Attribution | null): { passages: Passage[]; reported: Attribution | null } {
		const passages: Passage[] = [];
		let reported = carried;
		for (const sentence of sentencesOf(this.text, span)) {
			const mentions = this.mentions(sentence);
			const said = this.reportedSpeaker(sentence, mentions);
			if (said) reported = said;
			// "This was announced today by X": the statement before is X's too.
			const previous = passages.at(-1);
			if (said && previous?.attribution === NARRATION && /^\s*(?:this|that|it|these|such)\s+(?:was|were|has been|had been)\b/i.test(this.text.slice(sentence.start, sentence.end))) {
				previous.attribution = said;
			}
			passages.push({ span: sentence, attribution: said ?? reported ?? NARRATION });
			if (mentions[0]?.person) this.salient = mentions[0].person;
		}
		return { passages, reported };
	}

	private reportedSpeaker(sentence: Span, mentions: Mention[]): Attribution | null {
		const verb = findSpeechVerb(this.text, sentence);
		if (!verb) return null;
		const subject =
			[...mentions].reverse().find((m) => m.span.end <= verb.start && verb.start - m.span.end < 60) ??
			mentions.find((m) => m.span.start >= verb.end && m.byAgent);
		if (!subject?.person) return null;
		// "Lukashenko and Putin spoke about ...": two people, so neither's words.
		const joint = mentions.some((m) => m !== subject && m.person !== subject.person && /^\s*(?:and|&)\s*$/.test(this.text.slice(m.span.end, subject.span.start)));
		if (joint) return null;
		const cueSpan = { start: Math.min(subject.span.start, verb.start), end: Math.max(subject.span.end, verb.end) };
		return { speaker: subject.person, evidence: 'reported speech', cue: this.text.slice(cueSpan.start, cueSpan.end), cueSpan };
	}

	private attributeQuotation(q: Quotation, before: Span, after: Span, quoteDefault: string | null): Attribution {
		const tail = sentencesOf(this.text, after)[0];
		const fromTail = tail && this.attributionIn(tail, true);
		if (fromTail) return fromTail;
		const leadIn = sentencesOf(this.text, before).at(-1);
		const fromLead = leadIn && this.introduces(leadIn) && this.attributionIn(leadIn, false);
		if (fromLead) return fromLead;
		if (quoteDefault) return { speaker: quoteDefault, evidence: 'default speaker', cue: '', cueSpan: null };
		return { ...NARRATION, evidence: 'quoted by another' };
	}

	/**
	 * A lead-in that introduces the quotation after it: it ends with a comma or a colon
	 * (`X stressed, "..."`), or its speech verb stands a few words before the quotation
	 * (`Lincoln ... spoke of a "government of the people"`).
	 */
	private introduces(leadIn: Span): boolean {
		const s = this.text.slice(leadIn.start, leadIn.end);
		if (/[,:]\s*$/.test(s)) return true;
		return introducesEmbedded(this.text, leadIn);
	}

	/** The person last named before a quotation in a speech, so a "he said" before it is theirs. */
	private noteSalient(before: Span): void {
		const named = sentencesOf(this.text, before)
			.reverse()
			.map((s) => findMentions(this.text, s, this.registry, this.defaultSpeaker, null).find((m) => m.person))
			.find(Boolean);
		if (named?.person) this.salient = named.person;
	}

	/** `"...," he said` (needs a speech verb right after the quotation) or a lead-in `X stressed, "..."`. */
	private attributionIn(span: Span, isTail: boolean): Attribution | null {
		const mentions = this.mentions(span);
		const verb = findSpeechVerb(this.text, span);
		if (isTail && (!verb || verb.start - span.start > 80)) return null;
		const who = (isTail ? mentions.find((m) => m.span.start < (verb?.end ?? 0) + 40) : mentions[0]) ?? (verb && unknownSpeaker(this.text, span, verb));
		if (!who?.person) return null;
		const cueStart = isTail ? span.start : Math.min(who.span.start, verb?.start ?? who.span.start);
		const cueSpan = { start: cueStart, end: Math.max(who.span.end, verb?.end ?? 0) };
		this.salient = who.person;
		return { speaker: who.person, evidence: 'attribution', cue: this.text.slice(cueSpan.start, cueSpan.end).replace(/^[\s,.”"’]+/, ''), cueSpan };
	}

	/** The quotation as one passage, with nested quotations given to whoever first said them. */
	private quotationPassages(q: Quotation, attribution: Attribution): Passage[] {
		const out: Passage[] = [];
		let cursor = q.outer.start;
		for (const inner of q.nested) {
			out.push({ span: { start: cursor, end: inner.outer.start }, attribution });
			const lead = sentencesOf(this.text, { start: cursor, end: inner.outer.start }).at(-1);
			const who = lead ? this.mentions(lead)[0]?.person ?? null : null;
			out.push({ span: inner.outer, attribution: { speaker: who, evidence: 'quoted by another', cue: lead ? this.text.slice(lead.start, lead.end).trim() : '', cueSpan: lead ?? null } });
			cursor = inner.outer.end;
		}
		out.push({ span: { start: cursor, end: q.outer.end }, attribution });
		return out;
	}

	private mentions(span: Span): Mention[] {
		return findMentions(this.text, span, this.registry, this.defaultSpeaker, this.salient);
	}
}
