import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenise, type Token } from '../text/index.ts';
import { align } from './align.ts';
import { pairKinds } from './pair-kinds.ts';

const WORDS = ['Lukashenko', 'Lukashenka', 'lukashenka', 'the', 'The', 'nation', 'grew', 'rose', 'Rose', 'fell', 'lincoln', 'colors', 'carry', 'strong', 'stronger', 'weak', 'we', 'will', 'must', 'can', 'not', '5', 'percent', 'Lincoln', 'Linkoln', 'colour', 'color', 'carried', 'out', 'implemented', '...'];
const TEXT = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const weight = (t: Token) => (t.norm.length > 3 ? 1 : 0.3);
const known = (t: Token) => t.norm !== 'linkoln';

describe('align with pair kinds given', () => {
	it('aligns a stretch of the claim as it would alone, from the rows of the whole claim’s kinds', () => {
		fc.assert(
			fc.property(TEXT, TEXT, fc.nat(), fc.nat(), (claimText, sourceText, x, y) => {
				const [a, b] = [tokenise(claimText), tokenise(sourceText)];
				const from = x % a.length;
				const to = from + 1 + (y % (a.length - from));
				const kinds = pairKinds(a, b, known).subarray(from * b.length, to * b.length);
				const run = a.slice(from, to);
				expect(align(run, b, weight, known, kinds)).toEqual(align(run, b, weight, known));
			}),
			{ numRuns: 500 }
		);
	});

	it('meets each source word as it would meet it alone, however often the window repeats it', () => {
		fc.assert(
			fc.property(TEXT, TEXT, (claimText, sourceText) => {
				const [a, b] = [tokenise(claimText), tokenise(sourceText)];
				const kinds = pairKinds(a, b, known);
				return b.every((t, j) => {
					const alone = pairKinds(a, [t], known);
					return a.every((_, i) => kinds[i * b.length + j] === alone[i]);
				});
			}),
			{ numRuns: 500 }
		);
	});

	it('pairs a word with its inflection, its other spelling and a typo of it (a word the corpus does not know)', () => {
		const kinds = align(tokenise('the nation grew colour Linkoln'), tokenise('the nation grows color Lincoln'), weight, known).ops.map((o) => (o.op === 'pair' ? o.kind : o.op));
		expect(kinds).toEqual(['same', 'same', 'inflection', 'spelling', 'typo']);
	});
});
