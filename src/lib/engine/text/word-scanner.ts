/**
 * The index's word reader: the same words as `scanWords` (tokenise.ts), read
 * character by character with a hash of each word computed on the way, so a
 * word seen before is recognised without making a string of it. Building the
 * index of 11 MB spends most of its time here: a regular expression and a
 * Map of strings cost about 0.4 µs a word, this about a third of that.
 */

const APOSTROPHE = /['’‘`´ʼ]/;
const HYPHEN = /[-‐‑]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Inside a word: letters, digits, marks, and the invisible characters normalise.ts drops. */
const LETTER_DIGIT_OR_MARK = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Character classes of the first 128 code points, so ASCII text never meets a regular expression. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

const isWordChar = (text: string, i: number, c: number) =>
	c < 128 ? ASCII_WORD[c] === 1 : LETTER_DIGIT_OR_MARK.test(text[i]) || (c >= 0xd800 && c <= 0xdbff && LETTER_DIGIT_OR_MARK.test(text.slice(i, i + 2)));
const isWordStart = (text: string, i: number, c: number) =>
	c < 128 ? ASCII_WORD[c] === 1 : LETTER_OR_DIGIT.test(text[i]) || (c >= 0xd800 && c <= 0xdbff && LETTER_OR_DIGIT.test(text.slice(i, i + 2)));
const isLetterOrMark = (text: string, i: number, c: number) =>
	c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_MARK.test(text[i]) || (c >= 0xd800 && c <= 0xdbff && LETTER_OR_MARK.test(text.slice(i, i + 2)));
const isDigit = (c: number) => c >= 48 && c <= 57;

/** Length (in UTF-16 units) of the code point at i: 2 for a surrogate pair. */
const unitsAt = (text: string, i: number) => {
	const c = text.charCodeAt(i);
	return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
};

/**
 * Calls `visit(start, end, hash)` for every word of `text`, in order; `hash` is
 * FNV-1a of the word's UTF-16 units (equal words, equal hashes).
 */
export function scanWordSpans(text: string, visit: (start: number, end: number, hash: number) => void): void {
	scanFrom(text, 0, (start, end) => (visit(start, end, hashOf(text, start, end)), true));
}

/**
 * The span of the word `skip` words after the one starting at `from` (a word start
 * scanWordSpans met), or null past the end. The scanner keeps no state between words,
 * so reading on from a word start meets the same words as reading from the beginning:
 * the index keeps every few words' start and finds the others with this.
 */
export function wordSpanAfter(text: string, from: number, skip: number): { start: number; end: number } | null {
	let found: { start: number; end: number } | null = null;
	scanFrom(text, from, (start, end) => {
		if (skip-- > 0) return true;
		found = { start, end };
		return false;
	});
	return found;
}

/** Visits the words from character `i` on until `visit` returns false. */
function scanFrom(text: string, i: number, visit: (start: number, end: number) => boolean): void {
	const n = text.length;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (!isWordStart(text, i, c)) {
			i++;
			continue;
		}
		const start = i;
		i = runOf(text, i + unitsAt(text, i), isWordChar);
		for (;;) {
			const next = extension(text, i);
			if (next === i) break;
			i = next;
		}
		if (!visit(start, i)) return;
	}
}

/** Past the run of characters from i that `accept` takes. */
function runOf(text: string, i: number, accept: (text: string, i: number, c: number) => boolean): number {
	while (i < text.length && accept(text, i, text.charCodeAt(i))) i += unitsAt(text, i);
	return i;
}

/** The end of one inner extension at i ("'s", "-operation", ".7"), or i when none follows. */
function extension(text: string, i: number): number {
	if (i + 1 >= text.length) return i;
	const mark = text[i];
	const c = text.charCodeAt(i + 1);
	if (APOSTROPHE.test(mark) && isLetterOrMark(text, i + 1, c)) return runOf(text, i + 1, isLetterOrMark);
	if (HYPHEN.test(mark) && isWordStart(text, i + 1, c)) return runOf(text, i + 1 + unitsAt(text, i + 1), isWordChar);
	if ((mark === '.' || mark === ',') && isDigit(text.charCodeAt(i - 1)) && isDigit(c)) {
		let j = i + 1;
		while (j < text.length && isDigit(text.charCodeAt(j))) j++;
		return j;
	}
	return i;
}

function hashOf(text: string, start: number, end: number): number {
	let h = 0x811c9dc5;
	for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
	return h >>> 0;
}

/** True when text[start, end) spells `word`. */
export function spells(text: string, start: number, end: number, word: string): boolean {
	if (end - start !== word.length) return false;
	for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
	return true;
}

/**
 * Word ids by spelling, without making strings of words seen before: an
 * open-addressing table of FNV hashes, each checked against the spelling it stands for.
 */
export class RawWordTable {
	private slots = new Int32Array(1 << 16).fill(-1);
	private readonly hashes: number[] = [];
	private readonly spellings: string[] = [];
	private readonly ids: number[] = [];

	/** The id of text[start, end), made by `idOf(spelling)` the first time it is seen. */
	idAt(text: string, start: number, end: number, hash: number, idOf: (spelling: string) => number): number {
		let mask = this.slots.length - 1;
		let slot = hash & mask;
		for (let entry = this.slots[slot]; entry !== -1; entry = this.slots[slot]) {
			if (this.hashes[entry] === hash && spells(text, start, end, this.spellings[entry])) return this.ids[entry];
			slot = (slot + 1) & mask;
		}
		const spelling = text.slice(start, end);
		const id = idOf(spelling);
		this.slots[slot] = this.spellings.length;
		this.hashes.push(hash);
		this.spellings.push(spelling);
		this.ids.push(id);
		if (this.spellings.length * 2 > this.slots.length) this.grow();
		return id;
	}

	private grow(): void {
		this.slots = new Int32Array(this.slots.length * 2).fill(-1);
		const mask = this.slots.length - 1;
		this.hashes.forEach((hash, entry) => {
			let slot = hash & mask;
			while (this.slots[slot] !== -1) slot = (slot + 1) & mask;
			this.slots[slot] = entry;
		});
	}
}
