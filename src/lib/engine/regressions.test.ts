/**
 * Claims that once got a wrong verdict (most found by `npm run bench` and by probing
 * beyond the development set), each with the verdict SPEC.md gives it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIndex, corpusFromManifest, verify, type CorpusDocument, type Verdict } from './index.ts';

const SEED = fileURLToPath(new URL('../corpus/seed/', import.meta.url));
const seed = buildIndex(corpusFromManifest(JSON.parse(readFileSync(SEED + 'manifest.json', 'utf8')), (file) => readFileSync(SEED + file, 'utf8')));

const speech = (id: string, speaker: string, text: string): CorpusDocument => ({ id, title: id, text, kind: 'speech', speakers: [speaker] });
/** Two presidents who share a surname, one with a short one, and a speech quoting a third. */
const speeches = buildIndex({
	name: 'speeches',
	description: '',
	documents: [
		speech('1905', 'Theodore Roosevelt', 'The nation must keep its forests for the people who come after us. We shall build the canal.'),
		speech('1941', 'Franklin D Roosevelt', 'We look forward to a world founded upon four essential human freedoms. The first is freedom of speech.'),
		speech('1877', 'Rutherford B Hayes', 'The House of Representatives will receive the estimates of the appropriations for the coming year.'),
		speech('1996', 'William J Clinton', 'The era of big government is over. But we cannot go back to the time when our citizens were left to fend for themselves.')
	]
});

describe('verify: claims that once went wrong', () => {
	it.each<[string, Verdict]>([
		// A model number is not a spelling of another (was close).
		['Belarusians make up to a thousand components for the MC26 Sushoi Superjet.', 'altered'],
		['they are ready to enter the production of the MiG-85 aircraft', 'altered'],
		// A changed figure in a claim about growth (was not_found: "grew" never met "grown").
		['Putin said trade grew 7.5 percent', 'altered'],
		// A prefix that reverses the word is not a typo (was close).
		['Our economic ties are regressing in the best possible way, despite all the difficulties of an external nature.', 'altered'],
		// An antonym by stem (was reworded).
		['Trade turnover is falling, it reached a record level last year.', 'altered'],
		// Several words dropped at the edge are not a trivial cut (was close).
		['Just like you, meetings and talks, of course.', 'reworded'],
		// A figure the sentence around states is not a change (was altered).
		['Putin said bilateral trade reached just over $50 billion by the Russian estimate.', 'reworded'],
		// Word salad from the corpus's own word pairs shares no phrase with it (was reworded).
		['Were really important people from russia is being with a partner.', 'not_found'],
		['Which is one of our economic sanctions were as it is.', 'not_found'],
		// One real phrase padded with a word repeated: the repeats stood for the passage's words (was reworded, FC_SEED=4 of collage.test.ts).
		['Mr Putin, thank moscow florbish moscow florbish moscow ways', 'not_found']
	])('%j is %s', (claim, verdict) => {
		expect(verify(claim, seed).verdict).toBe(verdict);
	});
});

describe('verify: speakers that once went wrong', () => {
	it.each<[string, Verdict, string | null]>([
		// Franklin is not Theodore (the registry merged them once).
		['"We look forward to a world founded upon four essential human freedoms," Franklin Roosevelt said.', 'exact', 'Franklin D Roosevelt'],
		['"We look forward to a world founded upon four essential human freedoms," Theodore Roosevelt said.', 'misattributed', 'Theodore Roosevelt'],
		// A bare shared surname names whichever of them spoke.
		['"We shall build the canal," Roosevelt said.', 'exact', 'Theodore Roosevelt'],
		// Bill is William (was misattributed to himself).
		['Bill Clinton: "The era of big government is over."', 'exact', 'William J Clinton'],
		// "House" is not "Hayes", and a capitalised phrase with "of" is no label (was misattributed);
		// the colon the source does not have is a punctuation difference.
		['House of Representatives: will receive the estimates of the appropriations for the coming year', 'close', null],
		// A plural noun after an unknown name is not a verb of saying (was misattributed); it replaced the subject.
		['Various American claims will receive the estimates of the appropriations for the coming year', 'altered', null]
	])('%j is %s, naming %j', (claim, verdict, claimed) => {
		const result = verify(claim, speeches);
		expect(result.verdict).toBe(verdict);
		expect(result.claim.claimedSpeaker).toBe(claimed);
	});
});

