/**
 * Every sentence the storage module shows the user, in one place. Each says
 * what happened and what to do; none blames the user.
 */
import type { ImportSummary } from './types.ts';

/** What the user was doing when storage failed; it decides the second half of a sentence. */
export type Action =
	| 'open'
	| 'save'
	| 'read'
	| 'change'
	| 'import'
	| 'sources-read'
	| 'sources-add'
	| 'sources-change'
	| 'sources-import'
	| 'publisher-read'
	| 'publisher-save';

/** Why storage failed, as the user needs to know it. */
export type Cause = 'blocked' | 'quota' | 'newer-version' | 'internal';

const CONSEQUENCE: Record<Action, string> = {
	open: 'checks are not being saved to History',
	save: 'this check was not saved to History',
	read: 'History cannot be shown',
	change: 'the change to History was not saved',
	import: 'nothing was imported',
	'sources-read': 'your sources cannot be shown',
	'sources-add': 'this source was not added',
	'sources-change': 'the change to your sources was not saved',
	'sources-import': 'nothing was imported and your sources are as they were',
	'publisher-read': 'your organisation and page address are not filled in from last time',
	'publisher-save': 'your organisation and page address will not be remembered next time'
};

/** A sentence for a storage failure, e.g. `failure('blocked', 'save')`. */
export function failure(cause: Cause, action: Action): string {
	const consequence = CONSEQUENCE[action];
	const sources = action.startsWith('sources');
	switch (cause) {
		case 'blocked':
			return `Your browser is blocking local storage, so ${consequence}. Private windows often do this; checking still works.`;
		case 'quota':
			return sources
				? `This browser has run out of storage space for Verbatim, so ${consequence}. Export your sources and delete those you no longer need, or free some space on this device; checking still works.`
				: `This browser has run out of storage space for Verbatim, so ${consequence}. Export and clear old checks, or free some space on this device; checking still works.`;
		case 'newer-version':
			// Reloading alone does not help offline, or while the browser still serves the old app from its cache.
			return `This data was written by a newer version of Verbatim. Update the app (reload when online) to open it. For now, ${consequence}; checking still works.`;
		case 'internal':
			return `Your browser could not use local storage just now, so ${consequence}. Reloading the page often helps; checking still works.`;
	}
}

/** Why a check was not saved: a claim of spaces only has nothing to keep. */
/** A check History could not read back (a paste past its limits), so it was not kept. */
export function notKept(fault: string): string {
	return `This check was not saved to History: it ${fault}. The verdict above still stands; paste a shorter part to keep it in History.`;
}

export const EMPTY_CLAIM = 'This claim has no words in it, so it was not saved to History. Paste the words of a quote or a figure to check them.';

export const NOTE_TARGET_GONE =
	'This check is no longer in History (it may have been deleted in another tab), so the note was not saved.';

/** Why an import file was refused. Nothing is imported when any of these is shown. */
export const importRefused = {
	empty: 'This file is empty. Choose a file made with Export JSON on the History page; nothing was imported.',
	notJson:
		'This file is not a History export: it is not JSON. Choose a .json file made with Export JSON on the History page; nothing was imported.',
	otherJson:
		'This file is JSON, but not a Verbatim History export. Choose a file made with Export JSON on the History page; nothing was imported.',
	newerFormat:
		'This History export was made by a newer version of Verbatim. Reload this page to update it, then import again; nothing was imported.',
	/** `where` is e.g. "check 3", `what` e.g. "has no claim". */
	damaged: (where: string, what: string) =>
		`This History export is damaged: ${where} ${what}. Nothing was imported; export again from the browser it came from.`
};

/** How many refused entries an import names; the rest are counted. */
const REFUSALS_NAMED = 3;

/**
 * What an import did: "Added 3 checks; 2 were already there.", then, when entries were
 * refused, how many, the first few with why, and what to do about them.
 */
export function imported({ added, skipped, articles = 0, refused }: ImportSummary): string {
	const checks = added === 1 ? 'check' : 'checks';
	const were = skipped === 1 ? 'was' : 'were';
	const alsoArticles = articles ? ` Added ${articles} article ${articles === 1 ? 'check' : 'checks'}.` : '';
	const done = `Added ${added} ${checks}; ${skipped} ${were} already there.${alsoArticles}`;
	if (refused.length === 0) return done;
	const named = refused.slice(0, REFUSALS_NAMED).map((r) => `entry ${r.entry} ${r.fault}`);
	const rest = refused.length - named.length;
	const reasons = rest > 0 ? `${named.join('; ')}; and ${rest} more` : named.join('; ');
	const entries = refused.length === 1 ? '1 entry was' : `${refused.length} entries were`;
	return `${done} ${entries} refused, because the file does not hold them as Verbatim writes checks (${reasons}). They were not imported and nothing in History changed; export them again from the browser they came from.`;
}

/** What History says of a stored row it cannot read, e.g. "This entry has no verdict." */
export function damagedEntry(fault: string): string {
	return `This entry ${fault}, so History cannot show it.`;
}

/** Why a source was not added or changed. */
export const sourceRefused = {
	/** `title` is the title of the source already there. */
	duplicate: (title: string) => `This is the same text as “${title}”, which is already in your sources, so it was not added again.`,
	empty: 'This source has no text, so it was not added. Paste or open a file with some words in it.',
	noTitle: 'A source needs a title, so the change was not saved. Type a title and save again.',
	badLink:
		'A link must be a web address starting with http:// or https://, so the change was not saved. Correct the link, or leave it empty, and save again.',
	gone: 'This source is no longer in your sources (it may have been deleted in another tab), so the change was not saved.'
};

/** Why a collection file was refused. Nothing is imported when any of these is shown. */
export const collectionRefused = {
	empty: 'This file is empty. Choose a file made with “Export sources” on the Library page; nothing was imported.',
	notJson:
		'This file is not a sources export: it is not JSON. Choose a .json file made with “Export sources” on the Library page; nothing was imported.',
	otherJson:
		'This file is JSON, but not a Verbatim sources export. Choose a file made with “Export sources” on the Library page; nothing was imported.',
	newerFormat:
		'This sources export was made by a newer version of Verbatim. Reload this page to update it, then import again; nothing was imported.',
	/** `where` is e.g. "source 3", `what` e.g. "has no text". */
	damaged: (where: string, what: string) =>
		`This sources export is damaged: ${where} ${what}. Nothing was imported; export again from the browser it came from.`
};

/**
 * What a sources import did: "Added 3 sources; 2 were already there.", then the titles of
 * those whose link was left out because it was not a web address.
 */
export function importedSources(added: number, skipped: number, linksLeftOut: string[] = []): string {
	const sources = added === 1 ? 'source' : 'sources';
	const were = skipped === 1 ? 'was' : 'were';
	const done = `Added ${added} ${sources}; ${skipped} ${were} already there.`;
	if (linksLeftOut.length === 0) return done;
	const titles = linksLeftOut.map((t) => `“${t}”`).join(', ');
	const links = linksLeftOut.length === 1 ? `The link of ${titles} was` : `The links of ${titles} were`;
	return `${done} ${links} left out, because only web addresses (http:// or https://) are kept as links; add the right one with Edit details.`;
}
