import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, corpusFromManifest, toSpecResult, verify, type CheckResult, type Verdict } from './index.ts';
import { normaliseWord } from './text/normalise.ts';
import { scanWords, tokenise } from './text/tokenise.ts';

const SEED = fileURLToPath(new URL('../corpus/seed/', import.meta.url));
const corpus = corpusFromManifest(JSON.parse(readFileSync(SEED + 'manifest.json', 'utf8')), (file) => readFileSync(SEED + file, 'utf8'));
const index = buildIndex(corpus);

const PUTIN = 'Vladimir Putin';
const LUKASHENKO = 'Aleksandr Lukashenko';
const KREMLIN = '2025-03-13-kremlin-russian-belarusian-talks';
const BELTA = '2025-03-13-belta-ambitious-national-projects';
const BBABO = '2023-02-17-bbabo-integration-process';
const SB_PRIORITY = '2024-05-24-sb-priority-areas';

/** A text's words, typographically normalised: two texts with equal words say the same thing in the same words. */
const words = (text: string) => {
	const out: string[] = [];
	scanWords(text, (raw) => out.push(normaliseWord(raw)));
	return out;
};
const check = (claim: string) => verify(claim, index);
const textOf = (doc: string) => index.document(doc)!.text;

describe('verify: the examples of SPEC.md against the bundled corpus', () => {
	it.each<[string, Verdict, string | null, string | null]>([
		// [claim, verdict, source document, words the source passage holds]
		['We can manufacture everything.', 'exact', BELTA, 'We can manufacture everything'],
		['Both sides will benefit from this ... There should be no protective measures against partners', 'close', SB_PRIORITY, 'Both sides will benefit from this'],
		['We have preserved the microelectronics industry that we inherited from the Soviet Union', 'reworded', BBABO, 'We have preserved the microelectronic industry'],
		['Bilateral trade has grown by about 7.5 percent', 'altered', KREMLIN, 'Bilateral trade has grown by about 5.7 percent'],
		['Putin said: "We can manufacture everything."', 'misattributed', BELTA, 'We can manufacture everything'],
		['Belarus will join the European Union by 2030', 'not_found', null, null]
	])('%j is %s', (claim, verdict, doc, passage) => {
		const result = check(claim);
		expect(result.verdict).toBe(verdict);
		if (doc === null) {
			expect(result.source).toBeNull();
			return;
		}
		expect(result.source?.doc).toBe(doc);
		expect(words(result.source!.text).join(' ')).toContain(words(passage!).join(' '));
	});

	it('says which figure changed: the claim’s 7.5 percent against the source’s "about 5.7 percent"', () => {
		const result = check('Bilateral trade has grown by about 7.5 percent');
		const number = result.differences.find((d) => d.type === 'number');
		expect(number).toMatchObject({ severity: 'meaning', source: 'about 5.7 percent' });
		expect(number!.claim).toContain('7.5 percent');
		expect(textOf(KREMLIN).slice(number!.sourceSpan!.start, number!.sourceSpan!.end)).toBe('about 5.7 percent');
		expect(result.reason).toMatch(/5\.7 percent/);
	});

	it('says who spoke: a misattributed claim carries a speaker difference, Putin against Lukashenko', () => {
		const result = check('Putin said: "We can manufacture everything."');
		expect(result.claim.claimedSpeaker).toBe(PUTIN);
		expect(result.source!.attribution.speaker).toBe(LUKASHENKO);
		expect(result.differences).toContainEqual(expect.objectContaining({ type: 'speaker', claim: PUTIN, source: LUKASHENKO }));
	});

	it('marks the omission a close claim leaves with its ellipsis, and nothing heavier', () => {
		const result = check('Both sides will benefit from this ... There should be no protective measures against partners');
		expect(result.differences.map((d) => d.type)).toContain('ellipsis');
		expect(result.differences.every((d) => d.severity === 'trivial')).toBe(true);
	});

	it.each<[string, Verdict]>([
		// the claim's own quotes, attribution, case, white space and final punctuation are not compared
		['“We can manufacture everything,” Lukashenko said.', 'exact'],
		['we  can   MANUFACTURE everything', 'exact'],
		['We can manufacture everything!', 'exact'],
		// the same figure in another notation is close
		['Bilateral trade has grown by about 5.7%', 'close'],
		// a claim that names no speaker is never misattributed
		['Over 80 Russian regions maintain relations at the regional level with their Belarusian counterparts.', 'exact'],
		// ...but naming the wrong one is, and narration is the publisher's
		['"Over 80 Russian regions maintain relations at the regional level with their Belarusian counterparts," Lukashenko said.', 'misattributed'],
		['Putin said: "The talks began in a face-to-face format, and then continued with the participation of delegations."', 'misattributed'],
		// a name variant in the attribution is the same person
		['Lukashenka said: "We can manufacture everything."', 'exact'],
		// only the attribution outside the quote names the speaker
		['"Mr Lukashenko, I am delighted to see you."', 'exact']
	])('%j is %s (SPEC "Hard cases")', (claim, verdict) => expect(check(claim).verdict).toBe(verdict));

	it('prints the JSON line SPEC.md shows', () => {
		const line = toSpecResult(check('Bilateral trade has grown by about 7.5 percent'));
		expect(line).toMatchObject({ verdict: 'altered', claimedSpeaker: null, source: { doc: KREMLIN, speaker: PUTIN } });
		expect(line.source!.text).toBe(textOf(KREMLIN).slice(line.source!.start, line.source!.end));
		expect(line.differences).toContainEqual({ type: 'number', claim: expect.stringContaining('7.5 percent'), source: 'about 5.7 percent' });
	});
});

