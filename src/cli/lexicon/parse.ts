/**
 * Readers for WordNet's database files (wndb(5WN)): data.*, index.*,
 * index.sense and the *.exc exception lists. Each takes the file's text and
 * returns plain values, so the builder can be tested on a few fixture lines.
 */

/** WordNet's four parts of speech: noun, verb, adjective (head or satellite), adverb. */
export type Pos = 'n' | 'v' | 'a' | 'r';

/** A synset's identity: its part of speech and byte offset in data.<pos>, e.g. "n15228587". */
export type SynsetKey = string;

export type Pointer = {
	/** WordNet's pointer symbol: "!" antonym, "&" similar to, "+" derivationally related, "@" hypernym ... */
	symbol: string;
	target: SynsetKey;
	/** 1-based word number in the source synset, or 0 when the pointer joins whole synsets (semantic). */
	sourceWord: number;
	/** 1-based word number in the target synset, or 0 when semantic. */
	targetWord: number;
};

export type Synset = {
	key: SynsetKey;
	pos: Pos;
	/** An adjective satellite ("damp"), reached from its head ("wet") by a similar-to pointer. */
	satellite: boolean;
	/** Lower-case lemmas in WordNet's order, multi-word ones joined by "_" ("carry_out"). */
	words: string[];
	pointers: Pointer[];
};

/** One line of index.<pos>: a lemma and its synsets, most frequent sense first. */
export type IndexEntry = { lemma: string; pos: Pos; synsets: SynsetKey[] };

/** One line of an exception list: an irregular form and its base forms ("fell" -> ["fall"]). */
export type Exception = { form: string; bases: string[] };

const POS_OF_SYNSET_TYPE: Readonly<Record<string, Pos>> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

/** index.sense's ss_type digit (1 noun, 2 verb, 3 adjective, 4 adverb, 5 satellite) -> Pos. */
const POS_OF_SENSE_DIGIT: Readonly<Record<string, Pos>> = { '1': 'n', '2': 'v', '3': 'a', '4': 'r', '5': 'a' };

/** WordNet's files open with a licence whose lines start with two spaces. */
function contentLines(text: string): string[] {
	return text.split('\n').filter((line) => line !== '' && !line.startsWith('  '));
}

function posOf(synsetType: string, line: string): Pos {
	const pos = POS_OF_SYNSET_TYPE[synsetType];
	if (pos === undefined) throw new Error(`lexicon: unknown synset type "${synsetType}" in "${line.slice(0, 60)}"`);
	return pos;
}

/** "Carry_Out(a)" -> "carry_out": adjectives may carry a syntactic marker; case differs from the index. */
function lemmaOf(dataWord: string): string {
	return dataWord.replace(/\([a-z]+\)$/, '').toLowerCase();
}

/**
 * Parses one data.<pos> line:
 * `offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... [frames] | gloss`.
 */
export function parseDataLine(line: string): Synset {
	const gloss = line.indexOf(' | ');
	const fields = (gloss === -1 ? line : line.slice(0, gloss)).trim().split(' ');
	const pos = posOf(fields[2], line);
	const wordCount = parseInt(fields[3], 16);
	const words: string[] = [];
	let at = 4;
	for (let i = 0; i < wordCount; i++, at += 2) words.push(lemmaOf(fields[at]));
	const pointerCount = parseInt(fields[at++], 10);
	const pointers: Pointer[] = [];
	for (let i = 0; i < pointerCount; i++, at += 4) {
		const sourceTarget = fields[at + 3];
		pointers.push({
			symbol: fields[at],
			target: posOf(fields[at + 2], line) + fields[at + 1],
			sourceWord: parseInt(sourceTarget.slice(0, 2), 16),
			targetWord: parseInt(sourceTarget.slice(2), 16)
		});
	}
	return { key: pos + fields[0], pos, satellite: fields[2] === 's', words, pointers };
}

export function parseData(text: string): Synset[] {
	return contentLines(text).map(parseDataLine);
}

/** Parses one index.<pos> line: `lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt offset...`. */
export function parseIndexLine(line: string): IndexEntry {
	const fields = line.trim().split(' ');
	const pos = posOf(fields[1], line);
	const pointerKinds = parseInt(fields[3], 10);
	const offsets = fields.slice(4 + pointerKinds + 2);
	return { lemma: fields[0], pos, synsets: offsets.map((offset) => pos + offset) };
}

export function parseIndex(text: string): IndexEntry[] {
	return contentLines(text).map(parseIndexLine);
}

/** Key of one word sense: the lemma and the synset it names, e.g. "rise n15228587". */
export function senseKey(lemma: string, synset: SynsetKey): string {
	return `${lemma} ${synset}`;
}

/**
 * Parses index.sense (`lemma%ss_type:... offset sense_number tag_cnt`) into
 * each sense's tag count: how often the sense was tagged in the semantic
 * concordances, WordNet's only measure of how common a sense is.
 */
export function parseTagCounts(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	for (const line of contentLines(text)) {
		const [key, offset, , tagCount] = line.split(' ');
		const percent = key.indexOf('%');
		const pos = POS_OF_SENSE_DIGIT[key[percent + 1]];
		if (pos === undefined) throw new Error(`lexicon: bad sense key in "${line}"`);
		counts.set(senseKey(key.slice(0, percent), pos + offset), parseInt(tagCount, 10));
	}
	return counts;
}

/** Parses a <pos>.exc list: `form base [base...]` per line, e.g. "better good well". */
export function parseExceptions(text: string): Exception[] {
	return contentLines(text).map((line) => {
		const [form, ...bases] = line.trim().split(' ');
		return { form, bases };
	});
}
