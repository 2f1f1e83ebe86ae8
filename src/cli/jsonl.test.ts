import { describe, expect, it } from 'vitest';
import { MAX_LINE_CHARS, parseClaimLines } from './jsonl.ts';

describe('parseClaimLines', () => {
	it('numbers lines from 1, skips blank ones and reports bad ones by number', () => {
		const text = [
			'{"id": "c1", "claim": "first"}',
			'',
			'not json',
			'   ',
			'{"id": "c5"}',
			'{"claim": "no id"}',
			'[1, 2]',
			'{"id": 8, "claim": "numeric id"}',
			'{"id": {"x": 1}, "claim": "odd id"}',
			'{"claim": 42}',
			'{"id": "c11", "claim": ""}'
		].join('\r\n');
		const lines = parseClaimLines(text);
		expect(lines.map((l) => (l.kind === 'claim' ? `${l.line}:${l.id}` : `${l.line}:bad`))).toEqual([
			'1:c1', '3:bad', '5:bad', '6:6', '7:bad', '8:8', '9:bad', '10:bad', '11:c11'
		]);
		const messages = lines.flatMap((l) => (l.kind === 'bad' ? [l.message] : []));
		expect(messages[0]).toMatch(/^line 3: not JSON/);
		expect(messages[1]).toMatch(/^line 5: no "claim" string/);
		expect(messages[2]).toMatch(/^line 7: expected an object/);
		expect(messages[3]).toMatch(/^line 9: "id" must be/);
	});

	it('keeps the claim exactly as written, quotes and spaces included', () => {
		const claim = '  “We can manufacture everything,” Putin said. ';
		expect(parseClaimLines(JSON.stringify({ id: 'q', claim }))).toEqual([{ kind: 'claim', line: 1, id: 'q', claim }]);
	});

	it('refuses a line too long to be one claim, before parsing it', () => {
		const huge = JSON.stringify({ id: 'h', claim: 'word '.repeat(MAX_LINE_CHARS / 5) });
		expect(parseClaimLines(`${huge}\n{"claim": "short"}`)).toEqual([
			{ kind: 'bad', line: 1, message: expect.stringMatching(/^line 1: \d[\d,]* characters, too long for one claim/) },
			{ kind: 'claim', line: 2, id: '2', claim: 'short' }
		]);
	});

	it('answers an empty file with no lines', () => expect(parseClaimLines('\n\n')).toEqual([]));
});
