import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, encodedLength, encodeText } from './text-bytes.ts';

const back = (text: string) => {
	const { encoding, bytes } = encodeText(structuredClone(text));
	return decodeText(structuredClone(bytes), encoding);
};

describe('a text kept as bytes', () => {
	it('is UTF-8: one byte a character for ASCII', () => {
		expect(encodeText('Plain words.')).toEqual({ encoding: 'utf-8', bytes: new TextEncoder().encode('Plain words.') });
	});

	it('comes back the same when it is not Latin-1 (Polish, Greek, Chinese, emoji), or is Latin-1 with curly quotes, dashes and C1 controls', () => {
		for (const text of ['Łódź and Kraków', 'Ελλάδα', '北京 said', 'ok 👍 done', 'Café — “naïve” ‘façade’ €5… ½ × ÿ', 'next\u0085line \u0081']) {
			expect(encodeText(text).encoding).toBe('utf-8');
			expect(back(text)).toBe(text);
		}
	});

	it('keeps a byte order mark at the start, which a decoder drops unless told not to', () => {
		expect(back('\ufeffFirst words.')).toBe('\ufeffFirst words.');
	});

	it('keeps a lone surrogate, which UTF-8 would turn into U+FFFD', () => {
		const text = 'half a pair: \ud83d, and the rest';
		expect(encodeText(text).encoding).toBe('utf-16');
		expect(back(text)).toBe(text);
	});

	it('comes back the same for any string, in as many bytes as encodedLength says', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary-ascii', maxLength: 50 }), (wide, ascii) => {
				for (const text of [wide, ascii, ascii + 'é' + ascii, wide + '’', ascii + '👍', '\ufeff' + wide]) {
					expect(back(text)).toBe(text);
					expect(encodedLength(text)).toBe(encodeText(text).bytes.length);
				}
			})
		);
	});
});
