import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameSkeleton, normalisePunctuation, normaliseWord, spellingKey } from './normalise.ts';

/** The spelling key of a word as pasted: what two spellings must share to be one word. */
const key = (raw: string) => spellingKey(normaliseWord(raw));
const skeleton = (raw: string) => nameSkeleton(normaliseWord(raw));

describe('normaliseWord', () => {
	it.each([
		// Unicode NFKC: ligatures, full-width letters, compatibility forms
		['ﬁnal', 'final'],
		['ＰＵＴＩＮ', 'putin'],
		['Ⅻ', 'xii'],
		// letter case and diacritics
		['MANUFACTURE', 'manufacture'],
		['Lukašenka', 'lukasenka'],
		['Café', 'cafe'],
		// every kind of apostrophe becomes the straight one
		['IT’S', "it's"],
		['It‘s', "it's"],
		['donʼt', "don't"],
		['don`t', "don't"],
		// every kind of hyphen becomes "-"
		['co-operation', 'co-operation'],
		['Co‑operation', 'co-operation'],
		['MC‐21', 'mc-21'],
		['MC–21', 'mc-21'],
		['MC—21', 'mc-21'],
		// A soft hyphen only marks where a line may break: it is dropped, like other invisible characters.
		['co\u00ADoperation', 'cooperation'],
		['manu\u200Bfac\u2060ture\uFEFF', 'manufacture'],
		// thousands separators go, decimal marks stay
		['1,000', '1000'],
		['50,000,000', '50000000'],
		['5.7', '5.7'],
		['12,5', '12,5'],
		['1,0000', '1,0000']
	])('reads %s as %s', (raw, expected) => expect(normaliseWord(raw)).toBe(expected));

	// Regression test; the engine had this bug: "´" is in APOSTROPHES, but NFKC runs first and turns it into a space and a
	// combining acute, which the diacritics step then drops: normaliseWord("don´t") = "don t".
	// (And tokenise splits "It´s" into "It" and "s", so "It´s time ..." is only `reworded`.)
	it('reads the acute accent typed as an apostrophe (don´t) as one', () => expect(normaliseWord('don´t')).toBe("don't"));

	it('reads plain ASCII as the whole normalisation does (a soft hyphen, dropped, sends a word through all of it)', () => {
		const ascii = fc.string({ unit: fc.constantFrom(...'aZ09\'.,-`´ ~'), maxLength: 12 });
		fc.assert(
			fc.property(ascii, (word) => {
				expect(normaliseWord(word)).toBe(normaliseWord(`${word}\u00AD`));
			}),
			{ numRuns: 500 }
		);
	});

	it('gives one form to a word however its apostrophes, hyphens and case are typed', () => {
		const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 1, maxLength: 8 });
		// "´" is left out: see the failing test below.
		const apostrophe = fc.constantFrom("'", '’', '‘', 'ʼ', '`');
		const hyphen = fc.constantFrom('-', '‐', '‑', '–', '—');
		const joint = fc.oneof(apostrophe.map((a) => ({ kind: "'", typed: a })), hyphen.map((h) => ({ kind: '-', typed: h })));
		const word = fc.tuple(letters, fc.array(fc.tuple(joint, letters), { maxLength: 3 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }));
		fc.assert(
			fc.property(word, ([head, rest, upper]) => {
				const plain = head + rest.map(([j, w]) => j.kind + w).join('');
				const typed = (head + rest.map(([j, w]) => j.typed + w).join('')).replace(/./g, (c, i: number) => (upper[i % upper.length] ? c.toUpperCase() : c));
				expect(normaliseWord(typed)).toBe(plain);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('spellingKey', () => {
	it.each([
		['modernisation', 'modernization'],
		['Modernisation', 'modernization'],
		['specialisation', 'specialization'],
		['organised', 'organized'],
		['maximise', 'maximize'],
		['analyse', 'analyze'],
		['travelled', 'traveled'],
		['travelling', 'traveling'],
		['cancelled', 'canceled'],
		['co-operation', 'cooperation'],
		['Co‑operation', 'cooperation'],
		['re-oriented', 'reoriented'],
		['colour', 'color'],
		['colours', 'colors'],
		['honourable', 'honorable'],
		['centre', 'center'],
		['theatre', 'theater'],
		['defence', 'defense'],
		['licence', 'license'],
		['programme', 'program'],
		['programmes', 'programs'],
		['catalogue', 'catalog'],
		['fulfil', 'fulfill'],
		['fulfilment', 'fulfillment']
	])('joins %s and %s as one word', (british, american) => expect(key(british)).toBe(key(american)));

	it.each([
		['four', 'for'],
		['hour', 'hor'],
		['hours', 'hors'],
		['flour', 'flor'],
		['filled', 'filed'],
		['filling', 'filing'],
		['polling', 'poling'],
		['willing', 'wiling'],
		['stalled', 'staled'],
		['modernisation', 'modernise'],
		['defence', 'defend']
	])('keeps %s and %s apart', (a, b) => expect(key(a)).not.toBe(key(b)));

	// Regression test; the engine had this bug: the -our- rule only fires when "our" ends the word or is followed by
	// s/ed/ing/able/ite/ites, so the same word with another suffix keeps its British
	// spelling: spellingKey("colourful") = "colourful" but spellingKey("colorful") = "colorful".
	it.each([
		['colourful', 'colorful'],
		['neighbourhood', 'neighborhood'],
		['behavioural', 'behavioral']
	])('joins %s and %s as one word (the -our- rule misses longer suffixes)', (british, american) => expect(key(british)).toBe(key(american)));
});

describe('nameSkeleton', () => {
	it.each([
		['Lukashenko', 'Lukashenka'],
		['Aleksandr', 'Alexander'],
		['Alexander', 'Alyaksandr'],
		['Aleksandr', 'Alyaksandr'],
		['Belarussia', 'Belarus'],
		['LUKASHENKA', 'Lukashenko']
	])('makes %s and %s one name', (a, b) => expect(skeleton(a)).toBe(skeleton(b)));

	it.each([
		['Russian', 'Belarusian'],
		['Russia', 'Belarus'],
		['Brest', 'Grodno'],
		['Minsk', 'Moscow'],
		['Putin', 'Lukashenko'],
		['Smolensk', 'Sakhalin']
	])('keeps %s and %s apart', (a, b) => expect(skeleton(a)).not.toBe(skeleton(b)));
});

describe('normalisePunctuation', () => {
	it.each([
		// dashes of every kind, spaced or not, are one dash
		[' – ', '-'],
		[' - ', '-'],
		[' -- ', '-'],
		[' — ', '-'],
		['—', '-'],
		['–', '-'],
		['\u2009–\u2009', '-'],
		// the ellipsis in any of its spellings
		['...', '…'],
		['. . .', '…'],
		['…', '…'],
		// quotation marks and apostrophes
		['“', '"'],
		['”', '"'],
		['«»', '""'],
		['’', "'"],
		// white space says nothing
		['  ', ''],
		['\u00a0', ''],
		[', ', ','],
		[' , ', ','],
		['! ', '!']
	])('reads %j as %j', (raw, expected) => expect(normalisePunctuation(raw)).toBe(expected));

	it('keeps a comma, a full stop and a dash apart', () => {
		const forms = [', ', '. ', ' – ', '; ', ': '].map(normalisePunctuation);
		expect(new Set(forms).size).toBe(forms.length);
	});
});