describe('verify: input that is not a quote', () => {
	/** Says what to paste: the interface's sentence for a claim with nothing to check. */
	const SAYS_WHAT_TO_PASTE = /paste/i;

	it.each([
		['the empty string', ''],
		['white space', ' \n\t '],
		['only punctuation', '!!! ... ?? —'],
		['control characters', '\u0000\u0001\u0002\u0007\u001b'],
		['emoji', '😀🎉👍🏽 🇧🇾'],
		['an attribution alone', 'Lukashenko said'],
		['two common words', 'the and']
	])('answers %s with not_found and a reason that says what to paste', (_what, claim) => {
		const result = check(claim);
		expect(result.verdict).toBe('not_found');
		expect(result.source).toBeNull();
		expect(result.notFound).not.toBeNull();
		expect(result.reason).toMatch(SAYS_WHAT_TO_PASTE);
	});

	it.each([
		['HTML', '<script>alert(1)</script>'],
		['Arabic', 'مرحبا بالعالم كيف حالك اليوم'],
		['Hebrew', 'שלום עולם מה שלומך היום'],
		['Chinese', '我们可以制造一切东西，这不需要太多时间'],
		['Russian', 'Мы можем производить всё, это не занимает много времени'],
		['a lone surrogate', '\ud800abc\udfff'],
		['a megabyte of text', 'x '.repeat(500_000)]
	])('answers %s with not_found and a reason', (_what, claim) => {
		const result = check(claim);
		expect(result.verdict).toBe('not_found');
		expect(result.source).toBeNull();
		expect(result.notFound).not.toBeNull();
		expect(result.reason.length).toBeGreaterThan(20);
		expect(result.claim.original).toBe(claim);
	});

	// Regression test; the engine had this bug: SPEC.md lists "a URL" as a claim with no checkable content, to be answered
	// "nothing to check: paste the words of the quote", and issue 3 asks the same for HTML,
	// right-to-left text and other languages; the engine tokenises them into words and answers
	// "not in corpus" ("No passage in the corpus says this ..."), which says nothing of what to paste.
	it.each([
		['a URL', 'https://example.com/x'],
		['HTML', '<script>alert(1)</script>'],
		['Arabic', 'مرحبا بالعالم كيف حالك اليوم'],
		['Chinese', '我们可以制造一切东西，这不需要太多时间']
	])('answers %s with a reason that says what to paste', (_what, claim) => {
		expect(check(claim).reason).toMatch(SAYS_WHAT_TO_PASTE);
	});
});

