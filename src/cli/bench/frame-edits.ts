/**
 * Edits that need the document, not only the passage: a quote put in a frame
 * of one of the shapes people write (`X, YEAR address: "..."`, `"..." — X`,
 * `X told Congress in MONTH YEAR: "..."`, `In his YEAR address, X said, "..."`);
 * the same frame naming a namesake or another speaker of the corpus; and a
 * collage, a real phrase of 3–8 words inside made-up words.
 */
import type { Corpus, CorpusDocument } from '../../lib/engine/index.ts';
import type { Rng } from './prng.ts';
import { words } from './text-units.ts';

export type DocumentEdit = (passage: string, doc: CorpusDocument, corpus: Corpus, rng: Rng, vocabulary: readonly string[]) => string | null;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The shapes a frame takes; `who` is the speaker as written, `year` the document's, `month` its or any. */
const FRAMES: readonly ((q: string, who: string, year: string, month: string) => string)[] = [
	(q, who, year) => `${who}, ${year} address: "${q}"`,
	(q, who) => `"${q}" — ${who}`,
	(q, who, year, month) => `${who} told Congress in ${month} ${year}: "${q}"`,
	(q, who, year) => `In his ${year} address, ${who} said, "${q}"`,
	(q, who, year) => `“${q},” ${who} said in ${year}.`,
	(q, who, year) => `As ${who} put it in ${year}: “${q}”`,
	(q, who, year) => `${who} (${year}): "${q}"`
];

/** The passage quoted in a frame naming the document's own speaker: it stands exactly. */
export const framed: DocumentEdit = (passage, doc, _corpus, rng) => {
	const speaker = doc.speakers[0];
	if (!speaker || doc.kind !== 'speech') return null;
	return frame(passage, asWritten(speaker, rng), doc, rng);
};

/**
 * The same frame naming someone else: a namesake with given names (George W. Bush for
 * George H. W. Bush, Franklin D. Roosevelt for Theodore), else another speaker of the corpus.
 */
export const namesake: DocumentEdit = (passage, doc, corpus, rng) => {
	const speaker = doc.speakers[0];
	if (!speaker || doc.kind !== 'speech') return null;
	const people = [...new Set(corpus.documents.flatMap((d) => d.speakers))].filter((p) => p !== speaker);
	const sameSurname = people.filter((p) => surname(p) === surname(speaker));
	const other = sameSurname.length ? rng.pick(sameSurname) : people.length ? rng.pick(people) : null;
	return other ? frame(passage, other, doc, rng) : null;
};

function frame(passage: string, who: string, doc: CorpusDocument, rng: Rng): string {
	const quote = passage.replace(/["“”]/g, "'").replace(/[.!?]$/, '');
	const year = doc.date?.slice(0, 4) ?? '';
	const month = doc.date && doc.date.length >= 7 ? MONTHS[Number(doc.date.slice(5, 7)) - 1] : rng.pick(MONTHS);
	return rng.pick(FRAMES)(quote, who, year, month);
}

/** "Franklin D. Roosevelt" as people write him: whole, or "President Roosevelt" when the surname is his alone. */
function asWritten(name: string, rng: Rng): string {
	return rng.chance(0.6) ? name : `President ${surname(name)}`;
}

function surname(name: string): string {
	return name.trim().split(/\s+/).at(-1) ?? name;
}

/** Made-up words on each side of the real phrase; in all, at least as many as the phrase has and at least `total`. */
const MADE_UP = { min: 0, max: 7, total: 6 };
const PHRASE_WORDS = { min: 3, max: 8 };

/** A real phrase of the passage inside made-up words: "The silver question will [help save jobs and avert disaster] in Alaska." */
export const collage: DocumentEdit = (passage, _doc, _corpus, rng, vocabulary) => {
	const all = words(passage);
	if (all.length < PHRASE_WORDS.min || vocabulary.length === 0) return null;
	const length = rng.int(PHRASE_WORDS.min, Math.min(PHRASE_WORDS.max, all.length));
	const from = rng.int(0, all.length - length);
	// Words, not the punctuation of a quotation: a phrase that closes one would make the made-up rest its frame.
	const phrase = passage.slice(all[from].start, all[from + length - 1].end).replace(/["“”„«»]/g, ' ');
	// Words of the corpus and words of no language: a collage may be built of either.
	const madeUp = (n: number) => Array.from({ length: n }, () => (rng.chance(0.3) ? inventedWord(rng) : rng.pick(vocabulary))).join(' ');
	const lead = rng.int(MADE_UP.min, MADE_UP.max);
	const tail = Math.max(Math.max(MADE_UP.total, length) - lead, rng.int(MADE_UP.min, MADE_UP.max));
	const claim = [madeUp(lead), phrase, madeUp(tail)].filter(Boolean).join(' ');
	return `${claim[0].toUpperCase()}${claim.slice(1)}.`;
};

const SYLLABLES = ['flor', 'bish', 'quan', 'ta', 'vire', 'mel', 'drose', 'tar', 'pin', 'et', 'vorsk', 'plim', 'bur', 'zen', 'dak', 'cor', 'vel', 'line'];

/** A word of two or three syllables that no corpus holds: "florbish", "quantavire". */
function inventedWord(rng: Rng): string {
	return Array.from({ length: rng.int(2, 3) }, () => rng.pick(SYLLABLES)).join('');
}

/** Words of the clause a claim adds to a real passage. */
const ADDED_CLAUSE = { min: 4, max: 8 };

/** A real passage with a clause of made-up words put after it: "... ambitious projects, and Belarus will join NATO next year." */
export const addedClause: DocumentEdit = (passage, _doc, _corpus, rng, vocabulary) => {
	// A passage that ends in its attribution ("– as stated by ...", "he said") would take the clause into its frame.
	if (vocabulary.length === 0 || words(passage).length < 6 || /\s[–—-]\s|\b(?:said|stated|noted|added)\b/.test(passage)) return null;
	const clause = Array.from({ length: rng.int(ADDED_CLAUSE.min, ADDED_CLAUSE.max) }, () => rng.pick(vocabulary)).join(' ');
	// Words, not the quotation marks of the passage: "…,” he said, and …" would make the clause its frame.
	return `${passage.replace(/["“”„«»]/g, ' ').trim().replace(/[.!?,;:]+$/, '')}, and ${clause}.`;
};
