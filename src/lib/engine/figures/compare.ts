/** Two figures compared as values: the same, another notation, a dropped qualifier, or different. */
import { CURRENCY_CODES } from './number-words.ts';
import { VALUE_TOLERANCE, YEAR_PLACE, type Figure, type FigureKind } from './figures.ts';

export type FigureComparison =
	| 'same' // same value, unit and qualifier, written alike once lower-cased and without white space
	| 'notation' // same value, unit and qualifier direction, written differently ("$50bn" / "$50 billion")
	| 'qualifier dropped' // same value and unit; only one side has a qualifier ("$5bn" / "almost $5bn")
	| 'different' // another value, opposite qualifiers, or another kind of figure
	| 'incomparable'; // amounts in two currencies: not compared

/** Kinds that are all plain quantities, so a claim may write one as another ("$51 billion" for "51 billion"). */
const QUANTITY_KINDS = new Set<FigureKind>(['amount', 'count', 'percent', 'fraction']);
const CURRENCIES = new Set(Object.values(CURRENCY_CODES));

/** How a claim's figure stands to the source's. */
export function compareFigures(claim: Figure, source: Figure): FigureComparison {
	const comparable = claim.kind === source.kind || (QUANTITY_KINDS.has(claim.kind) && QUANTITY_KINDS.has(source.kind));
	if (!comparable) return 'different';
	if (claim.unit && source.unit && claim.unit !== source.unit)
		return CURRENCIES.has(claim.unit) && CURRENCIES.has(source.unit) ? 'incomparable' : 'different';
	if (!sameValue(comparableValue(claim, source), comparableValue(source, claim))) return 'different';
	if (!claim.direction !== !source.direction) return 'qualifier dropped';
	// "about" sits between "almost" and "over", so it agrees with both; "almost" and "over" contradict.
	const bent = [claim.direction, source.direction].filter((d) => d !== 'approx');
	if (bent.length === 2 && bent[0] !== bent[1]) return 'different';
	const squash = (raw: string) => raw.toLowerCase().replace(/\s+/g, '');
	return squash(claim.raw) === squash(source.raw) ? 'same' : 'notation';
}

/** A share and a percentage meet on the share's scale ("half" = "50%"); a date without a year matches any year. */
function comparableValue(f: Figure, other: Figure): number {
	if (f.kind === 'percent' && other.kind === 'fraction') return f.value / 100;
	if (f.kind === 'date' && (f.value < YEAR_PLACE || other.value < YEAR_PLACE)) return f.value % YEAR_PLACE;
	return f.value;
}

function sameValue(a: number, b: number): boolean {
	return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** What a figure measures: a share is never an amount, a year is never a count. */
function familyOf(f: Figure): string {
	if (f.kind === 'percent' || f.kind === 'fraction' || f.unit === '%') return 'share';
	if (f.kind === 'year' || f.kind === 'date') return 'time';
	if (f.kind === 'amount' || f.kind === 'count') return f.unit ? 'money' : 'number';
	return f.kind;
}

/**
 * True when two figures measure the same kind of thing, so one can stand for
 * the other in a claim: "$50 billion" is not a changed "5.7 percent".
 * A bare number may stand for any quantity or share ("90" for "90 percent").
 */
export function measuresAlike(a: Figure, b: Figure): boolean {
	const [x, y] = [familyOf(a), familyOf(b)];
	return x === y || (x === 'number' && (y === 'money' || y === 'share')) || (y === 'number' && (x === 'money' || x === 'share'));
}
