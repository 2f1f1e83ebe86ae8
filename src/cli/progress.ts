/**
 * Progress lines on stderr, for a corpus that takes seconds to read and index. Never on
 * stdout, which in the JSON modes carries nothing but result lines.
 */

/** Least time between two progress lines (ms): often enough to show life, rarely enough not to flood a log. */
export const PROGRESS_EVERY_MS = 250;

export type Progress = {
	/** Shows `text`, unless a line was shown less than PROGRESS_EVERY_MS ago and `force` is not set (it is for a phase's first and last step). */
	show: (text: string, force?: boolean) => void;
	/** Takes a terminal's progress line away, so whatever is printed next starts on a clean line. */
	clear: () => void;
};

/** Progress for a run that shows none. */
export const SILENT: Progress = { show: () => {}, clear: () => {} };

/**
 * Progress written with `write` (raw, no newline added). In a terminal each line replaces the
 * last ("\r" and erase to end of line); elsewhere (`--progress` into a log) each is a line.
 */
export function progressOn(write: (raw: string) => void, terminal: boolean, now: () => number = () => performance.now()): Progress {
	let last = -Infinity;
	let onScreen = false;
	return {
		show(text, force = false) {
			const at = now();
			if (!force && at - last < PROGRESS_EVERY_MS) return;
			last = at;
			write(terminal ? `\r\x1b[Kverify: ${text}` : `verify: ${text}\n`);
			onScreen = terminal;
		},
		clear() {
			if (onScreen) write('\r\x1b[K');
			onScreen = false;
		}
	};
}
