import { describe, expect, it } from 'vitest';
import { INDEXING_CANCELLED } from '#lib/checker/client.ts';
import { indexedSentence, progressOf, stoppedSentence } from './indexing-words.ts';

describe('what the Library says of an indexing run', () => {
	it('names the phase and counts in the progress bar', () => {
		expect(progressOf({ phase: 'loading pack', done: 3.2e6, total: 10.8e6 }).label).toBe('Loading the pack: 3.2 of 10.8 MB');
		expect(progressOf({ phase: 'loading pack', done: 0, total: 0 }).label).toBe('Loading the pack');
		expect(progressOf({ phase: 'indexing', done: 12, total: 240 })).toEqual({ label: 'Indexing: 12 of 240 documents', done: 12, total: 240 });
		expect(progressOf({ phase: 'saving', done: 1, total: 4 }).label).toBe('Keeping the index for next time');
	});

	it('counts documents and words when done, in the singular for one, with why the index was not kept', () => {
		expect(indexedSentence({ documents: 1, words: 12345, milliseconds: 5, fromCache: false })).toBe('Checks now run against 1 document (12,345 words).');
		expect(indexedSentence({ documents: 6, words: 10, milliseconds: 5, fromCache: true, notKept: 'Not kept.' })).toBe('Checks now run against 6 documents (10 words). Not kept.');
	});

	it('tells a cancelled run from a failed one, and says checks go on as before', () => {
		expect(stoppedSentence(INDEXING_CANCELLED)).toMatch(/^Indexing cancelled\. Checks still run against the sources chosen before; tick/);
		expect(stoppedSentence('The pack could not be read.')).toBe('The pack could not be read. Checks still run against the sources chosen before.');
	});
});
