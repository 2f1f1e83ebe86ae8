/**
 * `npm run verify`: checks claims against a corpus from the command line.
 * The command line and the JSON it prints are SPEC.md's contract; in the
 * JSON modes stdout carries nothing but one result object per line.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIndex, toSpecResult, verify, type CheckResult, type Corpus, type SourceIndex, type Verdict } from '../lib/engine/index.ts';
import { parseArgs, type CliCommand, type CommonOptions } from './args.ts';
import { formatResult } from './format.ts';
import { parseClaimLines, type ClaimLine } from './jsonl.ts';
import { BUNDLED_CORPUS_DIR, loadCorpus } from './load-corpus.ts';
import { MB } from './corpus-size.ts';
import { USAGE } from './help.ts';
import { CliError, EXIT_BAD_INPUT, EXIT_NOT_STANDING, EXIT_SOME_LINES_BAD, fsReason, messages } from './messages.ts';
import { progressOn, SILENT, type Progress } from './progress.ts';
import { decodeTextFile } from './read-text.ts';
import { checkArticleFile, readArticleFile } from './article.ts';

/** Runs one command; returns the exit status. Output goes through `out` and `err` so tests can call it in-process. */
export function runVerify(argv: readonly string[], io: Io): number {
	const parsed = parseArgs(argv);
	if (parsed.mode === 'error') {
		io.err(parsed.message);
		return EXIT_BAD_INPUT;
	}
	if (parsed.mode === 'help') {
		io.out(USAGE);
		return 0;
	}
	try {
		return run(parsed, io);
	} catch (error) {
		if (error instanceof CliError) {
			io.err(error.message);
			return error.exitCode;
		}
		throw error;
	}
}

export type Io = {
	out: (line: string) => void;
	err: (line: string) => void;
	/** Whether stdout is a terminal that shows colour. */
	colour: boolean;
	/** Whether stderr is a terminal: progress shows there unasked, each line replacing the last. */
	errTerminal: boolean;
	/** Writes to stderr as given (no prefix, no newline), for progress lines. */
	errRaw: (text: string) => void;
	/** Reads standard input whole, as bytes, for `--jsonl -`. */
	readStdin: () => Uint8Array;
};

type Command = Exclude<CliCommand, { mode: 'help' }>;

/** Where a run's output goes: results on stdout, messages on stderr, each message clearing the progress line first. */
export type Output = { io: Io; progress: Progress; say: (line: string) => void };

function run(command: Command, io: Io): number {
	const progress = command.progress || io.errTerminal ? progressOn(io.errRaw, io.errTerminal) : SILENT;
	const say = (line: string) => {
		progress.clear();
		io.err(line);
	};
	try {
		// Read the claims before building the index, so a missing file fails fast.
		const claimsText = command.mode === 'jsonl' ? readClaimsFile(command.file, io) : '';
		const articleText = command.mode === 'article' ? readArticleFile(command.file) : '';
		const { corpus, index } = indexCorpus(command, progress);
		if (command.mode === 'claim') return checkOne(command, corpus, index, { io, progress, say });
		if (command.mode === 'article') return checkArticleFile(articleText, command, corpus, index, { io, progress, say });
		return checkLines(parseClaimLines(claimsText), index, command.failIfNotStanding, { io, progress, say });
	} finally {
		// An error message printed after this must not land on the end of a progress line.
		progress.clear();
	}
}

function checkOne(command: Extract<Command, { mode: 'claim' }>, corpus: Corpus, index: SourceIndex, { io, progress }: Output): number {
	const result = check(command.claim, index, 'the claim');
	progress.clear();
	io.out(command.json ? JSON.stringify(toSpecResult(result)) : formatResult(result, documentsById(corpus), io.colour));
	return command.failIfNotStanding && !stands(result) ? EXIT_NOT_STANDING : 0;
}

