/**
 * The index's word reader: the same words as `scanWords` (tokenise.ts), read
 * character by character with a hash of each word computed on the way, so a
 * word seen before is recognised without making a string of it. Building the
 * index of 11 MB spends most of its time here: a regular expression and a
 * Map of strings cost about 0.4 µs a word, WordIdReader about a fifth of that.
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

/** Where a reader writes: word ids from `ids[n]` on, word starts to keep from `checkpoints[c]` on (room for every word is the caller's). */
export type WordIdSink = { ids: Uint32Array; checkpoints: Uint32Array; n: number; c: number };

/**
 * The index's word reader: the words of scanWordSpans, each named by an id, read in one loop
 * that hashes a word (FNV-1a, as hashOf) while finding its end and looks it up by that hash,
 * without making a string of a word seen before. Spellings sit in an open-addressing table in
 * typed arrays (the spellings' characters in one pool), so a word seen before costs one probe
 * and one comparison of its characters. Building the index spends most of its time here:
 * plain ASCII is read without a call, and a comma or full stop after a word without a test.
 */
export class WordIdReader {
	/** Slot k is slots[4k .. 4k + 3]: where its spelling starts in `pool` (-1: empty), its length, hash and id. */
	private slots: Int32Array;
	private pool: Uint16Array;
	private pooled = 0;
	private size = 0;

	/**
	 * `idOf(spelling)` names a spelling the first time it is read. The arrays are sized for about
	 * `chars` characters of text, up to the spellings of a few tens of MB: growing replaces them,
	 * and each time the reader's compiled loop was thrown away (V8 deoptimised it), which cost the
	 * 11 MB build more than the reader saved.
	 */
	constructor(
		private readonly idOf: (spelling: string) => number,
		chars: number
	) {
		this.slots = new Int32Array(4 * powerOfTwo(chars / 16, 1 << 10, 1 << 17)).fill(-1);
		this.pool = new Uint16Array(powerOfTwo(chars / 32, 1 << 12, 1 << 19));
	}

	/** Appends the id of every word of `text` to `out`, and the start of its words 0, stride, 2 × stride, …. */
	read(text: string, out: WordIdSink, stride: number): void {
		const { ids, checkpoints } = out;
		const length = text.length;
		let [n, c, untilCheckpoint, i] = [out.n, out.c, 0, 0];
		for (;;) {
			let code = 0;
			for (; i < length; i++) {
				code = text.charCodeAt(i);
				if (code < 128 ? ASCII_WORD[code] === 1 : isWordStart(text, i, code)) break;
			}
			if (i >= length) break;
			const start = i;
			let h = FNV_OFFSET;
			for (const units = i + unitsAt(text, i); i < units; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
			while (i < length) {
				code = text.charCodeAt(i);
				if (code < 128) {
					if (ASCII_WORD[code] !== 1) break;
					h = Math.imul(h ^ code, FNV_PRIME);
					i++;
				} else if (isWordChar(text, i, code)) {
					for (const units = i + unitsAt(text, i); i < units; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
				} else break;
			}
			while (i < length && mayExtend(text, i)) {
				const next = extension(text, i);
				if (next === i) break;
				for (; i < next; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
			}
			if (untilCheckpoint-- === 0) (checkpoints[c++] = start), (untilCheckpoint = stride - 1);
			ids[n++] = this.idAt(text, start, i, h >>> 0);
		}
		[out.n, out.c] = [n, c];
	}

	/** The id of text[start, end), whose hash is `hash`. */
	private idAt(text: string, start: number, end: number, hash: number): number {
		const slots = this.slots;
		const length = end - start;
		let slot = (hash & ((slots.length >> 2) - 1)) << 2;
		for (let at = slots[slot]; at !== -1; at = slots[slot]) {
			if (slots[slot + 2] === (hash | 0) && slots[slot + 1] === length && this.spelledAt(at, text, start, length)) return slots[slot + 3];
			slot = (slot + 4) & (slots.length - 1);
		}
		return this.added(text, start, end, hash, slot);
	}

	/** A spelling not seen before, named and put in `slot`. */
	private added(text: string, start: number, end: number, hash: number, slot: number): number {
		const id = this.idOf(text.slice(start, end));
		const length = end - start;
		if (this.pooled + length > this.pool.length) this.pool = grownTo(this.pool, this.pooled + length);
		for (let k = 0; k < length; k++) this.pool[this.pooled + k] = text.charCodeAt(start + k);
		const slots = this.slots;
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

/**
 * Whether an inner extension may start at i, decided without a test for what follows most
 * words: a space, or a comma or full stop that is no decimal or thousands mark.
 */
function mayExtend(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c >= 128) return true;
	if (MAYBE_INNER_MARK[c] !== 1) return false;
	return (c !== 46 && c !== 44) || (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
}

/** The least power of two at or above `n`, within [least, most]. */
function powerOfTwo(n: number, least: number, most: number): number {
	let p = least;
	while (p < n && p < most) p *= 2;
	return p;
}

function grownTo(array: Uint16Array, least: number): Uint16Array {
	const bigger = new Uint16Array(Math.max(least, array.length * 2));
	bigger.set(array);
	return bigger;
}
