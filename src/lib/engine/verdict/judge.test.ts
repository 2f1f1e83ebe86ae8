import { describe, expect, it } from 'vitest';
import type { Measures } from '../match/index.ts';
import type { Difference, Severity, Verdict } from '../types.ts';
import { CUTOFFS } from './cutoffs.ts';
import { isSpeakerConflict, judge, wordingOf } from './judge.ts';
import { compareCandidates, TIE_BREAKER_NAMES, type Judged } from './rank.ts';

/** A passage that holds the claim verbatim; each row changes what it needs. */
const VERBATIM: Measures = {
	coverage: 1, compactness: 1, similarity: 1, accounted: 1, unaccounted: 0, unaccountedAdded: 0, longestAddedRun: 0, addedAtEdge: 0, addedInside: 0, foreignInside: 0, contentWords: 8, longestRun: 12, overlap: { recall: 1, precision: 1 }
};
const diff = (severity: Severity, type: Difference['type'] = 'word'): Difference => ({ type, severity, claim: 'x', source: 'y', claimSpan: null, sourceSpan: null });

describe('judge: measures and differences in, one verdict out', () => {
	it.each<[string, Partial<Measures>, Difference[], boolean, Verdict]>([
		['the words verbatim', {}, [], false, 'exact'],
		['only punctuation differs', {}, [diff('trivial', 'punctuation')], false, 'close'],
		['a frame fact differs (context): the words are still exact', {}, [diff('frame', 'context')], false, 'exact'],
		['a word replaced, the rest held', { accounted: 0.9, unaccounted: 1, similarity: 0.85 }, [diff('wording')], false, 'reworded'],
		['a figure changed in the same statement', { accounted: 1, similarity: 0.95 }, [diff('meaning', 'number')], false, 'altered'],
		['the same words, another speaker', {}, [], true, 'misattributed'],
		['a figure changed and another speaker: altered comes first', { similarity: 0.95 }, [diff('meaning', 'number')], true, 'altered'],
		['no phrase in common', { longestRun: 2, coverage: 0.7, similarity: 0.7 }, [diff('wording')], false, 'not_found'],
		['one real phrase inside made-up words (a collage)', { accounted: 0.35, unaccounted: 5, unaccountedAdded: 5, similarity: 0.36, coverage: 0.36, longestRun: 4 }, [diff('wording')], false, 'not_found'],
		['a long real phrase, made-up words around it', { accounted: 0.6, unaccounted: 5, unaccountedAdded: 5, contentWords: 10, similarity: 0.7, coverage: 0.7, longestRun: 8 }, [diff('wording')], false, 'not_found'],
		['most content words not in the passage, though it holds the heavy ones', { accounted: 0.6, unaccounted: 7, contentWords: 8, similarity: 0.6 }, [diff('wording')], false, 'not_found'],
		['a frame shared, a figure changed: not the same statement', { accounted: 0.4, unaccounted: 4, similarity: 0.4 }, [diff('meaning', 'number')], false, 'not_found'],
		['a paraphrase: poor alignment, the sentence’s words kept', { similarity: 0.45, coverage: 0.5, accounted: 0.7, unaccounted: 2, contentWords: 9, overlap: { recall: 0.7, precision: 0.6 } }, [diff('wording')], false, 'reworded'],
		['a clause put inside words otherwise the passage’s', { similarity: 0.85, addedInside: 5 }, [diff('wording')], false, 'not_found'],
		['a short clause of two words of its own put inside', { similarity: 0.85, addedInside: 4, foreignInside: 2 }, [diff('wording')], false, 'not_found'],
		['a qualifier of one word of its own put inside', { similarity: 0.85, addedInside: 4, foreignInside: 1 }, [diff('wording')], false, 'reworded'],
		['a clause put inside a loose alignment that keeps every word of the sentence', { similarity: 0.69, coverage: 0.7, accounted: 0.71, unaccounted: 2, unaccountedAdded: 2, contentWords: 7, addedInside: 6, foreignInside: 2, overlap: { recall: 0.71, precision: 1 } }, [diff('wording')], false, 'not_found'],
		['a long reworded stretch inside a loose paraphrase', { similarity: 0.45, coverage: 0.5, accounted: 0.7, unaccounted: 2, contentWords: 9, addedInside: 8, overlap: { recall: 0.7, precision: 0.6 } }, [diff('wording')], false, 'reworded'],
		['topic words of a long sentence (low precision)', { similarity: 0.45, coverage: 0.5, accounted: 0.7, unaccounted: 2, contentWords: 9, overlap: { recall: 0.7, precision: 0.1 } }, [diff('wording')], false, 'not_found']
	])('%s', (_what, measures, differences, conflict, verdict) => {
		expect(judge({ ...VERBATIM, ...measures }, differences, conflict, CUTOFFS)).toBe(verdict);
	});

	it('never lets a claim stand with less of its content accounted for than the cut-off', () => {
		for (let accounted = 0; accounted < CUTOFFS.standAccounted; accounted += 0.05) {
			expect(judge({ ...VERBATIM, accounted }, [diff('wording')], false)).toBe('not_found');
		}
	});

	it('tells exact from close from changed words, leaving frame differences aside', () => {
		expect(wordingOf([])).toBe('exact');
		expect(wordingOf([diff('frame', 'speaker'), diff('frame', 'context')])).toBe('exact');
		expect(wordingOf([diff('trivial')])).toBe('close');
		expect(wordingOf([diff('trivial'), diff('wording')])).toBe('changed');
	});
});

