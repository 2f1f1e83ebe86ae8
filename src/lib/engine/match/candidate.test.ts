import { describe, expect, it } from 'vitest';
import { buildIndex } from '../corpus/index.ts';
import { tokenise } from '../text/index.ts';
import { examine, type ClaimWords } from './candidate.ts';
import { findWindows } from './candidates.ts';

const passage = 'The harbour board approved dredging the eastern channel before the winter storms arrived.';
const opening = 'A preface stands before the address, long enough to be a sentence of its own. Opening words of an address come first, and there are a good many of them here. They were spoken slowly, as it was given to them on the day.';
const closing = 'The closing words follow here, and then some more of them.';
const texts = [
	`${opening} ${passage} ${closing}`,
	// The same words 50 characters on, in another speaker's document: read once, moved there.
	`A longer opening, printed again in a later edition. ${opening} ${passage} ${closing}`,
	// A copy with one word of the passage replaced: read on its own.
	`${opening} ${passage.replace('approved', 'endorsed')} ${closing}`
];
const index = buildIndex({
	name: 'copies',
	description: '',
	documents: texts.map((text, i) => ({ id: `copy${i}`, title: `copy ${i}`, kind: 'speech' as const, speakers: [['Alice Adams', 'Bob Brown', 'Carol Clark'][i]], date: '2020-01-01', text }))
});
const claimText = 'The harbour board approved dredging the western channel before the winter storms arrived';
const claimWords = (): ClaimWords => ({ tokens: tokenise(claimText), original: claimText, speakerAsWritten: null, verbatim: false });

describe('reading windows of the same text', () => {
	const windows = findWindows(claimText, index, 3);

	it('finds the passage in every copy', () => {
		expect(windows.map((w) => w.doc).sort()).toEqual([0, 1, 2]);
	});

	it('gives each copy what reading it alone gives: its own spans, differences and speaker', () => {
		const claim = claimWords();
		for (const w of windows) expect(examine(w, claim, index)).toEqual(examine(w, claimWords(), index));
		const speakers = windows.map((w) => examine(w, claim, index).match.attribution.speaker);
		expect(speakers).toEqual(windows.map((w) => ['Alice Adams', 'Bob Brown', 'Carol Clark'][w.doc]));
	});

	it('moves the source spans of differences to the copy’s own text', () => {
		const claim = claimWords();
		for (const w of windows) {
			const { differences, match } = examine(w, claim, index);
			const text = texts[w.doc];
			expect(differences.map((d) => d.sourceSpan && text.slice(d.sourceSpan.start, d.sourceSpan.end))).toContain('eastern');
			expect(text.slice(match.span.start, match.span.end)).toBe(match.text);
		}
	});

	it('reads the copy of the same words once, and the copy with a word replaced anew', () => {
		const claim = claimWords();
		const byDoc = new Map(windows.map((w) => [w.doc, examine(w, claim, index)]));
		expect(byDoc.get(1)!.measures).toBe(byDoc.get(0)!.measures);
		expect(byDoc.get(2)!.measures).not.toBe(byDoc.get(0)!.measures);
	});
});
