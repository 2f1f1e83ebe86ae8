import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, corpusFromManifest, type SourceIndex } from '../index.ts';
import type { CorpusDocument, DocumentKind, EvidenceKind, Passage } from '../types.ts';

const PUTIN = 'Vladimir Putin';
const LUKASHENKO = 'Aleksandr Lukashenko';

const doc = (id: string, kind: DocumentKind, speakers: string[], ...paragraphs: string[]): CorpusDocument => ({
	id,
	title: id,
	text: paragraphs.join('\n'),
	kind,
	speakers
});

/**
 * Short texts written for these tests, one pattern each. Most give the document a default
 * speaker who is NOT the right answer, so that only the pattern itself can give the right one.
 */
const SHORT = [
	// How the corpus introduces people: the roles "the Russian leader", "the Belarusian leader" are learned from it.
	doc('intro', 'news report', [], 'Belarusian President Aleksandr Lukashenko met Russian President Vladimir Putin in Moscow.'),
	doc('transcript', 'transcript', [PUTIN, LUKASHENKO],
		'The talks began in Minsk at noon and lasted three hours.',
		'Vladimir Putin: We are glad to see you here today.',
		'Aleksandr Lukashenko: Thank you, it is an honour to be here.',
		'We will talk about trade and about energy as well.'),
	doc('quote-then-name', 'news report', [PUTIN], 'The talks lasted three hours. “We will build a new plant in Minsk next year,” Aleksandr Lukashenko said.'),
	doc('name-then-quote', 'news report', [LUKASHENKO], 'Vladimir Putin stressed, “Our countries must trade more with each other every year.”'),
	doc('president-then-quote', 'news report', [LUKASHENKO], 'Energy is another priority area. The President stressed, “It is necessary to finalise the terms of oil and gas supplies.”'),
	doc('pronoun', 'news report', [LUKASHENKO], 'Vladimir Putin met the delegation in Moscow. “We will build a new plant in Minsk next year,” he said.'),
	doc('roles-here', 'news report', [LUKASHENKO],
		'“We will build a new plant in Minsk next year,” the Belarusian leader said.',
		'“Our countries must trade more with each other every year,” the head of state noted.'),
	doc('role-learned', 'news report', [LUKASHENKO], 'Talks were held in Moscow.', '“Our countries must trade more with each other every year,” the Russian leader said.'),
	doc('mr', 'news report', [LUKASHENKO], 'The talks lasted three hours. “Our countries must trade more with each other every year,” Mr Putin said.'),
	doc('reported', 'news report', [LUKASHENKO],
		'Vladimir Putin said that trade between the two countries had reached a record level. Machine building remains the main area of cooperation.',
		'The delegations then had lunch.'),
	doc('nested', 'news report', [LUKASHENKO],
		'“We were worried about imports. And today, experts say: "Don\'t worry, we will do everything necessary." We know where to go,” Lukashenka stressed.'),
	doc('headline', 'news report', [LUKASHENKO], 'Lukashenko: Belarus ready to join new projects', 'The parties reaffirmed the relevance of the Treaty on Security Guarantees.'),
	doc('unattributed-quote', 'news report', [LUKASHENKO], 'The talks lasted three hours.', '“We will never give up our sovereignty and independence, whatever happens.”'),
	doc('speech', 'speech', [PUTIN], 'Dear friends, we are glad to see you.', 'Trade between our countries is growing.'),
	doc('split-quote', 'news report', [PUTIN], '“We will build a new plant in Minsk next year,” Aleksandr Lukashenko said, “and it will make trucks for the Russian market.”'),
	// for the failing tests at the end
	doc('initials', 'transcript', [PUTIN, LUKASHENKO], 'V.Putin: We are glad to see you.', 'A.Lukashenko: Thank you, it is an honour to be here.'),
	doc('two-paragraph-quote', 'news report', [PUTIN],
		'The talks lasted three hours.',
		'“We will build a new plant in Minsk next year. It will make trucks for the Russian market.',
		'“And we will also build a second one in Vitebsk, for buses and tractors,” Aleksandr Lukashenko said.'),
	doc('announced-by', 'news report', [LUKASHENKO], 'Belarus fulfills all the agreements with Russia on defence. This was announced today by Vladimir Putin at the talks.'),
	doc('joint-subject', 'news report', [LUKASHENKO], 'Lukashenko and Putin spoke about the integration process', 'The talks lasted three hours.')
];
const short = buildIndex({ name: 'short texts', description: 'written for the attribution tests', documents: SHORT });
/** The same texts without the one that introduces "Russian President Vladimir Putin". */
const withoutIntro = buildIndex({ name: 'short texts', description: '', documents: SHORT.filter((d) => d.id !== 'intro') });

