/**
 * How large a corpus the command reads. The index is built in memory in one go, so a corpus
 * too large for the machine is refused up front, from its file sizes, before anything is read.
 */
import { statSync } from 'node:fs';
import { CliError, messages } from './messages.ts';

/** Bytes in a megabyte, as the app counts file sizes (src/lib/sources/messages.ts). */
export const MB = 1024 * 1024;

/**
 * Memory the command takes per MB of corpus text while it reads and indexes it (MB per MB).
 * Measured with process.memoryUsage() over loadCorpus + buildIndex, Node 20: the 233 State of
 * the Union addresses (10.3 MB) grow rss by 138 MB (94 MB of it the index's typed arrays);
 * copies of them at 52, 104 and 208 MB peak at 0.6, 1.1 and 2.1 GB, about 9 MB per MB.
 */
export const MEMORY_MB_PER_TEXT_MB = 10;

/**
 * Largest corpus read unless --max-corpus-mb says otherwise (MB of files). At 100 MB the
 * command peaks at about 1.1 GB and indexes in about 8 s on 2 cores; 200 MB took 2.1 GB and
 * 27 s, more than a laptop or a CI runner can be assumed to spare.
 */
export const DEFAULT_MAX_CORPUS_MB = 100;

/** Adds up the sizes of `paths` (a missing file counts 0: reading it reports it); throws CliError over `maxMb`. */
export function checkCorpusSize(paths: readonly string[], maxMb: number): number {
	let bytes = 0;
	for (const path of paths) {
		try {
			bytes += statSync(path).size;
		} catch {
			// Not there or not readable: the read that follows says so, naming the file.
		}
	}
	if (bytes > maxMb * MB) throw new CliError(messages.corpusTooLarge(bytes / MB, maxMb, MEMORY_MB_PER_TEXT_MB));
	return bytes;
}