/** The tokens (words and whole figures) of each seed document: claims are cut at their edges. */
const tokensOf = new Map(corpus.documents.map((d) => [d.id, tokenise(d.text).filter((t) => t.kind !== 'ellipsis')]));

/**
 * A stretch of 8-40 tokens of one paragraph of a seed document, starting and ending with a
 * word (a cut figure, "$300" of "$300 million", is another figure). Left out, and tested as a
 * failing case below: a spaced dash inside it (bug: a short capitalised clause after the dash,
 * "- Belarus is ready to join ...", is cut off as a "source note").
 */
const substring = fc
	.record({ doc: fc.nat(corpus.documents.length - 1), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 8, max: 40 }) })
	.map(({ doc, at, length }) => {
		const d = corpus.documents[doc];
		const tokens = tokensOf.get(d.id)!;
		const first = Math.min(tokens.length - length, Math.floor(at * (tokens.length - length + 1)));
		const [a, b] = [tokens[first], tokens[first + length - 1]];
		return { doc: d.id, text: d.text.slice(a.span.start, b.span.end), a: a.raw, b: b.raw };
	})
	.filter((s) => !s.text.includes('\n') && /^\p{L}/u.test(s.a) && /\p{L}$/u.test(s.b) && !/\s[-–—]+\s/.test(s.text));

/** Claims near the corpus: cut from a document, then changed a little, with quotes and attributions around. */
const nearClaim = fc
	.tuple(
		fc.nat(corpus.documents.length - 1),
		fc.double({ min: 0, max: 1, noNaN: true }),
		fc.integer({ min: 1, max: 35 }),
		fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'upper', 'not', 'Putin', '7.5 percent', '...', '[the]', 'Grodno', '“', '$60 billion')), { maxLength: 4 }),
		fc.constantFrom('', 'Putin said: ', 'Lukashenko: ', '• “', 'according to the Russian president, '),
		fc.constantFrom('', '," Lukashenko said.', '” — Putin', '.', ' #tag https://t.co/x', ' (BelTA, 2025)')
	)
	.map(([doc, at, length, edits, before, after]) => {
		const tokens = tokensOf.get(corpus.documents[doc].id)!;
		const first = Math.floor(at * Math.max(1, tokens.length - length));
		const parts = tokens.slice(first, first + length).map((t) => t.raw);
		for (const [where, edit] of edits) {
			const i = where % Math.max(1, parts.length);
			if (edit === 'drop') parts.splice(i, 1);
			else if (edit === 'upper') parts[i] = (parts[i] ?? '').toUpperCase();
			else parts.splice(i, 0, edit);
		}
		return before + parts.join(' ') + after;
	});

function isSubsequence(part: string[], whole: string[]): boolean {
	let k = 0;
	for (const w of whole) if (k < part.length && w === part[k]) k++;
	return k === part.length;
}

/** Every span a result gives points into the text it names. */
function expectSpansSliceTheirText(claim: string, result: CheckResult) {
	for (const source of [result.source, result.nearest, ...result.alsoIn]) {
		if (!source) continue;
		const text = textOf(source.doc);
		expect(source.text).toBe(text.slice(source.span.start, source.span.end));
		expect(source.context.start).toBeLessThanOrEqual(source.span.start);
		expect(source.context.end).toBeGreaterThanOrEqual(source.span.end);
	}
	for (const d of result.differences) {
		if (d.claimSpan) expect(claim.slice(d.claimSpan.start, d.claimSpan.end)).toBe(d.claim);
		if (d.sourceSpan && d.type !== 'speaker') expect(textOf(result.source!.doc).slice(d.sourceSpan.start, d.sourceSpan.end)).toBe(d.source);
	}
	const { start, end } = result.claim.quoteSpan;
	expect(0 <= start && start <= end && end <= claim.length).toBe(true);
}

