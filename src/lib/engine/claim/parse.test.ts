import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseClaim } from './parse.ts';
import { buildIndex, corpusFromManifest } from '../index.ts';
import { scanWords } from '../text/tokenise.ts';

/** The bundled corpus, read as the command line reads it. */
const SEED = fileURLToPath(new URL('../../corpus/seed/', import.meta.url));
const corpus = corpusFromManifest(JSON.parse(readFileSync(SEED + 'manifest.json', 'utf8')), (file) => readFileSync(SEED + file, 'utf8'));
const { registry } = buildIndex(corpus);

const PUTIN = 'Vladimir Putin';
/** The manifest spells him Aleksandr (BelTA, SB) and Alexander (Kremlin, bbabo); the first spelling is canonical. */
const LUKASHENKO = 'Aleksandr Lukashenko';

/** The words of a text, punctuation and quotation marks aside: what the claim asks to check. */
const words = (text: string) => {
	const out: string[] = [];
	scanWords(text, (raw) => out.push(raw));
	return out;
};
const parse = (claim: string) => {
	const parsed = parseClaim(claim, registry);
	return { ...parsed, quote: claim.slice(parsed.quoteSpan.start, parsed.quoteSpan.end) };
};

describe('parseClaim: who the claim says spoke, and the words to check', () => {
	it.each<[string, string | null, string]>([
		// "..." X said / said X
		['"We can manufacture everything," Lukashenko said.', LUKASHENKO, 'We can manufacture everything'],
		['“We can manufacture everything,” Lukashenko said.', LUKASHENKO, 'We can manufacture everything'],
		['"We can manufacture everything," said Putin.', PUTIN, 'We can manufacture everything'],
		['"We can manufacture everything," Lukashenka stressed.', LUKASHENKO, 'We can manufacture everything'],
		// X: "..."
		['Putin: "We can manufacture everything."', PUTIN, 'We can manufacture everything'],
		['President of the Republic of Belarus Alexander Lukashenko: We are alive and kicking.', LUKASHENKO, 'We are alive and kicking'],
		['Lukashenka said: We can manufacture everything.', LUKASHENKO, 'We can manufacture everything'],
		['Mr Putin said: "We can manufacture everything."', PUTIN, 'We can manufacture everything'],
		// reported speech: the clause after "that" is what is checked
		['Putin said that trade is growing fast.', PUTIN, 'trade is growing fast'],
		['Lukashenko told reporters that trade is growing fast.', LUKASHENKO, 'trade is growing fast'],
		['Lukashenko claimed that we can manufacture everything.', LUKASHENKO, 'we can manufacture everything'],
		// ... with when or where between the verb and "that", or after the attribution at the end
		['Putin said in 2025 that trade is growing fast.', PUTIN, 'trade is growing fast'],
		['Putin said on March 13, 2025 that trade is growing fast.', PUTIN, 'trade is growing fast'],
		['Lukashenko told reporters in Moscow last March that trade is growing fast.', LUKASHENKO, 'trade is growing fast'],
		['Trade is growing fast, Putin said in Moscow in 2025.', PUTIN, 'Trade is growing fast'],
		['In 2025 Putin said that trade is growing fast.', PUTIN, 'trade is growing fast'],
		['In his talks in Moscow Lukashenko said that trade is growing fast.', LUKASHENKO, 'trade is growing fast'],
		// ... but a "that" of the reported words themselves stays in them
		['Putin said trade in goods that Belarus makes is growing fast.', PUTIN, 'trade in goods that Belarus makes is growing fast'],
		// according to X
		['according to Putin, trade is growing fast.', PUTIN, 'trade is growing fast'],
		['According to Putin, trade is growing fast.', PUTIN, 'trade is growing fast'],
		// "..." — X
		['"We can manufacture everything." — Lukashenko', LUKASHENKO, 'We can manufacture everything'],
		['"We can manufacture everything" - Lukashenko', LUKASHENKO, 'We can manufacture everything'],
		['• “Both sides will benefit from this.” — Lukashenko', LUKASHENKO, 'Both sides will benefit from this'],
		// X's words
		['Putin\'s words: "We can manufacture everything."', PUTIN, 'We can manufacture everything'],
		// roles are names
		['the Russian president said that trade is growing fast.', PUTIN, 'trade is growing fast'],
		['The Russian president said that trade is growing fast.', PUTIN, 'trade is growing fast'],
		['"We can manufacture everything," said the Belarusian leader.', LUKASHENKO, 'We can manufacture everything'],
		// a person the corpus does not know is named as written
		['"The era of big government is over." — Bill Clinton, State of the Union 1996', 'Bill Clinton', 'The era of big government is over'],
		['Bill Clinton said that the era of big government is over.', 'Bill Clinton', 'the era of big government is over'],
		// a source note names no one
		['"The era of big government is over." — State of the Union, 1996', null, 'The era of big government is over'],
		// a pronoun names no one
		['he said we can manufacture everything.', null, 'we can manufacture everything'],
		['"We can manufacture everything," he said.', null, 'We can manufacture everything'],
		// names inside the quote do not name the speaker
		['"Mr Lukashenka, I am delighted to see you."', null, 'Mr Lukashenka, I am delighted to see you'],
		['"Mr Putin, thank you very much."', null, 'Mr Putin, thank you very much'],
		['"As Putin said, we are brothers."', null, 'As Putin said, we are brothers'],
		// ...but the attribution outside the quote does
		['"Mr Putin, thank you very much," Lukashenko said.', LUKASHENKO, 'Mr Putin, thank you very much'],
		// paste debris goes, with no speaker
		['• "We can manufacture everything."', null, 'We can manufacture everything'],
		['1. We can manufacture everything.', null, 'We can manufacture everything'],
		['Quote: We can manufacture everything.', null, 'We can manufacture everything'],
		['We can manufacture everything. https://t.co/abc123', null, 'We can manufacture everything'],
		['We can manufacture everything. #Belarus', null, 'We can manufacture everything'],
		['We can manufacture everything. (Reuters, 2024)', null, 'We can manufacture everything'],
		['• "We can manufacture everything," Lukashenko said. https://t.co/abc123', LUKASHENKO, 'We can manufacture everything']
	])('reads %j as said by %s: %j', (claim, speaker, quote) => {
		const parsed = parse(claim);
		expect(parsed.claimedSpeaker).toBe(speaker);
		expect(words(parsed.quote)).toEqual(words(quote));
	});

	it('does not take "according to Belarusian statistics" for a person', () => {
		const parsed = parse('Trade grew by 5.7 percent, according to Belarusian statistics');
		expect(parsed.claimedSpeaker).toBeNull();
		expect(words(parsed.quote).slice(0, 5)).toEqual(['Trade', 'grew', 'by', '5.7', 'percent']);
	});

	it('keeps the claim exactly as pasted, with the quote span inside it', () => {
		const claim = '  • “We can manufacture everything,” Lukashenko said.  ';
		const parsed = parse(claim);
		expect(parsed.original).toBe(claim);
		expect(parsed.quoteSpan.start).toBeGreaterThanOrEqual(0);
		expect(parsed.quoteSpan.end).toBeLessThanOrEqual(claim.length);
		expect(parsed.attributionText).toMatch(/Lukashenko said/);
	});

	it('leaves nothing to check in an attribution alone', () => {
		const parsed = parse('Lukashenko said');
		expect(words(parsed.quote)).toEqual([]);
	});

	it('reads a claim with no attribution as all quote and no speaker', () => {
		const parsed = parse('We can manufacture everything.');
		expect(parsed.claimedSpeaker).toBeNull();
		expect(parsed.attributionText).toBeNull();
		expect(words(parsed.quote)).toEqual(words('We can manufacture everything'));
	});
});

