/** Text: normalised words and their spans, tokens, sentences, quotations, and the word lists of English. */
export { contextOf, sentenceSpan, sentencesOf } from './sentences.ts';
export { findQuotations, type Quotation } from './quotations.ts';
export { indexKey, scanWords, tokenise, type Token, type TokenKind } from './tokenise.ts';
export { RawWordTable, scanWordSpans } from './word-scanner.ts';
export { INVISIBLE, nameSkeleton, normalisePunctuation, normaliseWord, spellingKey, stemOf, transliterate } from './normalise.ts';
export { areAntonyms, hasAntonym } from './lexicon.ts';
export * from './words.ts';
// WordNet's relations (lemmasOf, areAntonyms, areSynonyms, phrase synonyms, sameUnitFamily) as one
// namespace, `wordnet.areAntonyms(...)`: the hand list's areAntonyms above keeps its name until the
// aligner and the judge move over.
export * as wordnet from './wordnet.ts';
