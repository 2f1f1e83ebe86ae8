/**
 * Statement finding on hand-written articles (tests/fixtures/articles/): every statement a
 * reader would check, by hand, with its speaker. Recall, precision and speaker accuracy are
 * measured over all of them and printed; each must be at least 95%.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, corpusFromManifest } from '../index.ts';
import { readArticle, type Statement } from './index.ts';

const seed = 'src/lib/corpus/seed/';
const corpus = corpusFromManifest(JSON.parse(readFileSync(seed + 'manifest.json', 'utf8')), (f) => readFileSync(seed + f, 'utf8'));
const index = buildIndex(corpus);
const article = (name: string) => readFileSync(`tests/fixtures/articles/${name}`, 'utf8');

const LUKASHENKO = 'Aleksandr Lukashenko';
const PUTIN = 'Vladimir Putin';

/** Per article: each statement's words as the article prints them (its span), and the speaker the article gives it. */
const EXPECTED: Record<string, [string, string | null][]> = {
	'news-report.txt': [
		['Belarus is ready to join ambitious national projects in Russia.', LUKASHENKO],
		['We can manufacture everything,” the Belarusian leader said, “and it doesn\'t take much time to get things going.', LUKASHENKO],
		['bilateral trade has grown by about 7.5 percent.', PUTIN],
		['Our economic ties are progressing in the best possible way, despite all the difficulties of an external nature', PUTIN],
		['the talks would go on for a second day.', 'Dmitry Peskov'],
		['The presidents will speak again tomorrow morning', 'Dmitry Peskov'],
		['They told me, “Do not hope for anything big,” and they were right', PUTIN],
		['We need to trust only the hard evidence', PUTIN]
	],
	'feature-block-quotes.md': [
		['The pressure on Belarus and Russia is not weakening.\n> Although it is already clear that it is useless to put pressure on us.', LUKASHENKO],
		['Mr Lukashenko, I am delighted to see you.', PUTIN],
		["We can manufacture everything. And it doesn't take much time to get things going.", LUKASHENKO]
	],
	'transcript-qa.txt': [
		['We have held only a third part of the scheduled talks. We will continue tomorrow, if necessary, and the day after tomorrow to think about prospects.', LUKASHENKO],
		['The pressure on Belarus and Russia is not weakening.', LUKASHENKO],
		['Bilateral trade has grown by about 7.5 percent, reaching a record level.', PUTIN]
	],
	'draft-mixed-quotes.txt': [
		['We will be glad to help with new ambitious national projects', LUKASHENKO],
		['We do not need to hope for something big in this situation', PUTIN],
		['Belarusian components are used in cars and aircraft made in Russia.', LUKASHENKO],
		["It's time to seriously consider its more efficient use", LUKASHENKO],
		['First of all, the possibilities of railroad transportation.', LUKASHENKO]
	],
	'no-quotes.txt': []
};

type Tally = { expected: number; found: number; matched: number; speakerRight: number };

/** A found statement is the expected one when they share at least half of the longer of the two. */
function sameStatement(found: Statement, start: number, end: number): boolean {
	const shared = Math.min(found.span.end, end) - Math.max(found.span.start, start);
	return shared > 0 && shared >= 0.5 * Math.max(end - start, found.span.end - found.span.start);
}

function score(name: string): Tally {
	const text = article(name);
	const reading = readArticle(text, index.registry);
	if (!reading.ok) throw new Error(`statements.test: ${name} was refused: ${reading.message}`);
	const tally: Tally = { expected: EXPECTED[name].length, found: reading.statements.length, matched: 0, speakerRight: 0 };
	for (const [words, speaker] of EXPECTED[name]) {
		const start = text.indexOf(words);
		if (start < 0) throw new Error(`statements.test: "${words}" is not in ${name}`);
		const found = reading.statements.find((s) => sameStatement(s, start, start + words.length));
		if (!found) continue;
		tally.matched++;
		if (found.speaker === speaker) tally.speakerRight++;
	}
	return tally;
}

describe('statement finding on the fixture articles', () => {
	const tallies = Object.keys(EXPECTED).map((name) => [name, score(name)] as const);
	const total = tallies.reduce((t, [, x]) => ({ expected: t.expected + x.expected, found: t.found + x.found, matched: t.matched + x.matched, speakerRight: t.speakerRight + x.speakerRight }), { expected: 0, found: 0, matched: 0, speakerRight: 0 });
	const recall = total.matched / total.expected;
	const precision = total.matched / total.found;
	const speakers = total.speakerRight / total.matched;
	console.log(`statements: ${total.expected} expected, ${total.found} found, ${total.matched} right: recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%, speaker right ${(speakers * 100).toFixed(1)}%`);
	for (const [name, t] of tallies) console.log(`  ${name}: ${t.matched} of ${t.expected} found, ${t.found - t.matched} extra, ${t.speakerRight} speakers right`);

	it('finds at least 95% of the statements', () => expect(recall).toBeGreaterThanOrEqual(0.95));
	it('finds at least 95% real statements among those it finds', () => expect(precision).toBeGreaterThanOrEqual(0.95));
	it('gives at least 95% of the statements found the speaker the article gives them', () => expect(speakers).toBeGreaterThanOrEqual(0.95));
	it('finds nothing in an article where nobody is quoted, and says so', () => {
		const reading = readArticle(article('no-quotes.txt'), index.registry);
		expect(reading.ok && reading.statements).toEqual([]);
		expect(reading.ok && reading.notices[0]).toMatch(/No statement to check/);
	});
	it('reads a quotation split by its attribution as one statement with two stretches', () => {
		const reading = readArticle(article('news-report.txt'), index.registry);
		const split = reading.ok ? reading.statements.find((s) => s.kind === 'split quotation') : undefined;
		expect(split?.stretches.length).toBe(2);
		expect(split?.speaker).toBe(LUKASHENKO);
	});
});
