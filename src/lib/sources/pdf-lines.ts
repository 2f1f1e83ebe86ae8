/** One line of a PDF page: its text and its baseline (PDF units, y grows upwards). */
export type PdfLine = { text: string; y: number; height: number };

/**
 * A gap between baselines larger than this many times the page's usual line spacing starts a
 * new paragraph: word processors add a third of a line or more between paragraphs.
 */
const PARAGRAPH_GAP = 1.3;
/** Relative change in font size (0..1) that makes a line its own paragraph, as a heading is. */
const HEADING_SIZE_CHANGE = 0.2;

/**
 * The page's usual line spacing: the lower quartile of the gaps, since on a short page the
 * paragraph gaps can be half of all gaps and would pull a median up.
 */
function lineSpacing(gaps: number[]): number {
	const sorted = [...gaps].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 4)] ?? 0;
}

/**
 * Joins a page's lines into paragraphs: lines close together are one paragraph, joined by a
 * space (or by nothing after a hyphen, e.g. 'well-' + 'known' -> 'well-known'); a wide gap, a
 * jump upwards (a new column), a change of font size (a heading) or an empty line starts a
 * new paragraph.
 */
export function joinPageLines(lines: PdfLine[]): string {
	const gaps = lines.slice(1).map((line, i) => lines[i].y - line.y).filter((g) => g > 0);
	const spacing = lineSpacing(gaps);
	let out = '';
	let previous: PdfLine | undefined;
	let blank = false;
	for (const line of lines) {
		const text = line.text.trim();
		if (text === '') {
			blank = previous !== undefined;
			continue;
		}
		if (previous) {
			const gap = previous.y - line.y;
			const sizeChange = Math.abs(line.height - previous.height) / Math.max(line.height, previous.height);
			const newParagraph =
				blank || gap <= 0 || sizeChange > HEADING_SIZE_CHANGE || (spacing > 0 && gap > spacing * PARAGRAPH_GAP);
			out += newParagraph ? '\n\n' : out.endsWith('-') ? '' : ' ';
		}
		out += text.replace(/\s+/g, ' ');
		previous = line;
		blank = false;
	}
	return out;
}

/** The whole document: pages joined by a blank line. */
export function pdfTextToString(pages: PdfLine[][]): string {
	return pages.map(joinPageLines).filter((p) => p !== '').join('\n\n');
}