/** Claims the verdict issue (9) and the hostile try of the app (issue 10) found wrong on the bundled corpus. */
describe('verify: the cases of issues 9 and 10, on the bundled corpus', () => {
	it.each<[string, Verdict]>([
		// Made-up sentences that carry one real phrase were "the same statement in other words" (reworded).
		['Minsk drones will get things going in the transportation sector by railroad.', 'not_found'],
		['The Russian regions need a technological breakthrough for the future of drone production.', 'not_found'],
		// A copy of a word list had drifted: "a fourth" was no figure, and came out reworded.
		['We have held only a fourth part of the scheduled talks.', 'altered'],
		// A figure swapped for another figure of the same passage was reworded (the claim's 90 stands earlier in it).
		['over 90 percent have done this, and 90 percent of them cast their', 'altered'],
		// A negation before the match was trimmed away ("no longer necessary").
		['it is still necessary to agitate anyone', 'altered'],
		// Invisible characters pasted from a web page broke an exact quote (not found).
		['We can manu\u00ADfacture every\u200Bthing.', 'exact'],
		['\uFEFFWe can\u2060 manufacture\u200C everything\u200D.', 'exact'],
		// A name in Cyrillic named nobody the corpus knows (misattributed: "not Лукашенко's").
		['Лукашенко said: "We can manufacture everything"', 'exact'],
		// A Russian speech verb after the quote was read as quoted words.
		['"We can manufacture everything," сказал Путин', 'misattributed'],
		// A bare name was exact: it is only a speaker, nothing to check.
		['Vladimir Putin', 'not_found'],
		['President Lukashenko', 'not_found']
	])('%j is %s', (claim, verdict) => {
		expect(verify(claim, seed).verdict).toBe(verdict);
	});

	it('says a bare name is nothing to check', () => {
		const result = verify('Vladimir Putin', seed);
		expect(result.notFound).toBe('nothing to check');
		expect(result.reason).toMatch(/Nothing to check/);
	});

	it('never calls exact a long paste of real words with a fabricated tail, and says what was checked', () => {
		const kremlin = seed.document('2025-03-13-kremlin-russian-belarusian-talks')!.text;
		const real = kremlin.slice(kremlin.indexOf('Bilateral')).split(/\s+/).slice(0, 280).join(' ');
		const result = verify(`${real} and Belarus will join NATO next year and leave the Union State for ever`, seed);
		expect(['exact', 'close', 'reworded']).not.toContain(result.verdict);
		const huge = verify(kremlin.repeat(200), seed);
		expect(huge.verdict).not.toBe('exact');
		expect(huge.claim.unchecked).not.toBeNull();
		expect(huge.reason).toMatch(/Only the first [\d,]+ words were checked/);
	});

	it('checks a 700-word paste in pieces and finds it exact when every piece is', () => {
		const kremlin = seed.document('2025-03-13-kremlin-russian-belarusian-talks')!.text;
		const ends = [...kremlin.matchAll(/\S+/g)].map((m) => m.index + m[0].length);
		const claim = kremlin.slice(0, ends[699]);
		const result = verify(claim, seed);
		expect(result.claim.unchecked).toBeNull();
		expect(result.verdict).toBe('exact');
		expect(result.source!.span.start).toBe(0);
	});
});

describe('verify: a negator right before the passage is part of its statement', () => {
	const taxes = buildIndex({
		name: 'taxes',
		description: '',
		documents: [speech('budget', 'Anna Karpova', 'Our plans are clear. We will not raise the value added tax in 2026. Spending will fall.')]
	});
	it.each<[string, Verdict]>([
		['We will raise the value added tax in 2026.', 'altered'],
		['raise the value added tax in 2026', 'altered'],
		['We will not raise the value added tax in 2026.', 'exact'],
		['not raise the value added tax in 2026', 'exact']
	])('%j is %s', (claim, verdict) => {
		expect(verify(claim, taxes).verdict).toBe(verdict);
	});
});

/** When or where around reported speech is frame (a year there was once read as a changed figure: altered). */
describe('verify: the frame of a claim that does not quote', () => {
	it.each<[string, Verdict, string[]]>([
		['Putin said in 2019 that bilateral trade has grown by about 5.7 percent, reaching a record level.', 'exact', ['context']],
		['Bilateral trade has grown by about 5.7 percent, Putin said in Moscow in March 2025.', 'exact', []],
		['In 2025 Putin said that bilateral trade has grown by about 7.5 percent.', 'altered', ['number']]
	])('%j is %s, with differences %j', (claim, verdict, types) => {
		const result = verify(claim, seed);
		expect(result.verdict).toBe(verdict);
		expect(result.claim.claimedSpeaker).toBe('Vladimir Putin');
		expect(result.differences.map((d) => d.type)).toEqual(types);
	});
});