/** Answers every readable line in order; a bad line is reported by number and skipped. */
function checkLines(lines: ClaimLine[], index: SourceIndex, failIfNotStanding: boolean, { io, progress, say }: Output): number {
	let bad = 0;
	let notStanding = 0;
	for (const [i, line] of lines.entries()) {
		progress.show(messages.checking(i + 1, lines.length), i === 0 || i === lines.length - 1);
		try {
			if (line.kind === 'bad') throw new CliError(line.message, EXIT_SOME_LINES_BAD);
			const result = check(line.claim, index, `line ${line.line}`);
			io.out(JSON.stringify(toSpecResult(result, line.id)));
			if (!stands(result)) notStanding++;
		} catch (error) {
			// An unreadable line, or an engine failure on one claim, must not cost the answers to the others.
			if (!(error instanceof CliError)) throw error;
			say(error.message);
			bad++;
		}
	}
	// An unread line leaves the answers incomplete, so it outranks a claim that does not stand.
	if (bad) return EXIT_SOME_LINES_BAD;
	return failIfNotStanding && notStanding ? EXIT_NOT_STANDING : 0;
}

/** Verdicts that tell the user the quote stands: this person said this, in these or in other words (SPEC.md). */
const STANDING: ReadonlySet<Verdict> = new Set<Verdict>(['exact', 'close', 'reworded']);

function stands(result: CheckResult): boolean {
	return STANDING.has(result.verdict);
}

/** Reads the corpus and builds its index, telling `progress` how far it has come. */
function indexCorpus(command: CommonOptions, progress: Progress): { corpus: Corpus; index: SourceIndex } {
	const onFileRead = (done: number, total: number) => progress.show(messages.readingFiles(done, total), done === 1 || done === total);
	const corpus = loadCorpus(command.corpusDir ?? BUNDLED_CORPUS_DIR, { maxCorpusMb: command.maxCorpusMb, onFileRead });
	const bytes = corpus.documents.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
	// One synchronous call with no steps to report: say what it is doing, once, before it starts.
	progress.show(messages.indexing(corpus.documents.length, bytes / MB), true);
	return { corpus, index: buildIndex(corpus) };
}

/** The engine promises never to throw on any string; if it does, the person sees where, not a stack trace. */
function check(claim: string, index: SourceIndex, where: string): CheckResult {
	try {
		return verify(claim, index);
	} catch (error) {
		if (process.env.VERBATIM_DEBUG) console.error(error);
		throw new CliError(messages.engineFailed(where, error instanceof Error ? error.message : String(error)), EXIT_SOME_LINES_BAD);
	}
}

/** The claims file decoded like any text file, so a BOM (UTF-8 or UTF-16) does not spoil its first line. */
function readClaimsFile(file: string, io: Io): string {
	let bytes: Uint8Array;
	try {
		bytes = file === '-' ? io.readStdin() : readFileSync(file);
	} catch (error) {
		const code = error instanceof Error && 'code' in error ? error.code : '';
		throw new CliError(code === 'ENOENT' ? messages.jsonlMissing(file) : messages.jsonlUnreadable(file, fsReason(error)));
	}
	return decodeTextFile(bytes, file === '-' ? 'standard input' : file, 'data');
}

function documentsById(corpus: Corpus) {
	return new Map(corpus.documents.map((d) => [d.id, d]));
}

function main(): void {
	// `npm run verify -- … | head` closes stdout early; that is not an error worth a stack trace.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
	const io: Io = {
		out: (line) => process.stdout.write(line + '\n'),
		err: (line) => process.stderr.write(`verify: ${line}\n`),
		colour: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
		errTerminal: Boolean(process.stderr.isTTY),
		errRaw: (text) => process.stderr.write(text),
		readStdin: () => readFileSync(0)
	};
	try {
		process.exitCode = runVerify(process.argv.slice(2), io);
	} catch (error) {
		if (process.env.VERBATIM_DEBUG) console.error(error);
		io.err(messages.internal(error instanceof Error ? error.message : String(error)));
		process.exitCode = EXIT_BAD_INPUT;
	}
}

// Run only as a script, so tests can import runVerify without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
