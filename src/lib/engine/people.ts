/**
 * Who is who: one person under every spelling (Aleksandr/Alexander/Alyaksandr,
 * Lukashenko/Lukashenka), with and without titles, and roles ("the Russian
 * president", "the Belarusian leader") learned from how the corpus itself
 * introduces people ("Russian President Vladimir Putin").
 */
import { nameSkeleton, normaliseWord } from './normalise.ts';
import type { CorpusDocument } from './types.ts';

type Person = { name: string; first: string; surname: string };

/** Titles that stand before a name and say nothing about who it is. */
const TITLES = /^(?:mr|mrs|ms|dr|president|prime|minister|premier|chancellor|king|queen|senator|governor|general|sir|madam|comrade|leader|head)$/;

/** Words that make a role refer to one person of a country. */
const ROLE_NOUNS = /\b(?:president|leader|head of (?:state|the state)|counterpart|premier)\b/i;

export class PeopleRegistry {
	private readonly persons: Person[] = [];
	/** Country stem (first four letters of "Russia"/"Russian") -> person, learned from the corpus. */
	private readonly roles = new Map<string, string>();

	constructor(documents: CorpusDocument[]) {
		for (const doc of documents) for (const name of doc.speakers) this.add(name);
		for (const doc of documents) this.learnRoles(doc.text);
	}

	/** Canonical names of everyone known. */
	people(): string[] {
		return this.persons.map((p) => p.name);
	}

	/**
	 * The person a name or role refers to, or null when it names nobody known.
	 * `defaultSpeaker` answers "the head of state" and "the President" in a report about one leader.
	 * e.g. "Lukashenka" -> "Aleksandr Lukashenko"; "the Russian leader" -> "Vladimir Putin".
	 */
	resolve(phrase: string, defaultSpeaker: string | null = null): string | null {
		const words = phrase.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);
		const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).map(normaliseWord);
		for (let i = capitalised.length - 1; i >= 0; i--) {
			const person = this.bySurname(capitalised[i], capitalised.slice(0, i));
			if (person) return person;
		}
		if (ROLE_NOUNS.test(phrase)) {
			for (const w of words) {
				const person = this.roles.get(countryStem(w));
				if (person && /^\p{Lu}/u.test(w)) return person;
			}
			if (/\b(?:head of (?:the )?state|president)\b/i.test(phrase) && !/\bpresident\s+of\b/i.test(phrase)) {
				return defaultSpeaker;
			}
		}
		return null;
	}

	/**
	 * True when two names (canonical or as written) can be one person: the same
	 * surname, and the same first name when both give one ("Bush" is either
	 * Bush); or two descriptions the corpus resolves to one person ("the Russian
	 * president" and "Vladimir Putin").
	 */
	samePerson(a: string, b: string): boolean {
		if (a === b) return true;
		const parts = (s: string) => s.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !TITLES.test(normaliseWord(w).replace(/\.$/, ''))).map((w) => nameSkeleton(normaliseWord(w)));
		const [px, py] = [parts(a), parts(b)];
		if (px.length && py.length && px.at(-1) === py.at(-1)) {
			// Given names of the shorter name (initials aside) must all stand in the longer one.
			const given = (p: string[]) => p.slice(0, -1).filter((w) => w.length > 1);
			const [gx, gy] = [given(px), given(py)];
			const [fewer, more] = gx.length <= gy.length ? [gx, gy] : [gy, gx];
			return fewer.every((w) => more.includes(w));
		}
		const [x, y] = [this.resolve(a), this.resolve(b)];
		return x !== null && x === y;
	}

	/** The canonical form of a manifest name, so two spellings of one person agree. */
	canonical(name: string): string {
		return this.resolve(name) ?? name;
	}

	private bySurname(word: string, before: string[]): string | null {
		if (word.length < 3 || TITLES.test(word)) return null;
		const skeleton = nameSkeleton(word);
		const matches = this.persons.filter((p) => p.surname === skeleton || p.first === skeleton);
		if (matches.length <= 1) return matches[0]?.name ?? null;
		const first = before.at(-1);
		return (first && matches.find((p) => p.first === nameSkeleton(first))?.name) ?? matches[0].name;
	}

	private add(name: string): void {
		const parts = name.split(/\s+/).map(normaliseWord);
		const person = { name, first: nameSkeleton(parts[0]), surname: nameSkeleton(parts.at(-1)!) };
		const same = this.persons.find((p) => p.surname === person.surname && p.first === person.first);
		if (!same) this.persons.push(person);
	}

	/** "Russian President Vladimir Putin", "President of the Republic of Belarus Alexander Lukashenko". */
	private learnRoles(text: string): void {
		const adjectiveFirst = /\b(\p{Lu}\p{Ll}+) (?:President|Prime Minister|leader) (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/gu;
		const countryAfter = /\bPresident of (?:the )?(?:Republic of )?(\p{Lu}\p{Ll}+),? (\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)/gu;
		for (const pattern of [adjectiveFirst, countryAfter]) {
			for (const m of text.matchAll(pattern)) {
				const country = m[1];
				const person = this.resolve(m[2]);
				if (person && !this.roles.has(countryStem(country))) this.roles.set(countryStem(country), person);
			}
		}
	}
}

/** "Russian" and "Russia" share "russ"; "Belarusian" and "Belarus" share "bela". */
function countryStem(word: string): string {
	return normaliseWord(word).slice(0, 4);
}
