import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	areAntonyms,
	areSynonyms,
	lemmasOf,
	phraseSynonymsOf,
	profileOf,
	relationOfProfiles,
	sameUnitFamily,
	singleWordSynonymsOfPhrase
} from './wordnet.ts';
import { WORDNET_TABLE } from './wordnet-data.ts';
import { decodeTable } from './wordnet-table.ts';

describe('lemmasOf', () => {
	it.each([
		['carried', ['carry']],
		['better', ['better', 'good', 'well']],
		['fell', ['fell', 'fall']],
		['grew', ['grow']],
		['stronger', ['strong']],
		['decreased', ['decrease', 'decreased']],
		['children', ['child']],
		['rose', ['rose', 'rise']]
	])('reads %s as %j', (word, lemmas) => expect(lemmasOf(word)).toEqual(lemmas));

	it('knows no base for a word WordNet lacks', () => expect(lemmasOf("can't")).toEqual([]));
});

describe('areAntonyms', () => {
	it.each([
		['rise', 'fall'],
		['rose', 'fell'],
		['increase', 'decrease'],
		['increased', 'decreased'],
		['more', 'less'],
		['more', 'fewer'],
		['strong', 'weak'],
		['stronger', 'weaker'],
		['win', 'lose'],
		['won', 'lost'],
		['open', 'closed'],
		['peace', 'war'],
		['import', 'export'],
		['early', 'late'],
		['high', 'low'],
		['good', 'bad'],
		['better', 'worse'],
		['possible', 'impossible'],
		['legal', 'illegal'],
		['always', 'never'],
		['friend', 'enemy'],
		['accept', 'reject'],
		['victory', 'defeat'],
		['success', 'failure'],
		['maximum', 'minimum'],
		['north', 'south'],
		['east', 'west'],
		['domestic', 'foreign'],
		['inside', 'outside'],
		['positive', 'negative'],
		['damp', 'dry'],
		['strength', 'weakness']
	])('holds for %s/%s', (a, b) => expect(areAntonyms(a, b)).toBe(true));

	it.each([
		['rise', 'grow'],
		['increase', 'grow'],
		['big', 'large'],
		['say', 'tell'],
		['nation', 'country'],
		['war', 'battle'],
		['tax', 'duty'],
		['job', 'work'],
		['exceed', 'fall'],
		['rise', 'rise']
	])('does not hold for %s/%s', (a, b) => expect(areAntonyms(a, b)).toBe(false));
});

describe('areSynonyms', () => {
	it.each([
		['big', 'large'],
		['begin', 'start'],
		['buy', 'purchase'],
		['help', 'aid'],
		['nation', 'country'],
		['bought', 'purchased']
	])('holds for %s/%s', (a, b) => expect(areSynonyms(a, b)).toBe(true));

	it.each([
		['rise', 'fall'],
		['more', 'less'],
		['million', 'billion'],
		['month', 'year'],
		['can', 'cannot'],
		['can', 'tin'],
		['always', 'often'],
		['all', 'some'],
		['increase', 'double'],
		['strong', 'powerful'],
		['home', 'house'],
		['say', 'tell'],
		['might', 'power'],
		['rise', 'rose'],
		['large', 'large']
	])('does not hold for %s/%s', (a, b) => expect(areSynonyms(a, b)).toBe(false));
});

describe('phrases', () => {
	it('offers "carry out" for "implement" and its inflections', () => {
		expect(phraseSynonymsOf('implement')).toContainEqual(['carry', 'out']);
		expect(phraseSynonymsOf('implemented')).toContainEqual(['carry', 'out']);
	});

	it('offers "implement" for "carried out"', () => {
		expect(singleWordSynonymsOfPhrase(['carried', 'out'])).toContain('implement');
		expect(singleWordSynonymsOfPhrase(['carry', 'out'])).toContain('implement');
	});

	it('offers nothing for one word or a phrase WordNet lacks', () => {
		expect(singleWordSynonymsOfPhrase(['implement'])).toEqual([]);
		expect(singleWordSynonymsOfPhrase(['fell', 'short', 'of'])).toEqual([]);
	});
});

describe('sameUnitFamily', () => {
	it.each([
		['month', 'year', 'time unit'],
		['year', 'decade', 'time unit'],
		['day', 'week', 'time unit'],
		['hour', 'minute', 'time unit'],
		['months', 'years', 'time unit'],
		['million', 'billion', 'number'],
		['mile', 'kilometer', 'linear unit'],
		['dollar', 'euro', 'monetary unit'],
		['pound', 'ounce', 'mass unit'],
		['year', 'year', null],
		['year', 'years', null],
		['month', 'money', null],
		['hour', 'hr', null],
		['percent', 'point', null]
	])('finds %s and %s in %s', (a, b, family) => expect(sameUnitFamily(a, b)).toBe(family));
});

