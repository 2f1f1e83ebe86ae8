/**
 * The compact form of the WordNet relations the engine ships
 * (wordnet-data.ts, written by src/cli/build-lexicon.ts) and its decoding
 * into lookup structures. Strings, not JSON arrays: base-36 ids and deltas
 * are short, compress well, and decode with a split each.
 *
 * A word's id is its position in `words`; ids are written in base 36.
 */

/** WordNet's parts of speech in the order of the `pos` bit mask: noun 1, verb 2, adjective 4, adverb 8. */
export const PARTS_OF_SPEECH = ['n', 'v', 'a', 'r'] as const;
export type Pos = (typeof PARTS_OF_SPEECH)[number];

export type WordnetTable = {
	/** WordNet release the relations come from, e.g. "3.1". */
	version: string;
	/**
	 * Princeton's licence and copyright notice, which must appear on every copy
	 * of the database or a modification of it; a field, unlike a comment,
	 * survives minification into the bundle.
	 */
	notice: string;
	/**
	 * Lemmas sorted by UTF-16 code unit, front-coded and joined by " ": each
	 * is one base-36 digit, how many leading characters it shares with the
	 * previous lemma, then the rest ("rise rising" -> "0rise 3ing"). A
	 * multi-word lemma joins its words with "_" ("carry_out").
	 */
	words: string;
	/** One hex digit per word: the parts of speech WordNet lists it under, as a PARTS_OF_SPEECH bit mask ("3" = noun and verb). */
	pos: string;
	/**
	 * Antonym pairs, each once with a < b, grouped by a: "da:db.db" where da is
	 * a minus the previous group's a and each db is b minus the previous b
	 * (or minus a, first), joined by " ". Small deltas compress well.
	 */
	antonyms: string;
	/** Synonym groups, one per WordNet synset that is a main sense of each member: member ids joined by ".", groups by " ". */
	synonyms: string;
	/** Unit families "name=unit,unit;...": each unit one synset's member ids joined by "." (hour.hr), e.g. "time unit=..". */
	units: string;
	/** Irregular forms per part of speech from WordNet's *.exc lists, "form.base.base" joined by " " ("better.good.well"). */
	exceptions: Readonly<Record<Pos, string>>;
};

/** The table decoded: every relation addressed by word id. */
export type WordnetIndex = {
	words: readonly string[];
	ids: ReadonlyMap<string, number>;
	/** Per word id, its PARTS_OF_SPEECH bit mask. */
	pos: Uint8Array;
	/** Antonym pairs as `a * words.length + b`, both orders. */
	antonymPairs: ReadonlySet<number>;
	/** Per word id, the synonym groups it belongs to (empty for most words). */
	groupsOf: readonly (readonly number[])[];
	/** Per group, its member word ids. */
	groups: readonly (readonly number[])[];
	/** Unit family names, indexed by the numbers in unitFamily. */
	families: readonly string[];
	/** Per word id, the index of its unit family, or -1: typed arrays, so a lookup reads two numbers and allocates nothing. */
	unitFamily: Int16Array;
	/** Per word id, the unit (synset) it names, or -1; synonyms such as "hour" and "hr" name one unit. */
	unitOf: Int32Array;
	/** Irregular form -> its bases, per part of speech. */
	exceptions: Readonly<Record<Pos, ReadonlyMap<string, readonly string[]>>>;
};

const ID_RADIX = 36;

/** Longest shared prefix one front-coding digit can say. */
const MAX_SHARED_PREFIX = ID_RADIX - 1;

/** Splits a list; an empty string is an empty list, not [""]. */
function entries(list: string, separator: string): string[] {
	return list === '' ? [] : list.split(separator);
}

function idsOf(entry: string): number[] {
	return entry.split('.').map((id) => parseInt(id, ID_RADIX));
}

export function encodeIds(ids: readonly number[]): string {
	return ids.map((id) => id.toString(ID_RADIX)).join('.');
}