/** No timing is asserted; this only keeps a busy machine from failing a property run (ms). */
const PROPERTY_TIMEOUT = 30_000;

describe('verify: properties', () => {
	it('finds an exact substring of a document, 8 to 40 words long, with the same words', () => {
		fc.assert(
			fc.property(substring, ({ text }) => {
				const result = check(text);
				const stretches = result.claim.quoteSpans;
				const checked = stretches.flatMap((s) => words(text.slice(s.start, s.end)));
				// A substring that starts right after a negator ("none | of the powers would approve") drops it: altered.
				const dropsANegator = result.verdict === 'altered' && result.differences.some((d) => d.type === 'negation' && d.claim === '');
				if (dropsANegator) return;
				if (result.claim.claimedSpeaker === null) {
					expect(result.verdict).toBe('exact');
				} else if (result.notFound === null) {
					// the cut took in an attribution ("... Aleksandr Lukashenko said"): the claim now names a speaker
					expect(['exact', 'misattributed']).toContain(result.verdict);
				}
				if (result.source) {
					// A repeated paragraph may be found in its other copy: compare words, not offsets. A quotation
					// split by its attribution is checked in its stretches, and the source holds them in order.
					const source = words(result.source.text);
					if (stretches.length === 1) expect(source).toEqual(checked);
					else expect(isSubsequence(checked, source)).toBe(true);
				}
				// the stretches checked lie inside the paste, in order, apart
				stretches.forEach((s, k) => expect(s.start >= (k ? stretches[k - 1].end : 0) && s.end <= text.length && s.start <= s.end).toBe(true));
			}),
			{ numRuns: 120 }
		);
	}, PROPERTY_TIMEOUT);

	it('gives a source whose text is the document’s text at its span, for any claim near the corpus', () => {
		fc.assert(
			fc.property(nearClaim, (claim) => {
				const result = check(claim);
				expectSpansSliceTheirText(claim, result);
				expect(result.verdict === 'not_found').toBe(result.source === null);
				expect(result.verdict === 'not_found').toBe(result.notFound !== null);
				if (result.verdict === 'misattributed') {
					expect(result.claim.claimedSpeaker).not.toBeNull();
					expect(result.differences.map((d) => d.type)).toContain('speaker');
				}
			}),
			{ numRuns: 120 }
		);
	}, PROPERTY_TIMEOUT);

	it('never throws, whatever the string, and always answers with a consistent result', () => {
		const anyString = fc.oneof(
			fc.string({ maxLength: 200 }),
			fc.string({ unit: 'grapheme', maxLength: 200 }),
			fc.string({ unit: 'binary', maxLength: 200 }),
			fc.string({ unit: fc.constantFrom('"', '“', '”', ':', '—', '-', '.', '…', '[', ']', '(', ')', '#', '•', ' ', '\n', 'Putin', 'said', '5.7', '%', '$', 'bn'), maxLength: 60 })
		);
		fc.assert(
			fc.property(anyString, (claim) => {
				const result = verify(claim, index);
				expect(result.claim.original).toBe(claim);
				expectSpansSliceTheirText(claim, result);
				if (result.verdict === 'not_found') expect(result.notFound).not.toBeNull();
			}),
			{ numRuns: 200 }
		);
	}, PROPERTY_TIMEOUT);
});

