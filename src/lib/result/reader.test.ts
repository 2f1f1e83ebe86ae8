import { describe, expect, it } from 'vitest';
import type { Passage } from '#lib/engine/index.ts';
import { readerParagraphs, spanFromParams } from './reader.ts';

const text = 'Narration here.\nPutin: Trade grew.\nMore from Putin.\nLukashenko: Thank you.';
const at = (s: string) => text.indexOf(s);
const passages: Passage[] = [
	{ span: { start: 0, end: at('Putin:') }, attribution: { speaker: null, evidence: 'narration', cue: '', cueSpan: null } },
	{
		span: { start: at('Putin:'), end: at('Lukashenko:') },
		attribution: { speaker: 'Vladimir Putin', evidence: 'transcript label', cue: 'Putin:', cueSpan: { start: at('Putin:'), end: at('Putin:') + 6 } }
	},
	{
		span: { start: at('Lukashenko:'), end: text.length },
		attribution: { speaker: 'Aleksandr Lukashenko', evidence: 'transcript label', cue: 'Lukashenko:', cueSpan: null }
	}
];

describe('readerParagraphs', () => {
	it('keeps every character, one paragraph per line, and starts a turn where the speaker changes', () => {
		const paragraphs = readerParagraphs(text, passages, null, null);
		expect(paragraphs).toHaveLength(4);
		expect(paragraphs.map((p) => p.segments.map((s) => s.text).join('')).join('\n')).toBe(text);
		const turns = paragraphs.flatMap((p) => p.segments.filter((s) => s.turn).map((s) => s.turn?.speaker ?? 'narration'));
		expect(turns).toEqual(['narration', 'Vladimir Putin', 'Aleksandr Lukashenko']);
	});

	it('marks the linked span and the cue, across paragraphs', () => {
		const span = { start: at('Trade'), end: at('from Putin') };
		const cue = { start: at('Putin:'), end: at('Putin:') + 6 };
		const segments = readerParagraphs(text, passages, span, cue).flatMap((p) => p.segments);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Trade grew.', 'More ']);
		expect(segments.filter((s) => s.cue).map((s) => s.text)).toEqual(['Putin:']);
	});
});

describe('spanFromParams', () => {
	it('reads a span and a cue that fit the document', () => {
		const params = new URLSearchParams('start=3&end=9&cue=0-2');
		expect(spanFromParams(params, 20)).toEqual({ span: { start: 3, end: 9 }, cue: { start: 0, end: 2 } });
	});

	it('refuses spans that are empty, reversed, outside the text or not numbers', () => {
		for (const q of ['start=9&end=3', 'start=3&end=3', 'start=3&end=99', 'start=a&end=4', 'start=-1&end=4', '']) {
			expect(spanFromParams(new URLSearchParams(q), 20).span).toBeNull();
		}
	});
});
