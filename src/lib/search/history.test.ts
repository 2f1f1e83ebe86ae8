import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeResult } from '#lib/storage/testing.ts';
import type { SavedCheck } from '#lib/storage/index.ts';
import { HistorySearch } from './history.ts';

const check = (id: string, claim: string, note = ''): SavedCheck => ({
	id,
	claim,
	note,
	result: fakeResult(),
	createdAt: Number(id),
	corpus: '',
	importedAt: null
});

const checks = [
	check('3', '"Bilateral trade has grown by about 7.5 percent," Putin said.'),
	check('2', 'Lukashenko: Belarus ready to join ambitious national projects', 'asked the BelTA desk'),
	check('1', 'We will never give up our sovereignty', 'for the Monday piece on trade')
];
const history = new HistorySearch(checks);
const search = (query: string) => history.find(query);
const ids = (query: string) => search(query).map((m) => m.check.id);

describe('HistorySearch', () => {
	it('gives every check, in order, for an empty query', () => {
		expect(search('  ')).toEqual(checks.map((c) => ({ check: c, foundIn: [] })));
	});

	it.each([
		['finds a word in a claim', 'sovereignty', ['1']],
		['forgives a typo', 'Lukashneko', ['2']],
		['finds words in any order', 'putin trade', ['3']],
		['needs every word typed', 'putin sovereignty', []],
		['finds a figure as written', '7.5', ['3']],
		['does not take one figure for another', '5.7', []],
		['ignores case', 'BILATERAL', ['3']]
	])('%s', (_, query, expected) => expect(ids(query)).toEqual(expected));

	it('says whether a check was found by its claim or by its note', () => {
		const found = search('trade');
		expect(found.map((m) => [m.check.id, m.foundIn])).toEqual(
			expect.arrayContaining([
				['3', ['claim']],
				['1', ['note']]
			])
		);
		expect(search('desk')[0].foundIn).toEqual(['note']);
	});

	it('puts a match in the claim before a match in the note', () => {
		expect(ids('trade')).toEqual(['3', '1']);
	});
});

describe('HistorySearch against a plain scan', () => {
	const words = ['trade', 'grew', 'percent', 'Lukashenko', 'Łukashenka', 'sovereignty', 'export', '5.7', '1,200', 'border'];
	const claimOf = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));

	it('finds every check whose claim or note holds the typed word as written', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(claimOf, claimOf), { minLength: 1, maxLength: 30 }), fc.constantFrom(...words), (rows, word) => {
				const all = rows.map(([claim, note], i) => check(String(i + 1), claim, note));
				const found = new Set(new HistorySearch(all).find(word).map((m) => m.check.id));
				const holders = all.filter((c) => `${c.claim} ${c.note}`.split(' ').includes(word)).map((c) => c.id);
				expect(holders.every((id) => found.has(id))).toBe(true);
			})
		);
	});

	it('finds a word written with an accent when typed without one', () => {
		expect(new HistorySearch([check('1', 'Łukashenka said so')]).find('lukashenka').map((m) => m.check.id)).toEqual(['1']);
	});

	it('takes a one-letter word only as written, never as part of another word', () => {
		const list = new HistorySearch([check('1', 'I said trade'), check('2', 'we said trade')]);
		expect(list.find('i trade').map((m) => m.check.id)).toEqual(['1']);
	});
});