describe('verify: cases these tests found broken (fixed in the engine since)', () => {
	// Critical: the words after a spaced dash were cut off as a "source note" whenever they
	// held "of the", a year, "report" ..., so an added clause made no difference (`exact`).
	it('does not call a claim exact when it adds a clause after a dash', () => {
		expect(['exact', 'close']).not.toContain(check('Bilateral trade has grown by about 5.7 percent – the highest growth of the decade').verdict);
	});

	// Candidate votes were keyed by diagonal across document boundaries, so a quote at the start
	// of a document merged with the end of the document before it and was lost.
	it.each([
		['17:44:00 Lukashenko outlined priority areas of co-operation with Russia: both sides will benefit', SB_PRIORITY],
		['Bbabo NET Lukashenko and Putin spoke about the integration process', BBABO]
	])('finds %j, the opening words of a document', (claim, doc) => {
		const result = check(claim);
		expect(result.verdict).toBe('exact');
		expect(result.source?.doc).toBe(doc);
	});

	// Similarity was rounded to steps of 0.02, so a copy differing in one edge word ("said" for
	// "added", 0.993) tied with the exact copy of a repeated paragraph and won by coming first.
	it('prefers the exact copy of a repeated paragraph', () => {
		const claim = 'added. One example is cooperation in drone production, which was recently discussed together with Russian specialists in Minsk. An agreement has been reached';
		const result = check(claim);
		expect(result.verdict).toBe('exact');
		expect(words(result.source!.text)).toEqual(words(claim));
	});

	// SB's own lead sentence with its attribution read as naming Putin, and came out `misattributed`.
	it('reads "as stated by Lukashenko at talks with Putin" as Lukashenko’s words', () => {
		const result = check(
			'Industry, import substitution, energy, regional co-operation and public procurement are priority areas that require close attention in the Union State – as stated by President of Belarus Aleksandr Lukashenko at today’s talks with Russian President Vladimir Putin'
		);
		expect(result.verdict).toBe('exact');
		expect(result.source?.attribution.speaker).toBe(LUKASHENKO);
	});

	// "the head of state said" after a quote was neither resolved nor taken off, so its words
	// were compared as quoted and BelTA's verbatim quote came out `reworded`.
	it('takes "the head of state said" off as an attribution', () => {
		const result = check('“We can manufacture everything,” the head of state said.');
		expect(result.verdict).toBe('exact');
		expect(result.differences).toEqual([]);
	});

	// A paste label other than the listed few ("Note:") was read as a speaker: `misattributed`.
	it('does not give a verbatim quote to a speaker called "Note"', () => {
		expect(check('Note: We can manufacture everything.').verdict).toBe('exact');
	});

	// Critical: the letters glued to a number ("100km") were dropped by the tokeniser, so
	// "100kg" against "100km" was a "punctuation" difference and `close`.
	it('calls a changed unit glued to its number altered', () => {
		const small = buildIndex({
			name: 'units',
			description: '',
			documents: [{ id: 'd', title: 'd', text: 'The new plant will lay 100km of railway track next year.', speakers: [] }]
		});
		expect(verify('The new plant will lay 100kg of railway track next year', small).verdict).toBe('altered');
		expect(verify('The new plant will lay 100km of railway track next year', small).verdict).toBe('exact');
	});
});

describe('verify: regressions these tests found', () => {
	// Regression test; the engine had this bug (critical: `exact` for a claim that adds a false clause): after the fix above, a
	// clause after a spaced dash is still cut off as a "source note" when it has at most ten
	// words and starts with a capital ("reads like a title"), so it is never checked. Found by
	// the substring property: "MOSCOW, 13 March (BelTA) - Belarus is ready to join ambitious"
	// was checked as "MOSCOW, 13 March (BelTA" alone.
	it.each([
		'Bilateral trade has grown by about 5.7 percent – Belarus will join the European Union',
		'MOSCOW, 13 March (BelTA) - Belarus is ready to join the European Union'
	])('does not call %j exact', (claim) => {
		expect(['exact', 'close']).not.toContain(check(claim).verdict);
	});

	// Regression test; the engine had this bug: "´" typed as an apostrophe ("It´s", common on European keyboards) is kept in
	// one word now, but normaliseWord still reads it as "it s" (see normalise.test.ts), so the
	// claim is only `close`, with a "spelling" difference It´s / It's; SPEC: apostrophes are typography.
	it('reads "It´s" as "It’s"', () => {
		expect(check('It´s time to seriously consider its more efficient use.').verdict).toBe('exact');
	});
});