const SEED = fileURLToPath(new URL('../../corpus/seed/', import.meta.url));
const seedCorpus = corpusFromManifest(JSON.parse(readFileSync(SEED + 'manifest.json', 'utf8')), (file) => readFileSync(SEED + file, 'utf8'));
const seed = buildIndex(seedCorpus);

/** Every place `fragment` stands in the document, each with the passages that cover some of it. */
function passagesOver(index: SourceIndex, id: string, fragment: string): Passage[][] {
	const text = index.document(id)?.text ?? '';
	const found: Passage[][] = [];
	for (let at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
		found.push(index.passages(id).filter((p) => p.span.start < at + fragment.length && at < p.span.end));
	}
	if (!found.length) throw new Error(`"${fragment}" is not in ${id}`);
	return found;
}

/** Asserts that every character of every copy of `fragment` is given to `speaker` (by `evidence`, when given). */
function expectSpeaker(index: SourceIndex, id: string, fragment: string, speaker: string | null, evidence?: EvidenceKind) {
	for (const passages of passagesOver(index, id, fragment)) {
		expect(passages.map((p) => p.attribution.speaker), `speaker of "${fragment}"`).toEqual(passages.map(() => speaker));
		if (evidence) expect(passages.map((p) => p.attribution.evidence), `evidence for "${fragment}"`).toEqual(passages.map(() => evidence));
	}
}

describe('attribution on short texts, one pattern each', () => {
	it.each<[string, string, string, string | null, EvidenceKind | undefined]>([
		['a transcript label', 'transcript', 'We are glad to see you here today.', PUTIN, 'transcript label'],
		['the next speaker’s label', 'transcript', 'Thank you, it is an honour to be here.', LUKASHENKO, 'transcript label'],
		['a turn that goes on into the next paragraph', 'transcript', 'We will talk about trade and about energy as well.', LUKASHENKO, 'transcript label'],
		['the text before the first label of a transcript', 'transcript', 'The talks began in Minsk at noon and lasted three hours.', null, 'narration'],
		['a quotation with its attribution after it', 'quote-then-name', 'We will build a new plant in Minsk next year', LUKASHENKO, 'attribution'],
		['the reporter’s sentence before that quotation', 'quote-then-name', 'The talks lasted three hours.', null, 'narration'],
		['a quotation with its attribution before it', 'name-then-quote', 'Our countries must trade more with each other every year.', PUTIN, 'attribution'],
		['"The President stressed," in a report about one president', 'president-then-quote', 'It is necessary to finalise the terms of oil and gas supplies.', LUKASHENKO, 'attribution'],
		['"he said" after a sentence that names the person', 'pronoun', 'We will build a new plant in Minsk next year', PUTIN, 'attribution'],
		['"the Belarusian leader said"', 'roles-here', 'We will build a new plant in Minsk next year', LUKASHENKO, 'attribution'],
		['"the head of state noted" in a Belarusian report', 'roles-here', 'Our countries must trade more with each other every year', LUKASHENKO, 'attribution'],
		['"the Russian leader said", learned from "Russian President Vladimir Putin" in another document', 'role-learned', 'Our countries must trade more with each other every year', PUTIN, 'attribution'],
		['"Mr Putin said"', 'mr', 'Our countries must trade more with each other every year', PUTIN, 'attribution'],
		['reported speech: "Putin said that trade ..."', 'reported', 'trade between the two countries had reached a record level', PUTIN, 'reported speech'],
		['an unattributed sentence that continues reported speech', 'reported', 'Machine building remains the main area of cooperation.', PUTIN, undefined],
		['the next paragraph of narration', 'reported', 'The delegations then had lunch.', null, 'narration'],
		['the words around a nested quotation', 'nested', 'We were worried about imports.', LUKASHENKO, 'attribution'],
		['a nested quotation of someone else ("experts say")', 'nested', "Don't worry, we will do everything necessary.", null, 'quoted by another'],
		['a headline "Lukashenko: ..."', 'headline', 'Belarus ready to join new projects', LUKASHENKO, 'headline'],
		['narration: "The parties reaffirmed ..."', 'headline', 'The parties reaffirmed the relevance of the Treaty on Security Guarantees.', null, 'narration'],
		['an unattributed quotation in a news report', 'unattributed-quote', 'We will never give up our sovereignty and independence', LUKASHENKO, 'default speaker'],
		['a news report’s own sentence', 'unattributed-quote', 'The talks lasted three hours.', null, 'narration'],
		['every paragraph of a speech', 'speech', 'Trade between our countries is growing.', PUTIN, 'default speaker'],
		['both halves of a quotation split by its attribution', 'split-quote', 'and it will make trucks for the Russian market.', LUKASHENKO, undefined],
		['the first half of that quotation', 'split-quote', 'We will build a new plant in Minsk next year', LUKASHENKO, undefined]
	])('%s (%s)', (_pattern, id, fragment, speaker, evidence) => expectSpeaker(short, id, fragment, speaker, evidence));

	it('learns "the Russian leader" from the corpus, not from a list: without the introduction it is not Putin', () => {
		const [passages] = passagesOver(withoutIntro, 'role-learned', 'Our countries must trade more with each other every year');
		expect(passages.map((p) => p.attribution.speaker)).not.toContain(PUTIN);
	});

	it('names the evidence: the cue is the attribution as written, and its span points at it', () => {
		const text = short.document('quote-then-name')!.text;
		const [passages] = passagesOver(short, 'quote-then-name', 'We will build a new plant in Minsk next year');
		const { cue, cueSpan } = passages[0].attribution;
		expect(cue).toMatch(/Aleksandr Lukashenko said/);
		expect(cueSpan).not.toBeNull();
		expect(text.slice(cueSpan!.start, cueSpan!.end)).toMatch(/Aleksandr Lukashenko/);
	});
});

