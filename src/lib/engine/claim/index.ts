/** The claim: what a paste asks to check (the quoted words), its frame (who, when, where), and whether it can be checked at all. */
export { parseClaim } from './parse.ts';
export { isRole } from './patterns.ts';
export { promisesWords } from './quoted.ts';
export { maskLinksAndMarkup, uncheckable, type Uncheckable } from './checkable.ts';
export { MAX_PIECES, PIECE_WORDS, piecesOf } from './pieces.ts';
