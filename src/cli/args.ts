import { DEFAULT_MAX_CORPUS_MB } from './corpus-size.ts';
import { messages } from './messages.ts';

/** What every mode shares. `corpusDir` null means the bundled corpus. */
export type CommonOptions = {
	corpusDir: string | null;
	/** Largest corpus read, in MB of files (1 MB = 2^20 bytes). */
	maxCorpusMb: number;
	/** Show progress on stderr even when it is not a terminal. */
	progress: boolean;
	/** Exit with EXIT_NOT_STANDING when any claim's verdict says the quote does not stand. */
	failIfNotStanding: boolean;
};

/** What the verify command was asked to do. */
export type CliCommand =
	| { mode: 'help' }
	| ({ mode: 'claim'; claim: string; json: boolean } & CommonOptions)
	| ({ mode: 'jsonl'; file: string } & CommonOptions)
	/** Every statement of an article file, one answer (or JSON line) per statement. */
	| ({ mode: 'article'; file: string; json: boolean } & CommonOptions);

/** Bad arguments are an expected outcome, so they come back as a value with the message to show. */
export type ParsedArgs = CliCommand | { mode: 'error'; message: string };

const VALUE_OPTIONS = ['--corpus', '--jsonl', '--article', '--max-corpus-mb'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
const FLAGS = ['--json', '--progress', '--fail-if-not-standing', '--help', '-h'] as const;
type Flag = (typeof FLAGS)[number];

/**
 * Reads the command line (without `node` and the script). Words that are not
 * options are joined with spaces into the claim, so an unquoted claim works:
 *   ["--json", "We", "can", "manufacture"] -> claim "We can manufacture".
 * "--" ends the options, for a claim that starts with a dash.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
	const values: Partial<Record<ValueOption, string>> = {};
	const flags = new Set<Flag>();
	const words: string[] = [];
	let optionsEnded = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (optionsEnded || !looksLikeOption(arg)) words.push(arg);
		else if (arg === '--') optionsEnded = true;
		else if (isFlag(arg)) flags.add(arg);
		else {
			const [name, inline] = splitInlineValue(arg);
			if (!isValueOption(name)) return error(messages.unknownOption(name));
			const value = inline ?? argv[++i];
			if (value === undefined || (inline === undefined && looksLikeOption(value)) || value === '') {
				return error(messages.missingValue(name));
			}
			if (values[name] !== undefined) return error(messages.repeatedOption(name));
			values[name] = value;
		}
	}
	if (flags.has('--help') || flags.has('-h')) return { mode: 'help' };
	return toCommand(values, flags, words.join(' '));
}

function toCommand(values: Partial<Record<ValueOption, string>>, flags: ReadonlySet<Flag>, claim: string): ParsedArgs {
	const maxCorpusMb = values['--max-corpus-mb'] === undefined ? DEFAULT_MAX_CORPUS_MB : Number(values['--max-corpus-mb']);
	if (!Number.isFinite(maxCorpusMb) || maxCorpusMb <= 0) return error(messages.badMaxCorpusMb(values['--max-corpus-mb'] ?? ''));
	const common: CommonOptions = {
		corpusDir: values['--corpus'] ?? null,
		maxCorpusMb,
		progress: flags.has('--progress'),
		failIfNotStanding: flags.has('--fail-if-not-standing')
	};
	if (values['--article'] !== undefined) {
		if (claim.trim() || values['--jsonl'] !== undefined) return error(messages.articleAndMore);
		return { mode: 'article', file: values['--article'], json: flags.has('--json'), ...common };
	}
	if (values['--jsonl'] !== undefined) {
		if (claim.trim()) return error(messages.claimAndJsonl);
		return { mode: 'jsonl', file: values['--jsonl'], ...common };
	}
	if (!claim.trim()) return error(messages.noClaim);
	return { mode: 'claim', claim, json: flags.has('--json'), ...common };
}

/** "--x" and "-x" are options; "-5 percent" and "—Putin" are words of a claim; "-" alone is a value (stdin). */
function looksLikeOption(arg: string): boolean {
	return arg.startsWith('--') || /^-[A-Za-z]/.test(arg);
}

/** "--corpus=dir" -> ["--corpus", "dir"]; "--corpus" -> ["--corpus", undefined]. */
function splitInlineValue(arg: string): [string, string | undefined] {
	const eq = arg.indexOf('=');
	return eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function isValueOption(name: string): name is ValueOption {
	return (VALUE_OPTIONS as readonly string[]).includes(name);
}

function isFlag(name: string): name is Flag {
	return (FLAGS as readonly string[]).includes(name);
}

function error(message: string): ParsedArgs {
	return { mode: 'error', message };
}
