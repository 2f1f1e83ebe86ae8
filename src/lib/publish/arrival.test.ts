import { describe, expect, it } from 'vitest';
import { MAX_ARRIVING_CHARS, readArrival } from './arrival.ts';
import { bookmarkletHref, bookmarkletSource } from './bookmarklet.ts';

const at = (href: string) => readArrival(new URL(href, 'https://verbatim.example'));

describe('readArrival', () => {
	it('reads a share link’s claim from the query', () => {
		expect(at('/?q=We+can+manufacture+everything')).toEqual({ claim: 'We can manufacture everything', cutFrom: null, title: null, from: null });
	});

	it('reads the bookmarklet’s claim, title and address from the fragment', () => {
		const p = new URLSearchParams({ q: 'We can', title: '  A\nreport ', from: 'https://news.example/a?b=1' });
		expect(at(`/#${p}`)).toEqual({ claim: 'We can', cutFrom: null, title: 'A report', from: 'https://news.example/a?b=1' });
	});

	it('cuts a very long claim at a word’s end and says how long it was', () => {
		const long = 'word '.repeat(5000);
		const arrival = at(`/?${new URLSearchParams({ q: long })}`);
		expect(arrival.cutFrom).toBe(long.length);
		expect(arrival.claim!.length).toBeLessThanOrEqual(MAX_ARRIVING_CHARS);
		expect(arrival.claim).toMatch(/word$/);
	});

	it('keeps hostile text as the text it is, drops control characters, and never takes a script address', () => {
		const p = new URLSearchParams({ q: '<img src=x onerror=alert(1)>\u0000\u0007', from: 'javascript:alert(1)', title: '<b>x</b>' });
		expect(at(`/?${p}`)).toEqual({ claim: '<img src=x onerror=alert(1)>', cutFrom: null, title: '<b>x</b>', from: null });
	});
});

describe('the bookmarklet', () => {
	it('opens this Verbatim with the selection in the fragment, which no server sees', () => {
		const source = bookmarkletSource('https://verbatim.example');
		expect(source).toContain('"https://verbatim.example/#"');
		expect(source).toContain('getSelection()');
		expect(decodeURIComponent(bookmarkletHref('https://verbatim.example').slice('javascript:'.length))).toBe(source);
	});

	it('is a script a browser can run', () => {
		let opened = '';
		const run = new Function('getSelection', 'document', 'location', 'window', bookmarkletSource('https://v.example'));
		run(() => '  Bilateral trade  ', { title: 'Talks' }, { href: 'https://news.example/t' }, { open: (u: string) => (opened = u) });
		expect(at(opened.replace('https://v.example', ''))).toEqual({ claim: 'Bilateral trade', cutFrom: null, title: 'Talks', from: 'https://news.example/t' });
	});
});