/**
 * A claim that retells a report's sentence, its attribution too, with the occasion turned round
 * (was exact: "before the talks" was dropped as frame, the source says "after the talks").
 */
describe('verify: a fact changed in the frame the source itself states', () => {
	const sentence = (when: string, who = 'Belarusian President Aleksandr Lukashenko') =>
		`Belarus is ready to join ambitious national projects in Russia, ${who} said at a press conference ${when} the talks.`;
	it.each<[string, Verdict, string[]]>([
		[sentence('before'), 'altered', ['word']],
		// The bench's claim, cut mid-sentence as its windows are.
		['is ready to join ambitious national projects in Russia, Belarusian President Aleksandr Lukashenko said at a press conference before the talks with Russian President', 'altered', ['word', 'word']],
		[sentence('before', 'Lukashenko'), 'altered', ['omission', 'word']],
		[sentence('after'), 'exact', []],
		// An occasion the source's sentence does not state stays frame: the words stand.
		['Bilateral trade has grown by about 5.7 percent, Putin said at a press conference before the talks.', 'exact', []],
		// Quotation marks: only the quoted words are checked (SPEC, "The claim's frame").
		['“Belarus is ready to join ambitious national projects in Russia,” Lukashenko said at a press conference before the talks.', 'exact', []]
	])('%j is %s, with differences %j', (claim, verdict, types) => {
		const result = verify(claim, seed);
		expect(result.verdict).toBe(verdict);
		expect(result.differences.map((d) => d.type)).toEqual(types);
		if (verdict === 'altered') expect(result.differences.find((d) => d.severity === 'meaning')).toMatchObject({ claim: 'before', source: 'after' });
	});
});

/**
 * Quotation marks promise the very words: a word or a short phrase put for another inside a
 * verbatim stretch of a quote is a change (was reworded: "axis of peace" for "axis of evil",
 * "the failure of the schools" for "the dissolution of the family"). Reported speech promises
 * only the statement, but one that keeps every other word of a long stretch and puts one word
 * for another says another thing (was reworded: "privatisation" for "modernisation").
 * Words a quoting claim reports besides its quote are claimed too.
 */
describe('verify: what a quotation promises', () => {
	it.each<[string, Verdict]>([
		['"We look forward to a nation founded upon four essential human freedoms," Franklin Roosevelt said.', 'altered'],
		// Reported speech that keeps eight words verbatim beside the one it changes says another thing...
		['Franklin Roosevelt said we look forward to a nation founded upon four essential human freedoms.', 'altered'],
		// ...but a phrase for a phrase, or a word reworded besides, is how reported speech paraphrases.
		['Franklin Roosevelt said we look forward to a world built on four essential human freedoms.', 'reworded'],
		['Franklin Roosevelt said we looked forward to a nation founded upon four essential human freedoms.', 'reworded'],
		// Two words in two places of a quote, or its last word, put for others are changes too.
		['"We look forward to a nation founded upon four essential divine freedoms," Franklin Roosevelt said.', 'altered'],
		['"But we cannot go back to the time when our soldiers were left to fend for themselves," Clinton said.', 'altered'],
		['"The House of Representatives will receive the estimates of the appropriations for the coming decade," Hayes said.', 'altered'],
		['Hayes said the House of Representatives will receive the estimates of the appropriations for the coming decade.', 'altered'],
		['"We look forward to a world founded upon four essential human freedoms," Franklin Roosevelt said.', 'exact'],
		['"We look forward to a wrold founded upon four essential human freedoms," Franklin Roosevelt said.', 'reworded'],
		// Near the end of the quote too, with one verbatim word after it; another form of the word is a rewording.
		['"We look forward to a world founded upon four essential human duties and freedoms," Franklin Roosevelt said.', 'reworded'],
		['"We look forward to a world founded upon four essential divine freedoms," Franklin Roosevelt said.', 'altered'],
		['"We look forward to a world founded upon four essentially human freedoms," Franklin Roosevelt said.', 'reworded'],
		['Franklin Roosevelt spoke of "four essential human freedoms" and said that the first is freedom from taxes.', 'not_found']
	])('%j is %s', (claim, verdict) => {
		expect(verify(claim, speeches).verdict).toBe(verdict);
	});

	it.each([
		'Franklin Roosevelt spoke of "four essential human freedoms" and said that the first is freedom from taxes.',
		'"We look forward to a world founded upon four essential human freedoms," Roosevelt said, adding that the first is freedom from taxes.',
		'Roosevelt said "the first is freedom of speech" and called for a tax on every newspaper in the land.'
	])('checks the words %j reports besides its quote (was exact on the quote alone)', (claim) => {
		const result = verify(claim, speeches);
		const checked = result.claim.quoteSpans.map((s) => claim.slice(s.start, s.end)).join(' ');
		expect(checked).toMatch(/taxes|tax on every newspaper/);
		expect(result.verdict).not.toBe('exact');
	});
});

