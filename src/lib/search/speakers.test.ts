import { describe, expect, it } from 'vitest';
import type { CorpusDocument, Passage } from '#lib/engine/index.ts';
import { speakerPassages, speakerSearch } from './speakers.ts';

const text = 'Talks began.\n“We can manufacture everything,” Aleksandr Lukashenko noted.\nPutin: Trade grew by 5.7 percent.';
const at = (s: string) => text.indexOf(s);
const doc: CorpusDocument = { id: 'd', title: 'Talks', text, speakers: ['Aleksandr Lukashenko'] };
const narration = { speaker: null, evidence: 'narration', cue: '', cueSpan: null } as const;
const passages: Passage[] = [
	{ span: { start: 0, end: at('\n“') }, attribution: narration },
	{ span: { start: at('\n“'), end: at('“') }, attribution: narration },
	{
		span: { start: at('“'), end: at(' Aleksandr') },
		attribution: { speaker: 'Aleksandr Lukashenko', evidence: 'attribution', cue: 'Aleksandr Lukashenko noted', cueSpan: null }
	},
	{
		span: { start: at(' Aleksandr'), end: at('\nPutin') },
		attribution: { speaker: 'Aleksandr Lukashenko', evidence: 'reported speech', cue: 'Aleksandr Lukashenko noted', cueSpan: null }
	},
	{
		span: { start: at('\nPutin'), end: text.length },
		attribution: { speaker: 'Vladimir Putin', evidence: 'transcript label', cue: 'Putin:', cueSpan: null }
	}
];

describe('speakerPassages', () => {
	const all = speakerPassages([doc], new Map([['d', passages]]));

	it('leaves narration out and joins the pieces of one paragraph given to one person', () => {
		expect(all.map((p) => [p.speaker, p.text, p.evidence])).toEqual([
			['Aleksandr Lukashenko', '“We can manufacture everything,” Aleksandr Lukashenko noted.', 'attribution'],
			['Vladimir Putin', 'Putin: Trade grew by 5.7 percent.', 'transcript label']
		]);
	});

	it('finds passages by their words and by the speaker, and all of them for no query', () => {
		const search = speakerSearch(all);
		expect(search('')).toHaveLength(2);
		expect(search('manufacture').map((p) => p.speaker)).toEqual(['Aleksandr Lukashenko']);
		expect(search('Putin')[0].speaker).toBe('Vladimir Putin');
	});
});