describe('attribution on the seed documents (as SPEC.md and the development set decide)', () => {
	const KREMLIN = '2025-03-13-kremlin-russian-belarusian-talks';
	const BELTA = '2025-03-13-belta-ambitious-national-projects';
	const BBABO = '2023-02-17-bbabo-integration-process';
	const SB_PRIORITY = '2024-05-24-sb-priority-areas';
	it.each<[string, string, string | null]>([
		[KREMLIN, 'Over 80 Russian regions maintain relations at the regional level', PUTIN], // d002
		[KREMLIN, 'Nevertheless, it is still a record level according to both sides.', PUTIN], // d047
		[KREMLIN, 'Mr Lukashenko, I am delighted to see you.', PUTIN], // SPEC: names inside the quote
		[KREMLIN, 'We are creating a unique entity named the Union State', LUKASHENKO], // d061
		[KREMLIN, 'we are alive and kicking', LUKASHENKO], // d032
		[KREMLIN, 'The talks began in a face-to-face format', null], // d063: narration before the first label
		[BBABO, 'What is most important and what makes me very happy', PUTIN], // d066: 'the Russian leader emphasized'
		[BBABO, 'Belarusians make up to a thousand components for the MC21 Sushoi Superjet.', LUKASHENKO], // d059
		[BBABO, "Don't worry, tell Vladimir Vladimirovich, we will do everything necessary.", null], // d008: the experts' words
		[BBABO, 'Recall that today in Novo-Ogaryovo there is a regular meeting', null],
		[BELTA, "It's time to seriously consider its more efficient use.", LUKASHENKO], // d045, both copies
		[BELTA, 'Time flies and poses many questions for us', LUKASHENKO], // d019, both copies
		[BELTA, 'We have completely reoriented ourselves.', LUKASHENKO], // d071, both copies
		[BELTA, 'In this regard, the head of state recalled the proposal', LUKASHENKO], // d048: reported speech
		[BELTA, 'The parties reaffirmed the relevance of the Treaty on Security Guarantees', null], // d028, both copies
		[SB_PRIORITY, 'Both sides will benefit from this.', LUKASHENKO] // d060
	])('in %s gives "%s" to %s', (id, fragment, speaker) => expectSpeaker(seed, id, fragment, speaker));

	it.each(seedCorpus.documents.map((d) => [d.id]))('tiles %s: passages sorted, contiguous, covering every character once', (id) => {
		const length = seed.document(id)!.text.length;
		const passages = seed.passages(id);
		expect(passages.length).toBeGreaterThan(0);
		expect(passages[0].span.start).toBe(0);
		expect(passages.at(-1)!.span.end).toBe(length);
		for (let i = 0; i < passages.length; i++) {
			expect(passages[i].span.end).toBeGreaterThan(passages[i].span.start);
			if (i > 0) expect(passages[i].span.start).toBe(passages[i - 1].span.end);
		}
	});

	it('gives words only to people in the manifest, in their canonical spelling', () => {
		const people = new Set(seed.people());
		for (const d of seedCorpus.documents) {
			for (const p of seed.passages(d.id)) if (p.attribution.speaker !== null) expect(people).toContain(p.attribution.speaker);
		}
	});
});

