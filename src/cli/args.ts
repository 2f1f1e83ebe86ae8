import { messages } from './messages.ts';

/** What the verify command was asked to do. `corpusDir` null means the bundled corpus. */
export type CliCommand =
	| { mode: 'help' }
	| { mode: 'claim'; claim: string; json: boolean; corpusDir: string | null }
	| { mode: 'jsonl'; file: string; corpusDir: string | null };

/** Bad arguments are an expected outcome, so they come back as a value with the message to show. */
export type ParsedArgs = CliCommand | { mode: 'error'; message: string };

const VALUE_OPTIONS = ['--corpus', '--jsonl'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/**
 * Reads the command line (without `node` and the script). Words that are not
 * options are joined with spaces into the claim, so an unquoted claim works:
 *   ["--json", "We", "can", "manufacture"] -> claim "We can manufacture".
 * "--" ends the options, for a claim that starts with a dash.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
	const values: Partial<Record<ValueOption, string>> = {};
	const words: string[] = [];
	let json = false;
	let help = false;
	let optionsEnded = false;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (optionsEnded || !looksLikeOption(arg)) {
			words.push(arg);
			continue;
		}
		if (arg === '--') optionsEnded = true;
		else if (arg === '--help' || arg === '-h') help = true;
		else if (arg === '--json') json = true;
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
	if (help) return { mode: 'help' };
	const corpusDir = values['--corpus'] ?? null;
	const claim = words.join(' ');
	if (values['--jsonl'] !== undefined) {
		if (claim.trim()) return error(messages.claimAndJsonl);
		return { mode: 'jsonl', file: values['--jsonl'], corpusDir };
	}
	if (!claim.trim()) return error(messages.noClaim);
	return { mode: 'claim', claim, json, corpusDir };
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

function error(message: string): ParsedArgs {
	return { mode: 'error', message };
}
