/**
 * Reading the command line's text files with the code the app's Library uses for users'
 * files, so a file is described the same in both.
 */
import { describeText } from '../lib/sources/describe.ts';
import type { SourceMeta } from '../lib/sources/types.ts';

/**
 * A document's title, date and speakers as the Library describes the same file, from the
 * tidied text; the text the engine indexes stays as read, so offsets point into it.
 */
export function describeFile(text: string, fileName: string): SourceMeta {
	return describeText(text, fileName, {}).meta;
}
