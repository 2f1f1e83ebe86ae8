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

/** ASCII characters that may join a word to more of it (' ` - . ,); every non-ASCII one (slot 128) is tested in full. */
const MAYBE_INNER_MARK = new Uint8Array(129);
for (const c of "'`-.,") MAYBE_INNER_MARK[c.charCodeAt(0)] = 1;
MAYBE_INNER_MARK[128] = 1;

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
	for (let start = wordStartFrom(text, i); start < text.length; start = wordStartFrom(text, i)) {
		i = wordEndAt(text, start);
		if (!visit(start, i)) return;
	}
}

/**
 * The start of the first word at or after character i, or text.length when none is left.
 * With wordEndAt, the index reads words in a plain loop: no closure called per word.
 */
export function wordStartFrom(text: string, i: number): number {
	const n = text.length;
	for (; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < 128 ? ASCII_WORD[c] === 1 : isWordStart(text, i, c)) return i;
	}
	return n;
}

/** The end of the word starting at `start` (a start wordStartFrom found), its inner extensions included. */
export function wordEndAt(text: string, start: number): number {
	let i = wordCharsEnd(text, start + unitsAt(text, start));
	for (;;) {
		const next = extension(text, i);
		if (next === i) return i;
		i = next;
	}
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * wordEndAt that also hashes the word as it reads it (`hash`: what hashOf gives), so
 * the index's reader goes over each character once. Its own object, not a module
 * variable: two readers never share a hash.
 */
export class HashingWordEnd {
	hash = 0;

	/** The end of the word starting at `start`, as wordEndAt; sets `hash`. */
	at(text: string, start: number): number {
		const n = text.length;
		let h = FNV_OFFSET;
		let i = start;
		for (const units = i + unitsAt(text, i); i < units; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
		while (i < n) {
			const c = text.charCodeAt(i);
			if (c < 128) {
				if (ASCII_WORD[c] !== 1) break;
				h = Math.imul(h ^ c, FNV_PRIME);
				i++;
			} else if (isWordChar(text, i, c)) {
				for (const units = i + unitsAt(text, i); i < units; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
			} else break;
		}
		for (let next = extension(text, i); next !== i; next = extension(text, i)) {
			for (; i < next; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
		}
		this.hash = h >>> 0;
		return i;
	}
}

/** Past the word characters from i; ASCII letters and digits are read without a call. */
function wordCharsEnd(text: string, i: number): number {
	const n = text.length;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c < 128) {
			if (ASCII_WORD[c] !== 1) return i;
			i++;
		} else if (isWordChar(text, i, c)) i += unitsAt(text, i);
		else return i;
	}
	return i;
}

/** Past the run of characters from i that `accept` takes. */
function runOf(text: string, i: number, accept: (text: string, i: number, c: number) => boolean): number {
	while (i < text.length && accept(text, i, text.charCodeAt(i))) i += unitsAt(text, i);
	return i;
}

/** The end of one inner extension at i ("'s", "-operation", ".7"), or i when none follows. */
function extension(text: string, i: number): number {
	if (i + 1 >= text.length || !MAYBE_INNER_MARK[Math.min(text.charCodeAt(i), 128)]) return i;
	const mark = text[i];
	const c = text.charCodeAt(i + 1);
	if (APOSTROPHE.test(mark) && isLetterOrMark(text, i + 1, c)) return runOf(text, i + 1, isLetterOrMark);
	if (HYPHEN.test(mark) && isWordStart(text, i + 1, c)) return wordCharsEnd(text, i + 1 + unitsAt(text, i + 1));
	if ((mark === '.' || mark === ',') && isDigit(text.charCodeAt(i - 1)) && isDigit(c)) {
		let j = i + 1;
		while (j < text.length && isDigit(text.charCodeAt(j))) j++;
		return j;
	}
	return i;
}

/** FNV-1a of text[start, end)'s UTF-16 units. */
export function hashOf(text: string, start: number, end: number): number {
	let h = FNV_OFFSET;
	for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
	return h >>> 0;
}

/**
 * Word ids by spelling, without making strings of words seen before: an
 * open-addressing table of FNV hashes, each checked against the spelling it
 * stands for. Everything sits in typed arrays (the spellings' characters in one
 * pool), so a word seen before costs one probe and one comparison of its
 * characters, with no string touched.
 */
export class RawWordTable {
	/** Slot k is slots[4k .. 4k + 3]: where its spelling starts in `pool` (-1: empty), its length, hash and id; one cache line. */
	private slots = new Int32Array(4 << 16).fill(-1);
	private pool: Uint16Array = new Uint16Array(1 << 18);
	private pooled = 0;
	private size = 0;

	/** The id of text[start, end), made by `idOf(spelling)` the first time it is seen. */
	idAt(text: string, start: number, end: number, hash: number, idOf: (spelling: string) => number): number {
		const slots = this.slots;
		const mask = (slots.length >> 2) - 1;
		const length = end - start;
		let slot = (hash & mask) << 2;
		for (let at = slots[slot]; at !== -1; at = slots[slot]) {
			if (slots[slot + 2] === (hash | 0) && slots[slot + 1] === length && this.spelledAt(at, text, start, length)) return slots[slot + 3];
			slot = (slot + 4) & (slots.length - 1);
		}
		const id = idOf(text.slice(start, end));
		if (this.pooled + length > this.pool.length) this.pool = grownTo(this.pool, this.pooled + length);
		for (let k = 0; k < length; k++) this.pool[this.pooled + k] = text.charCodeAt(start + k);
		[slots[slot], slots[slot + 1], slots[slot + 2], slots[slot + 3]] = [this.pooled, length, hash, id];
		this.pooled += length;
		if (++this.size * 2 > slots.length >> 2) this.grow();
		return id;
	}

	private spelledAt(at: number, text: string, start: number, length: number): boolean {
		for (let k = 0; k < length; k++) if (this.pool[at + k] !== text.charCodeAt(start + k)) return false;
		return true;
	}

	private grow(): void {
		const old = this.slots;
		const slots = (this.slots = new Int32Array(old.length * 2).fill(-1));
		const mask = (slots.length >> 2) - 1;
		for (let k = 0; k < old.length; k += 4) {
			if (old[k] === -1) continue;
			let slot = (old[k + 2] & mask) << 2;
			while (slots[slot] !== -1) slot = (slot + 4) & (slots.length - 1);
			slots.set(old.subarray(k, k + 4), slot);
		}
	}
}

function grownTo(array: Uint16Array, least: number): Uint16Array {
	const bigger = new Uint16Array(Math.max(least, array.length * 2));
	bigger.set(array);
	return bigger;
}