const TABLE = decodeTable(WORDNET_TABLE);

/** The examples above plus every 40th word of the table, so the properties also meet words nobody picked. */
const VOCABULARY = [
	...['rise', 'fell', 'big', 'large', 'more', 'less', 'always', 'never', 'month', 'year', 'implement', 'carried'],
	...TABLE.words.filter((word, i) => i % 40 === 0 && !word.includes('_'))
];

/** Pairs the table relates: every antonym pair and every two members of a synonym group, as words. */
const RELATED: [string, string][] = [
	...[...TABLE.antonymPairs].map((key): [number, number] => [Math.floor(key / TABLE.words.length), key % TABLE.words.length]),
	...TABLE.groups.flatMap((group) => group.slice(1).map((id): [number, number] => [group[0], id]))
]
	.map(([a, b]): [string, string] => [TABLE.words[a], TABLE.words[b]])
	.filter(([a, b]) => !a.includes('_') && !b.includes('_'));

describe('relations as properties', () => {
	const pairs = fc.oneof(
		fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...VOCABULARY)),
		fc.constantFrom(...RELATED)
	);

	it('are symmetric', () => {
		fc.assert(
			fc.property(pairs, ([a, b]) => {
				expect(areAntonyms(a, b)).toBe(areAntonyms(b, a));
				expect(areSynonyms(a, b)).toBe(areSynonyms(b, a));
				expect(sameUnitFamily(a, b)).toBe(sameUnitFamily(b, a));
			}),
			{ numRuns: 2000 }
		);
	});

	it('never call one pair both antonyms and synonyms', () => {
		fc.assert(fc.property(pairs, ([a, b]) => !(areAntonyms(a, b) && areSynonyms(a, b))), { numRuns: 2000 });
		expect(RELATED.filter(([a, b]) => areAntonyms(a, b) && areSynonyms(a, b))).toEqual([]);
	});

	it('never relate a word to itself', () => {
		fc.assert(fc.property(fc.constantFrom(...VOCABULARY), (a) => !areAntonyms(a, a) && !areSynonyms(a, a)));
	});
});

/** Two words of one unit kind ("hour", "minute"): pairs the table relates as units, for the aligner's one-lookup relation. */
const SAME_KIND: [string, string][] = (() => {
	const firstOfKind = new Map<number, number>();
	const out: [string, string][] = [];
	TABLE.unitFamily.forEach((family, id) => {
		if (family < 0 || TABLE.words[id].includes('_')) return;
		const first = firstOfKind.get(family);
		if (first === undefined) firstOfKind.set(family, id);
		else if (id % 7 === 0) out.push([TABLE.words[first], TABLE.words[id]]);
	});
	return out;
})();

/** relationOfProfiles walked in full over the table, without the profile's shortcuts: what the shortcuts must agree with. */
function relationWalked(a: string, b: string): 'antonym' | 'unit' | 'synonym' | null {
	const [p, q] = [lemmasOf(a), lemmasOf(b)].map((lemmas) => lemmas.map((l) => TABLE.ids.get(l)!));
	if (!p.length || !q.length || p.some((x) => q.includes(x))) return null;
	const n = TABLE.words.length;
	if (p.some((x) => q.some((y) => TABLE.antonymPairs.has(x * n + y)))) return 'antonym';
	if (p.some((x) => q.some((y) => TABLE.groupsOf[x].some((g) => TABLE.groupsOf[y].includes(g))))) return 'synonym';
	if (p.some((x) => q.some((y) => TABLE.unitOf[x] >= 0 && TABLE.unitOf[x] === TABLE.unitOf[y]))) return null;
	if (p.some((x) => q.some((y) => TABLE.unitFamily[x] >= 0 && TABLE.unitFamily[x] === TABLE.unitFamily[y]))) return 'unit';
	return null;
}

describe('relationOfProfiles', () => {
	it('gives the answer of the full walk over the lemmas, for random, related and same-unit pairs', () => {
		const pairs = fc.oneof(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...VOCABULARY)), fc.constantFrom(...RELATED), fc.constantFrom(...SAME_KIND));
		fc.assert(fc.property(pairs, ([a, b]) => relationOfProfiles(profileOf(a), profileOf(b)) === relationWalked(a, b)), { numRuns: 5000 });
	});

	it('meets each kind of answer in those pairs', () => {
		const answers = new Set([...RELATED, ...SAME_KIND].map(([a, b]) => relationOfProfiles(profileOf(a), profileOf(b))));
		expect([...answers].sort()).toEqual(['antonym', 'synonym', 'unit', null].sort());
	});
});
