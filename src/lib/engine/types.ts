/**
 * The data of a check, from corpus to verdict. Every offset is a UTF-16 index
 * into an ORIGINAL text (a document as published, or the claim as pasted), so
 * the interface can slice and highlight without searching again.
 */

/** Half-open range [start, end) of UTF-16 offsets into an original text. */
export type Span = { start: number; end: number };

export type DocumentKind = 'speech' | 'transcript' | 'news report';

/** One source document, as the manifest describes it, with its full text. */
export type CorpusDocument = {
	/** Stable id, e.g. "2025-03-13-kremlin-russian-belarusian-talks". */
	id: string;
	title: string;
	/** The text exactly as published; every Span of this document points into it. */
	text: string;
	publisher?: string;
	/** ISO date "YYYY-MM-DD" when known. */
	date?: string;
	place?: string;
	url?: string;
	kind?: DocumentKind;
	/** Canonical names of the people who speak in it; the first is the default speaker. */
	speakers: string[];
};

export type Corpus = {
	name: string;
	description: string;
	documents: CorpusDocument[];
};

export type Verdict = 'exact' | 'close' | 'reworded' | 'altered' | 'misattributed' | 'not_found';

/** Types of difference, as SPEC.md lists them. */
export type DifferenceType =
	| 'number'
	| 'negation'
	| 'entity'
	| 'word'
	| 'omission'
	| 'insertion'
	| 'spelling'
	| 'punctuation'
	| 'ellipsis'
	| 'speaker'
	| 'context';

/**
 * How much a difference weighs:
 * - `trivial`: allowed in a `close` claim (punctuation, spelling, marked omission, notation);
 * - `wording`: the words differ but the meaning stands (makes it `reworded`);
 * - `meaning`: the claim says something else (makes it `altered`);
 * - `frame`: about who, when or where, not the words (`speaker`, `context`): the judge reads
 *   the speaker from the attributions, and a `context` difference never changes the verdict.
 */
export type Severity = 'trivial' | 'wording' | 'meaning' | 'frame';

/** One word-level difference between the claim and its source passage. */
export type Difference = {
	type: DifferenceType;
	severity: Severity;
	/** The claim's words, as pasted ("" when the claim leaves something out). */
	claim: string;
	/** The source's words, as published ("" when the claim adds something). */
	source: string;
	/** Where `claim` stands in the pasted claim, when it stands anywhere. */
	claimSpan: Span | null;
	/** Where `source` stands in the source document, when it stands anywhere. */
	sourceSpan: Span | null;
};

/** Why the engine gives a passage to a speaker, strongest first. */
export type EvidenceKind =
	| 'transcript label' // "Vladimir Putin: ..."
	| 'attribution' // ‘..." Aleksandr Lukashenko said’, ‘he added’, ‘the head of state noted’
	| 'reported speech' // ‘Putin said that trade ...’
	| 'headline' // ‘Lukashenko: Belarus ready to ...’
	| 'default speaker' // the manifest's first speaker (a speech, or an unattributed quotation)
	| 'quoted by another' // words the speaker quotes from someone else
	| 'narration'; // the publisher's own words

export type Attribution = {
	/** Canonical name of the person, or null for the publisher's narration or an unknown person. */
	speaker: string | null;
	evidence: EvidenceKind;
	/** The words that decided it, e.g. "the head of state noted"; "" when none (default speaker). */
	cue: string;
	/** Where those words stand in the document, when they stand anywhere. */
	cueSpan: Span | null;
};

/** A stretch of a document with one speaker. The passages of a document tile it without overlap. */
export type Passage = { span: Span; attribution: Attribution };

/** Where a claim's words stand in the corpus. */
export type SourceMatch = {
	doc: string;
	/** The stretch of the document the claim covers, trimmed to the claim's first and last words. */
	span: Span;
	/** Equals document.text.slice(span.start, span.end). */
	text: string;
	/** The sentences around the span, for display. */
	context: Span;
	attribution: Attribution;
	/** How much of the claim the passage accounts for (0 = nothing, 1 = every word verbatim). */
	similarity: number;
};

/** A year or date the claim's frame gives: "in 1935", "on January 31, 2006", "December 1860". */
export type FrameDate = {
	/** As written, e.g. "January 31, 2006". */
	text: string;
	span: Span;
	year: number;
	/** 1..12 when the frame gives the month. */
	month: number | null;
	/** 1..31 when the frame gives the day. */
	day: number | null;
};

