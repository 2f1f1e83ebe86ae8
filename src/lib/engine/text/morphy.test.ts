import { describe, expect, it } from 'vitest';
import { forEachBase } from './morphy.ts';
import type { Pos } from './wordnet-table.ts';

function bases(word: string, pos: Pos, exceptions: Record<string, string[]> = {}): string[] {
	const found: string[] = [];
	forEachBase(word, pos, new Map(Object.entries(exceptions)), (base) => found.push(base));
	return found;
}

describe('forEachBase', () => {
	it.each([
		['carries', 'v', ['carries', 'carrie', 'carry', 'carrie', 'carri']],
		['boxes', 'n', ['boxes', 'boxe', 'box']],
		['women', 'n', ['women', 'woman']],
		['stronger', 'a', ['stronger', 'strong', 'stronge']],
		['increased', 'v', ['increased', 'increase', 'increas']],
		['quickly', 'r', ['quickly']]
	] as const)('offers %s (%s) the candidates %j, in morph.c\'s order and unchecked', (word, pos, expected) => expect(bases(word, pos)).toEqual(expected));

	it('takes an irregular form from the exception list and applies no rule to it', () => {
		expect(bases('better', 'a', { better: ['good', 'well'] })).toEqual(['better', 'good', 'well']);
	});

	it('leaves nouns in "ss" and very short nouns alone, as morph.c does', () => {
		expect(bases('less', 'n')).toEqual(['less']);
		expect(bases('as', 'n')).toEqual(['as']);
	});
});
