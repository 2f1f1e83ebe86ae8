/**
 * Lines of styled text wrapped to a width, for the evidence card. There is no font to measure in
 * Node or a worker, so widths are estimated from a wide sans-serif's average advance: a line may
 * come out a little short, never past the edge.
 */

/** How a stretch of text is marked: `del` the claim's words the source lacks, `ins` the source's instead, `mark` the source's differing words. */
export type Mark = 'plain' | 'del' | 'ins' | 'mark';
export type Run = { text: string; mark: Mark };
export type Line = Run[];

/** Average advance of a character in DejaVu Sans / Arial, as a share of the font size (0.56 errs wide). */
const ADVANCE = 0.56;
/** Bold letters are wider. */
const BOLD_ADVANCE = 0.62;

export function runWidth(run: Run, fontSize: number): number {
	return run.text.length * fontSize * (run.mark === 'plain' ? ADVANCE : BOLD_ADVANCE);
}

/**
 * `runs` wrapped at spaces into at most `maxLines` lines of `width` pixels; when they do not fit,
 * the last line ends in "…" so a reader knows there is more.
 */
export function wrapRuns(runs: readonly Run[], width: number, fontSize: number, maxLines: number): Line[] {
	const words = runs.flatMap((run) =>
		run.text
			.replace(/\s+/g, ' ')
			.split(/(?<= )/)
			.filter(Boolean)
			.map((text) => ({ text, mark: run.mark }))
	);
	const lines: Line[] = [];
	let line: Run[] = [];
	let used = 0;
	for (const word of words) {
		const w = runWidth(word, fontSize);
		if (used + w > width && line.length > 0) {
			lines.push(line);
			[line, used] = [[], 0];
			if (lines.length === maxLines) return ellipsis(lines);
		}
		line.push(word);
		used += w;
	}
	if (line.length) lines.push(line);
	return merge(lines);
}

function ellipsis(lines: Line[]): Line[] {
	const last = lines[lines.length - 1];
	const tail = last[last.length - 1];
	last[last.length - 1] = { ...tail, text: `${tail.text.trimEnd()} …` };
	return merge(lines);
}

/** Neighbouring words of the same mark become one run, so the SVG has few elements. */
function merge(lines: Line[]): Line[] {
	return lines.map((line) =>
		line.reduce<Run[]>((out, run) => {
			const prev = out[out.length - 1];
			if (prev && prev.mark === run.mark) out[out.length - 1] = { ...prev, text: prev.text + run.text };
			else out.push({ ...run });
			return out;
		}, [])
	);
}