describe('parseClaim: cases these tests found broken (fixed in the engine since)', () => {
	// A paste label other than "Quote:" was read as a transcript-style speaker label, so
	// "Note: ..." named a speaker "Note" and verify() answered `misattributed`.
	it.each(['Note: We can manufacture everything.', 'BREAKING: We can manufacture everything.', 'Update: We can manufacture everything.'])(
		'does not take the label of %j for a speaker',
		(claim) => {
			const parsed = parse(claim);
			expect(parsed.claimedSpeaker).toBeNull();
			expect(words(parsed.quote)).toEqual(words('We can manufacture everything'));
		}
	);

	// Words after a dash that contained "of the" were cut off as a source note, unchecked.
	it('keeps the words after a dash that are not a source note', () => {
		const parsed = parse('Bilateral trade has grown by about 5.7 percent – the highest growth of the decade');
		expect(words(parsed.quote)).toContain('decade');
		expect(parsed.claimedSpeaker).toBeNull();
	});

	// The last capitalised name won: "as stated by X at talks with Y" named Y.
	it('reads "as stated by X at talks with Y" as naming X', () => {
		const parsed = parse(
			'Industry, import substitution, energy, regional co-operation and public procurement are priority areas that require close attention in the Union State – as stated by President of Belarus Aleksandr Lukashenko at today’s talks with Russian President Vladimir Putin'
		);
		expect(parsed.claimedSpeaker).toBe(LUKASHENKO);
		expect(words(parsed.quote).at(-1)).toBe('State');
	});
});

describe('parseClaim: regressions these tests found', () => {
	// Regression test; the engine had this bug: a clause after a spaced dash of at most ten words that starts with a capital
	// is taken for a source note ("— State of the Union, 1996") and cut off unchecked, though
	// it is the claim's own words with a verb, not a title.
	it('keeps a capitalised clause after a dash', () => {
		const parsed = parse('Bilateral trade has grown by about 5.7 percent – Belarus will join the European Union');
		expect(words(parsed.quote)).toContain('Union');
	});

	// Regression test; the engine had this bug: "To say the least, there are grounds for pessimism"
	// read "To" as someone who says what follows, so an exact quote was called misattributed to "To".
	// An unknown name that is a function word ("To", "As", "If") names nobody.
	it.each(['To say the least, there are grounds for pessimism.', 'As said before, the treaty failed.', 'If said plainly: the treaty failed.'])('takes no speaker from a function word: %s', (claim) => {
		const parsed = parse(claim);
		expect(parsed.claimedSpeaker).toBeNull();
		expect(parsed.quote).toBe(claim);
	});
});