/** Two curly quotations still open when the text ends: the case of the failing test below. */
function twoQuotationsLeftOpenAtTheEnd(text: string): boolean {
	const last = text.slice(text.lastIndexOf('\n') + 1);
	const count = (marks: RegExp) => (last.match(marks) ?? []).length;
	return count(/[“„«]/g) - count(/[”»]/g) >= 2;
}

describe('attribution tiles any text (property)', () => {
	const piece = fc.constantFrom(
		'Vladimir Putin: ', 'Aleksandr Lukashenko: ', 'Lukashenko: ', '“', '”', '"', '« ', ' »', ', he said. ', ' the head of state noted. ',
		'the Russian leader emphasized that ', 'Putin said that ', 'experts say: ', 'Trade is growing', ' fast', '. ', '\n', '\n\n', ' ', 'The parties agreed', '…', '–'
	);
	const text = fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 30 }).map((parts) => parts.join(''));
	const kind = fc.constantFrom<DocumentKind | undefined>('speech', 'transcript', 'news report', undefined);
	it('covers every character of every document exactly once, whatever its text and kind', () => {
		fc.assert(
			fc.property(text, kind, fc.constantFrom<string[][]>([], [PUTIN], [LUKASHENKO, PUTIN]), (t, k, speakers) => {
				fc.pre(!twoQuotationsLeftOpenAtTheEnd(t));
				const index = buildIndex({ name: 'p', description: '', documents: [{ id: 'd', title: 'd', text: t, kind: k, speakers: [...speakers] }] });
				let cursor = 0;
				for (const p of index.passages('d')) {
					expect(p.span.start).toBe(cursor);
					expect(p.span.end).toBeGreaterThan(p.span.start);
					cursor = p.span.end;
				}
				expect(cursor).toBe(t.length);
			}),
			{ numRuns: 150 }
		);
	}, 30_000);
});

describe('attribution: regressions these tests found', () => {
	// Regression test; the engine had this bug (found by the tiling property): findQuotations clamps an unclosed quotation to
	// its paragraph's end only at the top level; a NESTED one left open keeps end = paragraph end
	// + 1, so at the end of a document the last passage runs one character past the text.
	it('keeps passages inside the text when a nested quotation is left open at its end', () => {
		const text = 'He said: “They told us: “We will build a new plant in Minsk';
		const index = buildIndex({ name: 'p', description: '', documents: [{ id: 'd', title: 'd', text, kind: 'news report', speakers: [] }] });
		expect(index.passages('d').at(-1)!.span.end).toBe(text.length);
	});

	// Regression test; the engine had this bug: issue 5 lists "A.Lukashenko:" as a transcript label, but the name reader takes
	// "A.Lukashenko" for one word, so the label is not resolved to the manifest's person and the
	// turn is given to a speaker "A.Lukashenko" who is not in the manifest.
	it('resolves a label with an initial ("A.Lukashenko:") to the manifest’s person', () =>
		expectSpeaker(short, 'initials', 'Thank you, it is an honour to be here.', LUKASHENKO)
	);

	// Regression test; the engine had this bug: a quotation that runs over two paragraphs (the first left open, the second
	// reopened, as English prints it) is attributed paragraph by paragraph, so the first
	// paragraph falls to the document's default speaker (Putin) instead of the person named
	// after the quotation closes (Lukashenko). Issue 5 lists this pattern.
	it('gives every paragraph of a multi-paragraph quotation to the person named after it', () =>
		expectSpeaker(short, 'two-paragraph-quote', 'It will make trucks for the Russian market.', LUKASHENKO)
	);

	// Regression test; the engine had this bug: "X. This was announced today by Vladimir Putin" gives the second sentence to
	// Putin but leaves X, the statement he announced, as the publisher's narration.
	it('gives a statement to the person a following "this was announced by" names', () =>
		expectSpeaker(short, 'announced-by', 'Belarus fulfills all the agreements with Russia on defence.', PUTIN)
	);

	// Regression test; the engine had this bug: the nearest name before the speech verb is taken as its subject, so in
	// "Lukashenko and Putin spoke about the integration process" (the bbabo title, twice) the
	// title is given to Putin alone. It is the publisher's headline about both, not Putin's words.
	it('does not give a sentence about two people speaking to the second of them', () =>
		expectSpeaker(short, 'joint-subject', 'Lukashenko and Putin spoke about the integration process', null)
	);
});
