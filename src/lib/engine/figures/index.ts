/** Figures: "$50bn", "50 billion dollars", "almost $5bn" read as values, and compared as values. */
export { findFigures, parseFigure, type Figure, type FigureKind, YEAR_MAX, YEAR_MIN, YEAR_PATTERN, YEAR_PLACE } from './figures.ts';
export { compareFigures, measuresAlike, type FigureComparison } from './compare.ts';
export { mayHoldFigure } from './number-words.ts';
