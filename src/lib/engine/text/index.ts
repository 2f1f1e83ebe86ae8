/** Text: normalised words and their spans, tokens, sentences, quotations, and the word lists of English. */
export { contextOf, sentenceSpan, sentencesOf } from './sentences.ts';
export { findQuotations, type Quotation } from './quotations.ts';
export { indexKey, scanWords, tokenise, type Token, type TokenKind } from './tokenise.ts';
export { hashOf, scanWordSpans, wordEndAt, wordSpanAfter, wordStartFrom, WordIdReader, type WordIdSink } from './word-scanner.ts';
export { INVISIBLE, nameSkeleton, normalisePunctuation, normaliseWord, spellingKey, stemOf, transliterate } from './normalise.ts';
export { areListedOpposites, areOpposite, lemmasOf, mayStartPhrase, phraseRelations, relationOfSenses, senseOf, type WordSense } from './lexicon.ts';
export * from './words.ts';