/** A negator before the passage is the claim's, wherever the claim puts it (was altered: "not" against "Nor"). */
it('reads "the country was not disposed" as the "Nor is the country disposed" before it', () => {
	const coolidge = buildIndex({ name: 'c', description: '', documents: [speech('1924', 'Calvin Coolidge', 'Nor is the country disposed to become a member of the League of Nations.')] });
	expect(verify('Coolidge said the country was not disposed to become a member of the League of Nations.', coolidge).verdict).toBe('reworded');
	expect(verify('Coolidge said the country was disposed to become a member of the League of Nations.', coolidge).verdict).toBe('altered');
});

/** The negator of an idiom negates nothing (was altered: "warned that" for "make no mistake about it" read as a negation dropped). */
it('reads "make no mistake about it" as no negation', () => {
	const clinton = buildIndex({ name: 'c', description: '', documents: [speech('1996', 'William J Clinton', 'Through these efforts, we have enhanced the security of the American people, but make no mistake about it: important challenges remain.')] });
	expect(verify('Clinton said the efforts had enhanced the security of the American people, but warned that important challenges remain.', clinton).verdict).toBe('reworded');
	expect(verify('Clinton said the efforts had enhanced the security of the American people, but that no important challenges remain.', clinton).verdict).toBe('altered');
});

/** A role after a quote names the person the source gives it to (its case-blind pattern once let "leader said" pass for a name). */
it('reads "the Belarusian leader said" after a quote as Lukashenko', () => {
	const result = verify('"All sorts of statements and promises are just that: statements and promises," the Belarusian leader said.', seed);
	expect(result.claim.claimedSpeaker).toBe('Aleksandr Lukashenko');
	expect(result.verdict).toBe('exact');
});

/** A quantifier negator before the passage is a word the claim leaves out (was reworded: the claim's "not" read as restating "none"). */
it('reads "of the powers would not approve" against "none of the powers would approve" as altered', () => {
	const taft = buildIndex({ name: 't', description: '', documents: [speech('1912', 'William H Taft', 'It was plain that none of the interested powers would approve the making of loans by its nationals.')] });
	expect(verify('of the interested powers would not approve the making of loans by its nationals', taft).verdict).toBe('altered');
	expect(verify('of the interested powers would approve the making of loans by its nationals', taft).verdict).toBe('altered');
	expect(verify('none of the interested powers would approve the making of loans by its nationals', taft).verdict).toBe('exact');
});

/** A clause of the claim's own at an edge, of few content words, is not the passage's statement (was reworded). */
it('reads a clause added at an edge of a real sentence as not found, a different cut as standing', () => {
	const sentence = 'In less time than that, however, we shall have attained a marked degree of security';
	const cleveland = buildIndex({ name: 'c', description: '', documents: [speech('1896', 'Grover Cleveland', `${sentence}, and the experience of the past year has been instructive.`)] });
	const said = (quote: string) => verify(`"${quote}." — Grover Cleveland`, cleveland).verdict;
	expect(said(`${sentence}, and that was a mistake`)).toBe('not_found');
	expect(said(`Everyone now agrees that ${sentence.toLowerCase()}`)).toBe('not_found');
	expect(said(sentence)).toBe('exact');
	// A conjunction the passage has too is where the claim turns away (was reworded: "..., and they were wrong").
	expect(said(`${sentence}, and they were wrong`)).toBe('not_found');
	// Nor does one put inside it (was reworded); a word put in is only a rewording.
	expect(said(`In less time than that, as even my critics admit, however, we shall have attained a marked degree of security`)).toBe('not_found');
	expect(said(`In less time than that, indeed, however, we shall have attained a marked degree of security`)).toBe('reworded');
	// Two words at the edge cut the sentence differently: the claim still stands.
	expect(said(`${sentence} at last`)).toBe('reworded');
});

