/**
 * Who is who: one person under every spelling (Aleksandr/Alexander/Alyaksandr,
 * Lukashenko/Lukashenka), with and without titles, and roles ("the Russian
 * president", "the Belarusian leader") learned from how the corpus itself
 * introduces people ("Russian President Vladimir Putin").
 */
import { nameSkeleton, normaliseWord, TITLES as TITLE_WORDS, transliterate } from '../text/index.ts';
import type { CorpusDocument } from '../types.ts';

/** A person: the canonical name, and the consonant skeletons of its given names and surname. */
type Person = { name: string; given: string[]; surname: string; parts: string; surnameWord: string; initials: string };

/** A name written as its initials alone: "FDR", "LBJ", "JFK" (two to four capitals). */
const INITIALS = /^(?:the\s+)?([A-Z]{2,4})$/;


/** Words that make a role refer to one person of a country. */
const ROLE_NOUNS = /\b(?:president|leader|head of (?:state|the state)|counterpart|premier)\b/i;

/** Usual English short forms of given names, so "Bill Clinton" is William J. Clinton. */
const NICKNAMES: ReadonlyMap<string, string> = new Map(
	`bill:william will:william billy:william bob:robert rob:robert jim:james jimmy:james jamie:james joe:joseph
	ted:edward teddy:theodore jack:john johnny:john dick:richard rick:richard mike:michael tom:thomas ron:ronald
	chuck:charles charlie:charles dan:daniel dave:david steve:stephen tony:anthony andy:andrew al:albert ike:dwight
	cal:calvin abe:abraham ben:benjamin sam:samuel fred:frederick frank:franklin harry:henry hank:henry liz:elizabeth
	kate:katherine sasha:alexander sergei:sergey`
		.split(/\s+/)
		.filter(Boolean)
		.map((pair) => pair.split(':').map((n) => nameSkeleton(n)) as [string, string])
);

export class PeopleRegistry {
	private readonly persons: Person[] = [];
	/** Country stem (first four letters of "Russia"/"Russian") -> person, learned from the corpus. */
	private readonly roles = new Map<string, string>();
	/** Phrases already resolved: attribution asks about the same names again and again. */
	private readonly resolved = new Map<string, string | null>();
	private readonly candidateMemo = new Map<string, string[]>();

	constructor(documents: CorpusDocument[]) {
		for (const doc of documents) for (const name of doc.speakers) this.add(name);
		for (const doc of documents) this.learnRoles(doc.text);
	}

	/**
	 * A registry that also knows the people and roles of `documents` (an article read against
	 * the corpus: "Kremlin spokesman Dmitry Peskov" is someone a later "Peskov said" names).
	 * This one is unchanged, so the corpus's index stays as it was.
	 */
	extendedWith(documents: CorpusDocument[]): PeopleRegistry {
		const copy = new PeopleRegistry([]);
		copy.persons.push(...this.persons);
		for (const [stem, person] of this.roles) copy.roles.set(stem, person);
		for (const doc of documents) for (const name of doc.speakers) copy.add(name);
		for (const doc of documents) copy.learnRoles(doc.text);
		return copy;
	}

	/** Canonical names of everyone known. */
	people(): string[] {
		return this.persons.map((p) => p.name);
	}

	/**
	 * The person a name or role refers to, or null when it names nobody known.
	 * `defaultSpeaker` answers "the head of state" and "the President" in a report about one leader.
	 * e.g. "Lukashenka" -> "Aleksandr Lukashenko"; "the Russian leader" -> "Vladimir Putin".
	 * A surname several people share gives the first of them; verify() then prefers the source's.
	 */
	resolve(phrase: string, defaultSpeaker: string | null = null): string | null {
		const key = `${defaultSpeaker ?? ''}\u0000${phrase}`;
		let person = this.resolved.get(key);
		if (person === undefined) {
			if (this.resolved.size > MAX_RESOLVED) this.resolved.clear();
			this.resolved.set(key, (person = this.resolveUncached(phrase, defaultSpeaker)));
		}
		return person;
	}

	private resolveUncached(phrase: string, defaultSpeaker: string | null): string | null {
		const named = this.candidatesUncached(phrase, defaultSpeaker);
		return named[0] ?? null;
	}

	/**
	 * Everyone a name or role can refer to, best first. "Bush" is either Bush; "George W. Bush"
	 * only the son (given names or initials name that person only: SPEC "People who share a
	 * surname"); "FDR" is Franklin D. Roosevelt; [] when it names nobody known.
	 */
	candidates(phrase: string, defaultSpeaker: string | null = null): string[] {
		const key = `${defaultSpeaker ?? ''}\u0001${phrase}`;
		let named = this.candidateMemo.get(key);
		if (named === undefined) {
			if (this.candidateMemo.size > MAX_RESOLVED) this.candidateMemo.clear();
			this.candidateMemo.set(key, (named = this.candidatesUncached(phrase, defaultSpeaker)));
		}
		return named;
	}

