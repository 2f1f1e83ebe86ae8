/**
 * Typos: a word one edit from another (a letter dropped, doubled, changed, or two swapped),
 * told apart from a real word put for another by length and first letter.
 */

/** Shortest word a typo is recognised in: in shorter ones one letter makes another word (form/from). */
const TYPO_MIN_LENGTH = 6;

/** One edit apart, same first letter (a changed prefix changes the word: progressing/regressing). */
export function isTypo(x: string, y: string): boolean {
	if (Math.min(x.length, y.length) < TYPO_MIN_LENGTH || Math.abs(x.length - y.length) > 1 || x[0] !== y[0]) return false;
	return editDistance(x, y, 1) <= 1;
}

/** Shortest word a slip of one letter is looked for in when the question is only whether a replacement may be one. */
const SLIP_MIN_LENGTH = 4;

/**
 * One edit apart, whatever the first letter ("argee"/"agree", "thnk"/"think"): may be a slip of
 * the keyboard. Looser than isTypo, which must not pair real words; this only keeps a slip from
 * being read as a word put for another.
 */
export function mayBeSlip(x: string, y: string): boolean {
	if (Math.min(x.length, y.length) < SLIP_MIN_LENGTH || Math.abs(x.length - y.length) > 1) return false;
	return editDistance(x, y, 1) <= 1;
}

/** Edits between two words, a swap of neighbouring letters counting as one ("withuot"); stops above `cap`. */
function editDistance(x: string, y: string, cap: number): number {
	let before: number[] = [];
	let prev = Array.from({ length: y.length + 1 }, (_, k) => k);
	for (let i = 1; i <= x.length; i++) {
		const row = [i];
		let rowMin = i;
		for (let k = 1; k <= y.length; k++) {
			row[k] = Math.min(prev[k] + 1, row[k - 1] + 1, prev[k - 1] + (x[i - 1] === y[k - 1] ? 0 : 1));
			if (i > 1 && k > 1 && x[i - 1] === y[k - 2] && x[i - 2] === y[k - 1]) row[k] = Math.min(row[k], before[k - 2] + 1);
			rowMin = Math.min(rowMin, row[k]);
		}
		if (rowMin > cap) return cap + 1;
		[before, prev] = [prev, row];
	}
	return prev[y.length];
}