/**
 * What stands outside the quoted words (SPEC "The claim's frame"): who said it,
 * when and on what occasion. Never part of what is checked against the text.
 * e.g. `Harry Truman, 1947: "If we falter ..."` -> speaker "Harry Truman", dates [1947].
 */
export type ClaimFrame = {
	/** The speaker as written ("President Roosevelt", "LBJ", "the Belarusian leader"), or null. */
	speaker: { text: string; span: Span } | null;
	dates: FrameDate[];
	/** Occasions and venues as written: "State of the Union", "annual message", "told Congress". */
	occasions: { text: string; span: Span }[];
};

/** What the engine read in the pasted text. Later stages read it and never change it. */
export type ParsedClaim = {
	/** The text exactly as pasted. */
	original: string;
	/** From the first to the last word checked: quotation marks, frame and paste debris left out. */
	quoteSpan: Span;
	/**
	 * The stretches checked against the sources, in order: one, or several when a quotation
	 * is split by its attribution (`"We will rebuild," Obama said. "And ..."`).
	 */
	quoteSpans: Span[];
	/** Words of the paste past the checking limit, which no verdict covers; null when every word was checked. */
	unchecked: Span | null;
	/** The attribution as written ("Putin said", "— Lukashenko"), or null. */
	attributionText: string | null;
	/**
	 * The speaker the claim names, canonical when the corpus knows exactly one such person,
	 * else as written ("Bush" when two Bushes are known); null when it names none.
	 */
	claimedSpeaker: string | null;
	/** That speaker as the claim writes it ("Lukashenka", "the Russian president"); null when it names none. */
	speakerAsWritten?: string | null;
	/** Who, when and where, as the frame says; absent in checks saved before frames were read. */
	frame?: ClaimFrame;
};

/** Why nothing was found; each maps to a sentence in the interface. */
export type NotFoundReason =
	| 'nothing to check' // empty, punctuation only, only an attribution, a URL, one common word
	| 'too short' // a few common words cannot identify a passage
	| 'not in corpus' // the words are checkable but no passage says them
	| 'not the same statement' // a passage shares some of the words, but not what the claim says (the nearest is shown)
	| 'too long'; // the words checked stand in a source, but the paste goes on past the words checked

/** What every check has, whatever its verdict. */
type CheckBase = {
	claim: ParsedClaim;
	/**
	 * The person the claim names, as the chosen source resolves it: "Bush" becomes the Bush the
	 * source gives the words to, "the head of state" that report's leader; null when it names nobody.
	 */
	claimedSpeaker: string | null;
	/** Word-level differences between claim and source, a `speaker` one when misattributed, `context` ones for the frame. */
	differences: Difference[];
	/** One sentence a person would say: "The source says 5.7 percent, not 7.5 percent." */
	reason: string;
	/** Other places where the same words stand. */
	alsoIn: SourceMatch[];
	/** Milliseconds the check took. */
	elapsedMs: number;
};

/** A check whose claim stands in a source passage (however changed). */
export type FoundResult = CheckBase & {
	verdict: Exclude<Verdict, 'not_found'>;
	/** Confidence in the source (0..1). */
	score: number;
	source: SourceMatch;
	notFound: null;
	nearest: null;
};

/** A check with no source: an expected outcome, with the reason and, when one came near, the nearest passage. */
export type NotFoundResult = CheckBase & {
	verdict: 'not_found';
	/** Always 0: nothing was found to be confident in. */
	score: number;
	source: null;
	notFound: NotFoundReason;
	/** The nearest passage, clearly not a match; null when nothing came close. */
	nearest: SourceMatch | null;
};

/** The whole story of one check: a union on `verdict`, so a view branches on a field. */
export type CheckResult = FoundResult | NotFoundResult;

/** The JSON line of `npm run verify -- --json`, exactly as SPEC.md shows it. */
export type SpecResult = {
	id?: string;
	verdict: Verdict;
	score: number;
	source: { doc: string; start: number; end: number; text: string; speaker: string | null } | null;
	claimedSpeaker: string | null;
	differences: { type: DifferenceType; claim: string; source: string }[];
	reason: string;
};