	private candidatesUncached(phrase: string, defaultSpeaker: string | null): string[] {
		const words = nameWords(phrase);
		const names = words.map((w) => w.skeleton);
		// The surname is the name's last word: "Senator Arthur Vandenberg" is no Arthur.
		const last = names.length - 1;
		const bearers = last >= 0 ? this.persons.filter((p) => sameSurname(p, words[last])) : [];
		if (bearers.length) {
			const given = names.slice(0, last);
			if (!given.length) return bearers.map((p) => p.name);
			const agreeing = bearers.filter((p) => givenNamesAgree(given, p.given));
			// "George W. Bush" agrees with George H. W. Bush too, but names exactly the son.
			const exact = agreeing.filter((p) => p.given.length === given.length);
			return (exact.length ? exact : agreeing).map((p) => p.name);
		}
		const byInitials = this.byInitials(phrase);
		if (byInitials.length) return byInitials;
		if (names.length === 1) {
			const byGiven = this.persons.filter((p) => p.given[0] === names[0]);
			if (byGiven.length === 1) return [byGiven[0].name];
		}
		const role = ROLE_NOUNS.test(phrase) ? this.resolveRole(phrase, defaultSpeaker) : null;
		return role ? [role] : [];
	}

	/** "FDR", "LBJ", "JFK": the people whose initials, given names and surname, spell the letters. */
	private byInitials(phrase: string): string[] {
		const letters = INITIALS.exec(phrase.trim())?.[1];
		if (!letters) return [];
		const wanted = letters.toLowerCase();
		return this.persons.filter((p) => p.initials === wanted).map((p) => p.name);
	}

	/**
	 * True when two names (canonical or as written) can be one person: the same
	 * surname and given names that agree ("Bush" is either Bush, "Bill" is
	 * William); or two descriptions the corpus resolves to one person ("the
	 * Russian president" and "Vladimir Putin").
	 */
	samePerson(a: string, b: string): boolean {
		if (a === b) return true;
		const [x, y] = [this.candidates(a), this.candidates(b)];
		if (x.length && y.length) return x.some((name) => y.includes(name));
		if (x.length || y.length) return false;
		// Neither is known (a person the manifests do not list, named in a text): compare as written.
		const [pa, pb] = [nameParts(a), nameParts(b)];
		return pa.length > 0 && pb.length > 0 && pa.at(-1) === pb.at(-1) && givenNamesAgree(pa.slice(0, -1), pb.slice(0, -1));
	}

	private resolveRole(phrase: string, defaultSpeaker: string | null): string | null {
		for (const w of phrase.split(/[^\p{L}\p{M}]+/u)) {
			const person = /^\p{Lu}/u.test(w) ? this.roles.get(countryStem(w)) : undefined;
			if (person) return person;
		}
		const leaderOfThisReport = /\b(?:head of (?:the )?state|president)\b/i.test(phrase) && !/\bpresident\s+of\b/i.test(phrase);
		return leaderOfThisReport ? defaultSpeaker : null;
	}

	private add(name: string): void {
		const parts = nameParts(name);
		if (!parts.length) return;
		const key = parts.join(' ');
		if (this.persons.some((p) => p.parts === key)) return;
		const words = nameWords(name);
		const initials = words.map((w) => w.norm[0]).join('');
		this.persons.push({ name, given: parts.slice(0, -1), surname: parts.at(-1)!, parts: key, surnameWord: words.at(-1)!.norm, initials });
	}

	/** The canonical form of a manifest name, so two spellings of one person agree. */
	canonical(name: string): string {
		return this.resolve(name) ?? name;
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

/** Resolved phrases kept before the memo starts again. */
const MAX_RESOLVED = 20_000;

/** Shortest surname skeleton trusted alone; "Hayes" ("hs") would also be "House". */
const MIN_SKELETON = 4;
/** A transliteration changes a name's length by a letter or two (Lukashenko/Lukashenka, Alexander/Aleksandr); "Friday" is not "Ford". */
const MAX_LENGTH_CHANGE = 2;

/** A surname skeleton names the person; a short one ("hs", "frd") must be the surname itself ("Hayes", not "House"; "Ford", not "Friday"). */
function sameSurname(person: Person, word: { norm: string; skeleton: string }): boolean {
	if (person.surname !== word.skeleton) return false;
	if (person.surnameWord === word.norm) return true;
	return word.skeleton.length >= MIN_SKELETON && Math.abs(person.surnameWord.length - word.norm.length) <= MAX_LENGTH_CHANGE;
}

/** Consonant skeletons of the capitalised words of a name, titles left out: "President Vladimir Putin" -> ["vldmr", "ptn"]. */
function nameParts(phrase: string): string[] {
	return nameWords(phrase).map((w) => w.skeleton);
}

function nameWords(phrase: string): { norm: string; skeleton: string }[] {
	return phrase
		.replace(/\.(?=\p{Lu})/gu, '. ')
		.split(/[^\p{L}\p{M}'’.-]+/u)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => normaliseWord(transliterate(w)).replace(/['’]s$|\.$/g, ''))
		.filter((w) => w && !TITLE_WORDS.has(w))
		.map((norm) => ({ norm, skeleton: nameSkeleton(norm) }));
}

/** Given names agree when each of the shorter list matches one of the longer: the same, a nickname, or an initial. */
function givenNamesAgree(x: string[], y: string[]): boolean {
	const [fewer, more] = x.length <= y.length ? [x, y] : [y, x];
	const full = (w: string) => NICKNAMES.get(w) ?? w;
	return fewer.every((w) => more.some((v) => full(v) === full(w) || ((w.length === 1 || v.length === 1) && w[0] === v[0])));
}

/** "Russian" and "Russia" share "russ"; "Belarusian" and "Belarus" share "bela". */
function countryStem(word: string): string {
	return normaliseWord(word).slice(0, 4);
}