/** A short clause put inside a real sentence, two words of its own, does not stand (was reworded: four words were let in). */
it('reads a four-word clause put inside a sentence as not found, a one-word qualifier as reworded', () => {
	const washington = buildIndex({ name: 'w', description: '', documents: [speech('1794', 'George Washington', 'Thirty days being the legal limitation of the employment of the militia, Congress can not be too early occupied with this subject.')] });
	const said = (quote: string) => verify(`"${quote}." — George Washington`, washington).verdict;
	expect(said('Thirty days being the legal limitation of the employment of the militia, which cost a fortune, Congress can not be too early occupied with this subject')).toBe('not_found');
	expect(said('Thirty days being the legal limitation of the employment of the militia, as the generals warned, Congress can not be too early occupied with this subject')).toBe('not_found');
	expect(said('Thirty days being the legal limitation of the employment of the militia, in our law, Congress can not be too early occupied with this subject')).toBe('reworded');
	expect(said('Thirty days being the legal limitation of the employment of the militia, of course, Congress can not be too early occupied with this subject')).toBe('reworded');
});

/** A clause the aligner sets against the passage's next words, leaving the claim's own copy of them unpaired, is still added (was reworded). */
it('reads a clause put before words the passage has next as not found', () => {
	const sentence = 'The effects of the agency in the West Indies are not yet fully ascertained, but those which have been communicated afford grounds to believe the measure will be beneficial.';
	const before = 'In pursuance of the act of Congress passed in the last session for the protection and relief of American sea-men, agents were appointed, one to reside in Great Britain and the other in the West Indies.';
	const after = 'The agent destined to reside in Great Britain declining to accept the appointment, the business has consequently devolved on the minister of the United States in London.';
	const washington = buildIndex({ name: 'w', description: '', documents: [speech('1796', 'George Washington', `${before} ${sentence} ${after}`)] });
	const said = (quote: string) => verify(`"${quote}" — George Washington`, washington).verdict;
	expect(said(sentence.replace('ascertained,', 'ascertained, while prices kept rising,'))).toBe('not_found');
	expect(said(sentence.replace('ascertained,', 'ascertained, clearly,'))).toBe('reworded');
});

/** An aside of function words only before a real fragment is a clause of the claim's own (was reworded: only content words were read as foreign). */
it('reads "Between you and me," before a real fragment as not found, a lead-in "And so" as standing', () => {
	const sentence = 'We must also be on guard against the fatal materialism that plagues our age.';
	const eisenhower = buildIndex({ name: 'e', description: '', documents: [speech('1954', 'Dwight D Eisenhower', `The strength of a nation lies in its people. ${sentence} Our faith is our armor.`)] });
	const said = (quote: string) => verify(`"${quote}." — Dwight D. Eisenhower`, eisenhower).verdict;
	expect(said('Between you and me, the fatal materialism that plagues our age')).toBe('not_found');
	expect(said('the fatal materialism that plagues our age')).toBe('exact');
	expect(said('And so the fatal materialism that plagues our age')).not.toBe('not_found');
});

/** A negator that ends the passage's clause right after the match is part of its statement (was exact: "know it" for "know it not"). */
it('reads a claim that stops before the clause-ending "not" as altered', () => {
	const fdr = buildIndex({
		name: 'f',
		description: '',
		documents: [speech('1938', 'Franklin D Roosevelt', 'Democracy will be restored or established in those nations which today know it not. We will raise taxes not on families but on fortunes.')]
	});
	const verdict = (claim: string) => verify(claim, fdr).verdict;
	expect(verdict('Democracy will be restored or established in those nations which today know it')).toBe('altered');
	expect(verdict('Democracy will be restored or established in those nations which today know it not')).toBe('exact');
	expect(verdict('Democracy will be restored or established in those nations which today do not know it')).toBe('reworded');
	// A "not" that goes on to a phrase of its own negates that phrase, not the words before it.
	expect(verdict('We will raise taxes')).toBe('exact');
});
