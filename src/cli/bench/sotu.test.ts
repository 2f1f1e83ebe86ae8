import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../lib/engine/index.ts';
import { correspondingSpan, originalId, withNearDuplicates } from './sotu.ts';

const text =
	'Fellow citizens: the state of our Union is strong, and our economy grows. We shall continue to build roads, bridges and schools across every state. ' +
	'In 1996 the deficit fell by 20 percent, while employment rose in every region of the country.';
const corpus: Corpus = { name: 'Tiny', description: '', documents: [{ id: 'a', title: 'A', text, speakers: ['X'] }] };

describe('withNearDuplicates', () => {
	const copied = withNearDuplicates(corpus, 4, 1);

	it('keeps the originals first and adds lightly perturbed copies with their own ids', () => {
		expect(copied.documents.map((d) => d.id)).toEqual(['a', 'a~1', 'a~2', 'a~3', 'a~4']);
		expect(copied.documents.map((d) => originalId(d.id))).toEqual(['a', 'a', 'a', 'a', 'a']);
		expect(copied.documents[0].text).toBe(text);
	});

	it('is the same for the same seed', () => expect(withNearDuplicates(corpus, 4, 1)).toEqual(copied));

	it('finds a span of the original at the same words of a copy', () => {
		for (const copy of copied.documents.slice(1)) {
			const start = text.indexOf('In 1996');
			const span = correspondingSpan(text, copy.text, { start, end: start + 'In 1996 the deficit'.length });
			expect(span && copy.text.slice(span.start, span.end)).toMatch(/^In 1996 the \w+$/);
		}
	});

	it('refuses texts that are not of one family', () => {
		expect(correspondingSpan(text, 'Something else entirely.', { start: 0, end: 4 })).toBeNull();
	});
});
