import { describe, expect, it } from 'vitest';
import { sniffKind } from './sniff';

const ascii = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);
const zipWith = (name: string) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...ascii(`....${name}....`)]);

describe('sniffKind', () => {
	it.each([
		['a PDF by its bytes', ascii('%PDF-1.7\n...'), 'report.pdf', 'pdf'],
		['a PDF named .txt', ascii('%PDF-1.4\n...'), 'speech.txt', 'pdf'],
		['a zip holding word/document.xml', zipWith('word/document.xml'), 'statement.docx', 'docx'],
		['a Word file named .bin', zipWith('word/document.xml'), 'x.bin', 'docx'],
		['a zip that is not Word', zipWith('xl/workbook.xml'), 'sheet.docx', 'binary'],
		['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13), 'image.txt', 'binary'],
		['text with NUL bytes', ascii('abc\u0000def'), 'a.txt', 'binary'],
		['mostly control bytes', bytes(1, 2, 3, 4, 5, 6, 65, 66), 'a.txt', 'binary'],
		['plain text', ascii('Hello.'), 'a.txt', 'txt'],
		['text with an unknown extension', ascii('Hello.'), 'a.log', 'txt'],
		['text with no extension', ascii('Hello.'), 'README', 'txt'],
		['text named .pdf', ascii('Hello.'), 'fake.pdf', 'txt'],
		['Markdown by its extension', ascii('# Title'), 'notes.MD', 'md'],
		['HTML by its extension', ascii('<p>Hi</p>'), 'page.htm', 'html'],
		['HTML by its doctype, named .txt', ascii('\n<!DOCTYPE html><html>'), 'saved.txt', 'html'],
		['UTF-16 text with a BOM', bytes(0xff, 0xfe, 0x48, 0, 0x69, 0), 'u16.txt', 'txt'],
		['windows-1252 text', bytes(0x63, 0x61, 0x66, 0xe9), 'old.txt', 'txt']
	])('reads %s', (_, content, name, kind) => expect(sniffKind(content, name)).toBe(kind));
});
