import { describe, expect, it } from 'vitest';
import { citation } from './index.ts';
import { checked, HOSTILE } from './testing.ts';

const exact = checked('"We can manufacture everything," Lukashenko said');
const altered = checked('Putin said bilateral trade has grown by about 7.5 percent');

describe('citation', () => {
	it('cites the source’s words, speaker, occasion, place, date, publisher and link in plain text', () => {
		expect(citation(exact, 'plain')).toBe(
			'“We can manufacture everything” — Aleksandr Lukashenko, Belarus ready to join ambitious national projects in Russia, Moscow, 13 March 2025 (BelTA, https://eng.belta.by/president/view/belarus-ready-to-join-ambitious-national-projects-in-russia-166232-2025)'
		);
	});

	it('adds the verdict line when the claim is not exact, quoting the source’s figure, not the claim’s', () => {
		const [quote, verdict] = citation(altered, 'plain').split('\n');
		expect(quote).toContain('5.7 percent');
		expect(quote).not.toContain('7.5');
		expect(verdict).toMatch(/^Verbatim: ✗ Altered — .*5\.7 percent.* Claim as checked: “Putin said bilateral trade has grown by about 7\.5 percent”$/);
	});

	it('links the publisher in Markdown and escapes what Markdown would read as markup', () => {
		const md = citation(exact, 'markdown');
		expect(md).toMatch(/^> “We can manufacture everything” — Aleksandr Lukashenko, .*\(\[BelTA\]\(<https:\/\/eng\.belta\.by\/.*>\)\)$/);
		expect(citation(checked('We can [manufacture](javascript:x) *everything*'), 'markdown')).not.toMatch(/[^\\]\[manufacture\]\(/);
	});

	it('writes HTML with the title in <cite> and every piece of text escaped', () => {
		expect(citation(exact, 'html')).toContain('<footer>— Aleksandr Lukashenko, <cite>Belarus ready to join ambitious national projects in Russia</cite>, Moscow, 13 March 2025 (<a href="https://eng.belta.by/');
		const hostile = citation(checked(HOSTILE), 'html');
		expect(hostile).not.toContain('<script');
		expect(hostile).toContain('&lt;/script&gt;');
	});

	it('says only the verdict when nothing was found', () => {
		expect(citation(checked('Belarus will join the European Union by 2030'), 'plain')).toMatch(/^Verbatim: \? Not found — /);
	});
});
