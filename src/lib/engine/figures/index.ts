/** Figures: "$50bn", "50 billion dollars", "almost $5bn" read as values, and compared as values. */
export { compareFigures, findFigures, measuresAlike, parseFigure, type Figure, type FigureComparison, type FigureKind, YEAR_MAX, YEAR_MIN, YEAR_PATTERN, YEAR_PLACE } from './figures.ts';
export { mayHoldFigure } from './number-words.ts';
