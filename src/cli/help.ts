import { DEFAULT_MAX_CORPUS_MB, MEMORY_MB_PER_TEXT_MB } from './corpus-size.ts';
import { EXIT_BAD_INPUT, EXIT_NOT_STANDING, EXIT_SOME_LINES_BAD } from './messages.ts';

/** What `npm run verify -- --help` prints; README's command-line section says the same. */
export const USAGE = `Check a claimed quote or figure against a corpus.

Usage:
  npm run verify -- [--corpus DIR] [--json] "claim text"
  npm run verify -- [--corpus DIR] --jsonl FILE
  npm run verify -- [--corpus DIR] [--json] --article FILE

Options:
  --corpus DIR          a folder of .txt documents, with an optional manifest.json
                        (default: the bundled corpus)
  --json                print the result as one JSON line (see SPEC.md)
  --jsonl FILE          read one {"id", "claim"} object per line ("-" reads stdin)
                        and print one JSON result per line, in order
  --article FILE        check every statement of an article (.txt or .md): each
                        quotation, reported speech and attributed figure, with its
                        speaker; with --json one line per statement (SPEC's result
                        plus "statement": its kind, speaker and span in the article)
  --max-corpus-mb N     read a corpus of up to N MB of files (default ${DEFAULT_MAX_CORPUS_MB}); indexing
                        takes about ${MEMORY_MB_PER_TEXT_MB} MB of memory per MB, so a larger corpus is
                        refused before it is read
  --fail-if-not-standing
                        exit ${EXIT_NOT_STANDING} when any claim does not stand (altered, misattributed,
                        not_found), for scripts and CI
  --progress            show progress on stderr even when it is not a terminal
                        (it always shows in a terminal; never on stdout)
  -h, --help            show this help

Exit status:
  0  answered
  ${EXIT_SOME_LINES_BAD}  some lines of the claims file were unreadable (the others were answered)
  ${EXIT_BAD_INPUT}  bad input (arguments, corpus, claims file): nothing answered
  ${EXIT_NOT_STANDING}  with --fail-if-not-standing: all answered, and some claim does not stand
When several apply, ${EXIT_BAD_INPUT} wins over ${EXIT_SOME_LINES_BAD}, and ${EXIT_SOME_LINES_BAD} over ${EXIT_NOT_STANDING} (an unread line leaves the answers incomplete).`;
