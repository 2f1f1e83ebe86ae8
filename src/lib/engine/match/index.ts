/** Matching: candidate windows from the index, word alignment, typed differences and neutral measures. No verdict. */
export { findWindows, type Window } from './candidates.ts';
export { inTabRetrieval, type CandidatePassage, type CandidateQuery, type CandidateRetrieval } from './retrieval.ts';
export { examine, examineWindows, type Candidate, type ClaimWords } from './candidate.ts';
export { isContent, type Measures } from './measures.ts';