export function encodeWords(sorted: readonly string[]): string {
	return sorted
		.map((word, i) => {
			const previous = i === 0 ? '' : sorted[i - 1];
			let shared = 0;
			while (shared < MAX_SHARED_PREFIX && shared < word.length && word[shared] === previous[shared]) shared++;
			return shared.toString(ID_RADIX) + word.slice(shared);
		})
		.join(' ');
}

export function decodeWords(list: string): string[] {
	const words: string[] = [];
	for (const entry of entries(list, ' ')) {
		const shared = parseInt(entry[0], ID_RADIX);
		words.push((words.length === 0 ? '' : words[words.length - 1].slice(0, shared)) + entry.slice(1));
	}
	return words;
}

/** Pairs [a, b] with a < b, sorted by a then b. */
export function encodePairs(pairs: readonly (readonly [number, number])[]): string {
	const groups: string[] = [];
	let groupA = 0;
	let previous = 0;
	for (const [a, b] of pairs) {
		if (groups.length === 0 || a !== groupA) {
			groups.push(`${(a - groupA).toString(ID_RADIX)}:`);
			groupA = previous = a;
		} else groups[groups.length - 1] += '.';
		groups[groups.length - 1] += (b - previous).toString(ID_RADIX);
		previous = b;
	}
	return groups.join(' ');
}

/** Calls `visit` for each pair, as encodePairs wrote them. */
export function decodePairs(list: string, visit: (a: number, b: number) => void): void {
	let a = 0;
	for (const group of entries(list, ' ')) {
		const [deltaA, deltas] = group.split(':');
		a += parseInt(deltaA, ID_RADIX);
		let b = a;
		for (const delta of deltas.split('.')) visit(a, (b += parseInt(delta, ID_RADIX)));
	}
}

function decodeAntonyms(table: WordnetTable, wordCount: number): Set<number> {
	const pairs = new Set<number>();
	decodePairs(table.antonyms, (a, b) => pairs.add(a * wordCount + b).add(b * wordCount + a));
	return pairs;
}

function decodeUnits(table: WordnetTable, index: Pick<WordnetIndex, 'unitFamily' | 'unitOf'>): string[] {
	const families: string[] = [];
	let unit = 0;
	for (const family of entries(table.units, ';')) {
		const [name, units] = family.split('=');
		for (const members of entries(units, ',')) {
			for (const id of idsOf(members)) {
				index.unitFamily[id] = families.length;
				index.unitOf[id] = unit;
			}
			unit++;
		}
		families.push(name);
	}
	return families;
}

function decodeExceptions(list: string): Map<string, string[]> {
	const map = new Map<string, string[]>();
	for (const entry of entries(list, ' ')) {
		const [form, ...bases] = entry.split('.');
		map.set(form, bases);
	}
	return map;
}

export function decodeTable(table: WordnetTable): WordnetIndex {
	const words = decodeWords(table.words);
	if (table.pos.length !== words.length) {
		throw new Error(`wordnet: table has ${words.length} words but ${table.pos.length} part-of-speech marks`);
	}
	const groups = entries(table.synonyms, ' ').map(idsOf);
	const groupsOf: number[][] = words.map(() => []);
	groups.forEach((members, group) => members.forEach((id) => groupsOf[id].push(group)));
	const units = { unitFamily: new Int16Array(words.length).fill(-1), unitOf: new Int32Array(words.length).fill(-1) };
	return {
		words,
		ids: new Map(words.map((word, id) => [word, id])),
		pos: Uint8Array.from(table.pos, (digit) => parseInt(digit, 16)),
		antonymPairs: decodeAntonyms(table, words.length),
		groupsOf,
		groups,
		families: decodeUnits(table, units),
		...units,
		exceptions: {
			n: decodeExceptions(table.exceptions.n),
			v: decodeExceptions(table.exceptions.v),
			a: decodeExceptions(table.exceptions.a),
			r: decodeExceptions(table.exceptions.r)
		}
	};
}