describe('isSpeakerConflict', () => {
	const same = (a: string, b: string) => a === b;
	it.each<[string | null, string | null, 'narration' | 'attribution', boolean]>([
		[null, 'Vladimir Putin', 'attribution', false],
		['Vladimir Putin', 'Vladimir Putin', 'attribution', false],
		['Vladimir Putin', 'Aleksandr Lukashenko', 'attribution', true],
		['Vladimir Putin', null, 'narration', true]
	])('claimed %s, source %s (%s): %s', (claimed, speaker, evidence, conflict) => {
		expect(isSpeakerConflict(claimed, { speaker, evidence, cue: '', cueSpan: null }, same)).toBe(conflict);
	});
});

describe('compareCandidates: the chain of tie-breakers', () => {
	const candidate = (over: Partial<Judged> & { similarity?: number; doc?: number }): Judged => ({
		window: { doc: over.doc ?? 0, first: 0, last: 10, votes: 1 },
		differences: over.differences ?? [],
		measures: { ...VERBATIM, similarity: over.similarity ?? 1 },
		match: { doc: 'd', span: { start: 0, end: 1 }, text: 'x', context: { start: 0, end: 1 }, attribution: { speaker: null, evidence: 'narration', cue: '', cueSpan: null }, similarity: 1 },
		verdict: over.verdict ?? 'exact',
		speakerAgrees: over.speakerAgrees ?? false
	});
	const best = (...cs: Judged[]) => [...cs].sort(compareCandidates)[0];

	it('names its tie-breakers in the order SPEC.md gives them', () => {
		expect(TIE_BREAKER_NAMES[0]).toMatch(/source/);
		expect(TIE_BREAKER_NAMES.at(-2)).toMatch(/earlier document/);
	});

	it.each([
		['a source before a passage that is not', candidate({ verdict: 'not_found', similarity: 1 }), candidate({ verdict: 'reworded', similarity: 0.7 })],
		['exact words before changed ones', candidate({ differences: [diff('wording')], similarity: 1 }), candidate({ similarity: 0.99 })],
		['the more similar among changed ones', candidate({ differences: [diff('wording')], similarity: 0.7 }), candidate({ differences: [diff('wording')], similarity: 0.9 })],
		['the claimed speaker’s among equals', candidate({ speakerAgrees: false }), candidate({ speakerAgrees: true, doc: 3 })],
		['the earlier document among equals', candidate({ doc: 5 }), candidate({ doc: 2 })]
	])('%s', (_what, worse, better) => {
		expect(best(worse, better)).toBe(better);
		expect(best(better, worse)).toBe(better);
	});
});
