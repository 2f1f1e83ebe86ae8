/**
 * Links that repeat a check: the claim, and the own sources the result cites, so
 * whoever opens the link where those sources are absent is told so, instead of
 * meeting a bare "not found". e.g. `/?q=…&own=3f2a…:Minsk%20forum%20speech`.
 * Only the id and title of a source travel in a link, never its text.
 */
import type { CheckResult, Corpus } from '#lib/engine/index.ts';
import { shareHref } from './text.ts';

/** An own source a shared check used: its storage id (the corpus id without "own:") and its title. */
export type SharedSource = { id: string; title: string };

/**
 * Longest link offered, in characters. Browsers open far longer ones (Chromium about 2 MB),
 * but mail clients, chat apps, link previews and some proxies cut or refuse addresses past
 * about 8,000 characters (RFC 9110 §4.1 asks only that 8,000 work everywhere), and a link cut
 * short checks other words than the sender's, without saying so.
 */
export const MAX_LINK_CHARS = 8000;
/** Most own sources a link names: enough to say which are missing, never a catalogue. */
const MAX_SHARED_SOURCES = 10;
/** Longest title a link carries for each, in characters: enough to recognise it. */
const MAX_TITLE_CHARS = 80;
/** The corpus id prefix of own sources (the checker's OWN_PREFIX). */
const OWN = 'own:';
/** Storage ids are crypto.randomUUID(); anything else in a link is not one of ours. */
const ID = /^[0-9a-f-]{1,64}$/i;

/** A link to offer, or, when the claim makes it too long, how long and what a shortened claim would give. */
export type ShareLink =
	| { kind: 'fits'; href: string }
	| { kind: 'too long'; chars: number; shortened: { href: string; kept: number } };

/** The link that repeats a check of `claim` that used `sources`. */
export function shareLink(origin: string, claim: string, sources: SharedSource[]): ShareLink {
	const href = linkOf(origin, claim, sources);
	if (href.length <= MAX_LINK_CHARS) return { kind: 'fits', href };
	const kept = longestFitting(origin, claim, sources);
	return { kind: 'too long', chars: href.length, shortened: { href: linkOf(origin, claim.slice(0, kept), sources), kept } };
}

function linkOf(origin: string, claim: string, sources: SharedSource[]): string {
	const own = sources.slice(0, MAX_SHARED_SOURCES).map((s) => `&${new URLSearchParams({ own: `${s.id}:${s.title.slice(0, MAX_TITLE_CHARS)}` })}`);
	return shareHref(origin, claim) + own.join('');
}

/** How much of the claim, cut at a word's end, fits in a link: found by halving, since encoding makes length uneven. */
function longestFitting(origin: string, claim: string, sources: SharedSource[]): number {
	let [fits, tooLong] = [0, claim.length];
	while (tooLong - fits > 1) {
		const mid = Math.floor((fits + tooLong) / 2);
		if (linkOf(origin, claim.slice(0, mid), sources).length <= MAX_LINK_CHARS) fits = mid;
		else tooLong = mid;
	}
	const wordEnd = claim.slice(0, fits).search(/\s+\S*$/);
	return wordEnd > 0 ? wordEnd : fits;
}

/** The own sources `result` cites (its source, nearest passage, further places), titled as `corpus` names them. */
export function sharedSourcesOf(result: CheckResult, corpus: Corpus): SharedSource[] {
	const cited = [result.source, result.nearest, ...result.alsoIn].flatMap((m) => (m?.doc.startsWith(OWN) ? [m.doc] : []));
	return [...new Set(cited)].map((doc) => ({
		id: doc.slice(OWN.length),
		title: corpus.documents.find((d) => d.id === doc)?.title ?? 'an untitled source'
	}));
}

/** The own sources a link names; entries that are not one of ours are left out. */
export function readSharedSources(params: URLSearchParams): SharedSource[] {
	return params
		.getAll('own')
		.slice(0, MAX_SHARED_SOURCES)
		.flatMap((value) => {
			const colon = value.indexOf(':');
			const [id, title] = [value.slice(0, colon), value.slice(colon + 1).trim().slice(0, MAX_TITLE_CHARS)];
			return colon > 0 && ID.test(id) && title ? [{ id, title }] : [];
		});
}

/** Of the sources a link names, those checks here do not run against. */
export function missingSources(shared: SharedSource[], inUse: { id: string }[]): SharedSource[] {
	const here = new Set(inUse.map((d) => d.id));
	return shared.filter((s) => !here.has(OWN + s.id));
}

/** What "Copy link" says instead of copying a link too long to arrive whole. */
export function linkTooLongSentence(chars: number, kept: number): string {
	const n = (x: number) => x.toLocaleString('en-GB');
	return `No link copied: with this claim it would be ${n(chars)} characters long, and links over ${n(MAX_LINK_CHARS)} are often cut off by mail and chat apps, which would then check other words. Copy the result instead, or copy a link that checks only the first ${n(kept)} characters of the claim.`;
}
