/**
 * A corpus folder may come from someone else, so a file it names must not lead out of it:
 * a manifest entry "../../etc/passwd" or a link to ~/.ssh would otherwise be indexed and
 * quoted back as a source.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** How a named file leaves its folder. */
export type Escape = { kind: 'absolute' } | { kind: 'outside' } | { kind: 'link'; target: string };

/**
 * How `file` (a path as a manifest or the folder listing names it) leads out of `folder`, or
 * null when it stays inside. A file that does not exist stays inside: the caller reports it.
 *
 * @example escapeOf('/c', '../../etc/passwd') -> { kind: 'outside' }
 */
export function escapeOf(folder: string, file: string): Escape | null {
	if (isAbsolute(file)) return { kind: 'absolute' };
	const path = resolve(folder, file);
	if (!isInside(folder, path)) return { kind: 'outside' };
	let target: string;
	try {
		target = realpathSync(path);
	} catch {
		return null;
	}
	// Links are resolved on both sides, so a corpus folder reached through a link still holds its own files.
	return isInside(realpathSync(folder), target) ? null : { kind: 'link', target };
}

/** Whether `path` is below `folder` (both absolute). "..notes.txt" is a name inside, not a step up. */
function isInside(folder: string, path: string): boolean {
	const rel = relative(folder, path);
	return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
