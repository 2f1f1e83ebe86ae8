import { readdirSync, readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { compareFigures, type FigureComparison } from './compare.ts';
import { findFigures, parseFigure, YEAR_MAX, YEAR_MIN, YEAR_PATTERN, type Figure } from './figures.ts';

type Seen = Partial<Pick<Figure, 'raw' | 'value' | 'kind' | 'unit' | 'qualifier' | 'direction'>>;

describe('findFigures in sentences of the seed corpus', () => {
	it.each<[string, Seen[]]>([
		['Bilateral trade has grown by about 5.7 percent, reaching a record level.',
			[{ raw: 'about 5.7 percent', value: 5.7, unit: '%', kind: 'percent', qualifier: 'about', direction: 'approx' }]],
		['commercial contracts – worth almost $5bn – were signed',
			[{ raw: 'almost $5bn', value: 5e9, unit: 'USD', kind: 'amount', qualifier: 'almost', direction: 'below' }]],
		['They paid more than $ 300 million.', [{ raw: 'more than $ 300 million', value: 300e6, unit: 'USD', direction: 'above' }]],
		['We have held only a third part of the scheduled talks.', [{ raw: 'a third part', value: 1 / 3, kind: 'fraction' }]],
		['Belarusians make up to a thousand components for the MC21 Sushoi Superjet.',
			[{ raw: 'up to a thousand', value: 1000, kind: 'count', qualifier: 'up to', direction: 'below' }]],
		['We are very much looking forward to seeing you on May 9, and before that',
			[{ raw: 'May 9', kind: 'date', value: 509 }]],
		['Belarus fulfills 100% of the agreements with Russia', [{ raw: '100%', value: 100, unit: '%', kind: 'percent' }]],
		['ready to go even to the production of the MiG-25', []],
		['according to your statistics, it is over $51 billion, while the Russian estimate is slightly more modest, just over $50 billion.',
			[{ raw: 'over $51 billion', value: 51e9, unit: 'USD', qualifier: 'over', direction: 'above' },
				{ raw: 'just over $50 billion', value: 50e9, unit: 'USD', qualifier: 'just over', direction: 'above' }]],
		['mutual trade in goods and services exceeded the record level of $50bn.', [{ raw: '$50bn', value: 50e9, unit: 'USD', qualifier: null }]],
		['the fact that 16 visits of the heads of Russian regions', [{ raw: '16', value: 16, kind: 'count' }]],
		['28 allied programs have been completed by 80%', [{ raw: '28', kind: 'count' }, { raw: '80%', kind: 'percent' }]],
		['Over 80 Russian regions maintain relations', [{ raw: 'Over 80', value: 80, qualifier: 'over', direction: 'above' }]],
		['But over 90 percent have done this, and 87 percent of them cast their votes',
			[{ raw: 'over 90 percent', value: 90 }, { raw: '87 percent', value: 87 }]],
		['This was announced today, on February 17, by Alexander Lukashenko', [{ raw: 'February 17', kind: 'date', value: 217 }]],
		['MOSCOW, 13 March (BelTA) - Belarus is ready', [{ raw: '13 March', kind: 'date', value: 313 }]],
		['Posted: 28.06.2023 12:45:00', [{ raw: '28.06.2023', kind: 'date', value: 20230628 }]],
		['at the plenary session of the 10th Forum of Regions', [{ raw: '10th', kind: 'ordinal', value: 10 }]],
		['Everything that we agreed on ... three months ago', [{ raw: 'three', kind: 'count', value: 3 }]],
		['Only they ordered from Belarussia for 300 million and paid.', [{ raw: '300 million', value: 300e6, unit: null, kind: 'count' }]],
		['even joint construction of such facilities in third countries', []],
		['there are several billion dollars', []]
	])('reads %s', (text, expected) => {
		const found = findFigures(text);
		expect(found).toMatchObject(expected);
		expect(found).toHaveLength(expected.length);
	});
});

describe('findFigures spans', () => {
	const seed = new URL('../../corpus/seed/', import.meta.url);
	const documents = readdirSync(seed).filter((f) => f.endsWith('.txt'));

	it.each(documents)('gives each figure of %s its own text, in order and without overlap', (file) => {
		const text = readFileSync(new URL(file, seed), 'utf8');
		const found = findFigures(text);
		expect(found.length).toBeGreaterThan(0);
		found.forEach((f, k) => {
			expect(text.slice(f.span.start, f.span.end)).toBe(f.raw);
			if (k > 0) expect(f.span.start).toBeGreaterThanOrEqual(found[k - 1].span.end);
		});
	});

	it.each([
		['the figure is over $51 billion', 'over $51 billion'],
		['up to a thousand components', 'up to a thousand'],
		['grew by about 5.7 percent.', 'about 5.7 percent'],
		['on 13 March 2025, in Moscow', '13 March 2025'],
		['on March 13, 2025, in Moscow', 'March 13, 2025'],
		['a twofold rise', 'twofold'],
		['rose 2-fold', '2-fold']
	])('puts the qualifier and every unit word of "%s" inside the span', (text, raw) => {
		const [f] = findFigures(text);
		expect(f.raw).toBe(raw);
		expect(text.slice(f.span.start, f.span.end)).toBe(raw);
	});
});

describe('findFigures leaves alone what is no figure', () => {
	it.each([
		'MC21', 'MiG-25', 'the G7 summit', 'COVID-19', 'Su-30SM', 'one of them', 'the only one', 'One of the partners',
		'a record level', 'the first time', 'a third country', 'in May we met', 'we march on', 'at 12:45', 'billions of dollars'
	])('finds nothing in "%s"', (text) => expect(findFigures(text)).toEqual([]));
});

describe('parseFigure', () => {
	it.each<[string, Seen]>([
		['$50bn', { value: 50e9, unit: 'USD', kind: 'amount' }],
		['$50 billion', { value: 50e9, unit: 'USD' }],
		['50 billion dollars', { value: 50e9, unit: 'USD' }],
		['fifty billion dollars', { value: 50e9, unit: 'USD' }],
		['$ 300 million', { value: 300e6, unit: 'USD' }],
		['€2.5m', { value: 2.5e6, unit: 'EUR' }],
		['£3 bn', { value: 3e9, unit: 'GBP' }],
		['₽10 trillion', { value: 10e12, unit: 'RUB' }],
		['USD 50 million', { value: 50e6, unit: 'USD' }],
		['US$5bn', { value: 5e9, unit: 'USD' }],
		['5 US dollars', { value: 5, unit: 'USD' }],
		['300 million roubles', { value: 300e6, unit: 'RUB' }],
		['10 Belarusian rubles', { value: 10, unit: 'BYN' }],
		['20 euros', { value: 20, unit: 'EUR' }],
		['50 mln', { value: 50e6, unit: null, kind: 'count' }],
		['3 trillion', { value: 3e12, kind: 'count' }],
		['10 thousand', { value: 10e3 }],
		['50k', { value: 50e3 }],
		['1,000', { value: 1000, kind: 'count' }],
		['1,234,567.5', { value: 1234567.5 }],
		['5.7', { value: 5.7 }],
		['a thousand', { value: 1000 }],
		['a hundred', { value: 100 }],
		['one hundred', { value: 100 }],
		['twenty-five', { value: 25 }],
		['twenty five', { value: 25 }],
		['two hundred and fifty', { value: 250 }],
		['a dozen', { value: 12 }],
		['half a million', { value: 500e3, kind: 'count' }],
		['5.7 percent', { value: 5.7, unit: '%', kind: 'percent' }],
		['5.7 per cent', { value: 5.7, unit: '%' }],
		['5.7%', { value: 5.7, unit: '%' }],
		['80 %', { value: 80, unit: '%' }],
		['five percent', { value: 5, unit: '%' }],
		['3 pct', { value: 3, unit: '%' }],
		['2 percentage points', { value: 2, unit: '%', kind: 'percent' }],
		['half', { value: 0.5, kind: 'fraction' }],
		['a half', { value: 0.5, kind: 'fraction' }],
		['a third', { value: 1 / 3, kind: 'fraction' }],
		['one-third', { value: 1 / 3, kind: 'fraction' }],
		['two thirds', { value: 2 / 3, kind: 'fraction' }],
		['a quarter', { value: 0.25, kind: 'fraction' }],
		['three quarters', { value: 0.75, kind: 'fraction' }],
		['twofold', { value: 2, kind: 'multiplier' }],
		['two-fold', { value: 2, kind: 'multiplier' }],
		['threefold', { value: 3, kind: 'multiplier' }],
		['2-fold', { value: 2, kind: 'multiplier' }],
		['twice', { value: 2, kind: 'multiplier' }],
		['doubled', { value: 2, kind: 'multiplier' }],
		['tripled', { value: 3, kind: 'multiplier' }],
		['3 times', { value: 3, kind: 'multiplier' }],
		['in 2025', { value: 2025, kind: 'year' }],
		['the 1990s', { value: 1990, kind: 'year', raw: '1990s' }],
		['1000 components', { value: 1000, kind: 'count' }],
		['May 9', { value: 509, kind: 'date' }],
		['9 May', { value: 509, kind: 'date' }],
		['the 9th of May', { value: 509, kind: 'date' }],
		['13 March 2025', { value: 20250313, kind: 'date' }],
		['March 13, 2025', { value: 20250313, kind: 'date' }],
		['Sept. 1', { value: 901, kind: 'date' }],
		['in March 2025', { value: 20250300, kind: 'date' }],
		['2025-03-13', { value: 20250313, kind: 'date' }],
		['1st', { value: 1, kind: 'ordinal' }],
		['2nd', { value: 2, kind: 'ordinal' }],
		['one percent', { value: 1, unit: '%' }],
		['almost $5bn', { value: 5e9, qualifier: 'almost', direction: 'below' }],
		['Nearly 6', { qualifier: 'nearly', direction: 'below' }],
		['close to 6', { qualifier: 'close to', direction: 'below' }],
		['as many as 20', { qualifier: 'as many as', direction: 'below' }],
		['fewer than 20', { qualifier: 'fewer than', direction: 'below' }],
		['at least 20', { qualifier: 'at least', direction: 'above' }],
		['in excess of $2bn', { qualifier: 'in excess of', direction: 'above' }],
		['upwards of 20', { qualifier: 'upwards of', direction: 'above' }],
		['some 300', { qualifier: 'some', direction: 'approx' }],
		['roughly a third', { value: 1 / 3, qualifier: 'roughly', direction: 'approx' }]
	])('reads %s', (raw, expected) => expect(parseFigure(raw)).toMatchObject(expected));

	it.each(['', 'one', 'a', 'several', 'MiG-25', 'first'])('reads no figure in "%s"', (raw) => expect(parseFigure(raw)).toBeNull());
});

describe('compareFigures', () => {
	it.each<[string, string, FigureComparison]>([
		['more than $300 million', 'more than $ 300 million', 'same'],
		['Over 80', 'over 80', 'same'],
		['$50bn', '$50 billion', 'notation'],
		['$50 billion', '50 billion dollars', 'notation'],
		['fifty billion dollars', '$50bn', 'notation'],
		['5.7%', '5.7 percent', 'notation'],
		['about 5.7%', 'about 5.7 percent', 'notation'],
		['1,000', 'a thousand', 'notation'],
		['up to 1,000', 'up to a thousand', 'notation'],
		['as many as a thousand', 'up to a thousand', 'notation'],
		['more than 80', 'over 80', 'notation'],
		['about 6', 'almost 6', 'notation'],
		['$51 billion', '51 billion', 'notation'],
		['twice', 'two-fold', 'notation'],
		['half', '50%', 'notation'],
		['a third', 'one third', 'notation'],
		['9 May', 'May 9', 'notation'],
		['May 9, 2025', 'May 9', 'notation'],
		['13 March 2025', 'March 13, 2025', 'notation'],
		['28.06.2023', '28 June 2023', 'notation'],
		['$5bn', 'almost $5bn', 'qualifier dropped'],
		['5.7 percent', 'about 5.7 percent', 'qualifier dropped'],
		['over 90 percent', '90 percent', 'qualifier dropped'],
		['more than $10bn', 'almost $5bn', 'different'],
		['almost $50bn', 'almost $5bn', 'different'],
		['nearly 90 percent', 'over 90 percent', 'different'],
		['less than $300 million', 'more than $300 million', 'different'],
		['about 7.5 percent', 'about 5.7 percent', 'different'],
		['May 19', 'May 9', 'different'],
		['May 9, 2024', 'May 9, 2025', 'different'],
		['90%', '100%', 'different'],
		['half', 'a third part', 'different'],
		['tenfold', 'twofold', 'different'],
		['in 2025', '2,025', 'different'],
		['10th', '10', 'different'],
		['90%', '$90', 'different'],
		['€50bn', '$50bn', 'incomparable'],
		['300 million roubles', '$300 million', 'incomparable']
	])('compares %s with %s: %s', (claim, source, expected) => {
		const [a, b] = [parseFigure(claim), parseFigure(source)];
		if (!a || !b) throw new Error(`figures.test: no figure in "${claim}" or "${source}"`);
		expect(compareFigures(a, b)).toBe(expected);
	});

	it('treats values within the relative tolerance as equal', () => {
		const a = parseFigure('0.3')!;
		expect(compareFigures({ ...a, value: 0.1 * 3 }, a)).toBe('same');
		expect(compareFigures({ ...a, value: 0.3001 }, a)).toBe('different');
	});
});

describe('YEAR_PATTERN', () => {
	it('matches exactly the four-digit years from YEAR_MIN to YEAR_MAX', () => {
		const pattern = new RegExp(`^${YEAR_PATTERN}$`);
		for (let n = 0; n <= 9999; n++) {
			const digits = String(n).padStart(4, '0');
			expect(pattern.test(digits), digits).toBe(n >= YEAR_MIN && n <= YEAR_MAX);
		}
	});
});
