import { describe, expect, it } from 'vitest';
import { wrapRuns } from './card-layout.ts';
import { CARD_HEIGHT, CARD_WIDTH, evidenceCardSvg } from './card-svg.ts';
import { checked, HOSTILE } from './testing.ts';

/** Every <text> element's y, and the text of the whole card without tags. */
function read(svg: string) {
	const ys = [...svg.matchAll(/<text x="\d+" y="(\d+(?:\.\d+)?)"/g)].map((m) => Number(m[1]));
	const words = svg.replace(/<title>[\s\S]*?<\/title>/, '').replace(/<[^>]+>/g, '');
	return { ys, words };
}

describe('evidenceCardSvg', () => {
	it('is 1200×675 and shows the verdict, the claim with its changed figure struck, and the source’s figure underlined', () => {
		const svg = evidenceCardSvg(checked('Putin said bilateral trade has grown by about 7.5 percent'));
		expect(svg).toContain(`width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`);
		const { words } = read(svg);
		expect(words).toContain('✗ ALTERED');
		expect(svg).toMatch(/text-decoration="line-through"[^>]*>[^<]*7\.5/);
		expect(svg).toMatch(/text-decoration="underline"[^>]*>[^<]*5\.7/);
		expect(words).toContain('Vladimir Putin');
	});

	it('keeps every line inside the card, however long the claim', () => {
		const long = `"${'We can manufacture everything and more than that '.repeat(40)}," Lukashenko said`;
		const { ys } = read(evidenceCardSvg(checked(long)));
		expect(Math.max(...ys)).toBeLessThan(CARD_HEIGHT);
		expect(ys.every((y, i) => i === 0 || y > ys[i - 1])).toBe(true);
	});

	it('writes hostile text as text: no element of its own, no character XML refuses', () => {
		const svg = evidenceCardSvg(checked(`${HOSTILE}\u0000\u0007\uD800`));
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('<b>');
		expect(svg).not.toMatch(/[\u0000-\u0008\uD800]/);
		expect(svg).toContain('&lt;/script&gt;');
	});
});

describe('wrapRuns', () => {
	it('wraps at spaces, keeps marks, and ends a cut text in an ellipsis', () => {
		const lines = wrapRuns([{ text: 'one two three ', mark: 'plain' }, { text: 'four five six seven eight', mark: 'del' }], 200, 20, 2);
		expect(lines).toHaveLength(2);
		expect(lines.flat().map((r) => r.text).join('')).toMatch(/…$/);
		expect(lines.flat().some((r) => r.mark === 'del')).toBe(true);
	});
});
