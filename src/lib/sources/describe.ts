import { guessMeta } from './meta';
import { tidyText } from './text';
import type { SourceMeta } from './types';

/**
 * What the Library makes of a text once it is read: the text tidied, and its title, date and
 * speakers taken from what the file states or guessed from the text and the file name.
 * Synchronous and DOM-free, so `npm run verify` describes a file exactly as the Library does.
 *
 * @example describeText('HOST: Hi.\r\n\r\nJANE DOE: Hello.', 'talk.txt', {}).meta.speakers -> ['HOST', 'JANE DOE']
 */
export function describeText(raw: string, fileName: string, found: Partial<SourceMeta>): { text: string; meta: SourceMeta } {
	const text = tidyText(raw);
	return { text, meta: guessMeta(text, fileName, found) };
}
