import { describe, expect, it } from 'vitest';
import { tokenise } from '../text/index.ts';
import { resegment } from './resegment.ts';

const read = (claim: string, source: string) => resegment(tokenise(claim), tokenise(source), claim, source);

describe('resegment', () => {
	it.each([
		["we're ready", 'we are ready', ['we', "'re", 'ready'], ['we', 'are', 'ready']],
		["it won't pass", 'it will not pass', ['it', 'wo', "n't", 'pass'], ['it', 'will', 'not', 'pass']]
	])('cuts the contraction of %j where the other side writes it out', (claim, source, claimKeys, sourceKeys) => {
		const { claim: a, source: b } = read(claim, source);
		expect(a.map((t) => t.norm)).toEqual(claimKeys);
		expect(a.map((t) => t.key)).toEqual(sourceKeys);
		expect(b.map((t) => t.norm)).toEqual(sourceKeys);
	});

	it('leaves a contraction whole when the other side has no such words', () => {
		const { claim: a } = read("we're ready", 'they were ready');
		expect(a.map((t) => t.norm)).toEqual(["we're", 'ready']);
	});

	it('cuts a word that lost its spaces into the words the other side spells it with, each with its own span', () => {
		const claim = 'idealistichumanitarian sentiments';
		const { claim: a } = read(claim, 'idealistic humanitarian sentiments');
		expect(a.map((t) => t.norm)).toEqual(['idealistic', 'humanitarian', 'sentiments']);
		expect(a.map((t) => claim.slice(t.span.start, t.span.end))).toEqual(['idealistic', 'humanitarian', 'sentiments']);
	});

	it('cuts a hyphenated word the other side writes as two', () => {
		const { source: b } = read('surplus that is', 'surplus-that is');
		expect(b.map((t) => t.norm)).toEqual(['surplus', 'that', 'is']);
	});
});
