import { describe, expect, it } from 'vitest';
import { fakeResult } from '#lib/storage/testing.ts';
import type { SavedCheck } from '#lib/storage/index.ts';
import { createHistorySearch } from './history.ts';

const check = (id: string, claim: string, note = ''): SavedCheck => ({
	id,
	claim,
	note,
	result: fakeResult(),
	createdAt: Number(id),
	corpus: ''
});

const checks = [
	check('3', '"Bilateral trade has grown by about 7.5 percent," Putin said.'),
	check('2', 'Lukashenko: Belarus ready to join ambitious national projects', 'asked the BelTA desk'),
	check('1', 'We will never give up our sovereignty', 'for the Monday piece on trade')
];
const search = createHistorySearch(checks);
const ids = (query: string) => search(query).map((m) => m.check.id);

describe('createHistorySearch', () => {
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
