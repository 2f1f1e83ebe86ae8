/** Every sentence the user can see from source extraction, in one place. */

/** Sizes as people read them: '25 MB', '312 KB'. */
export function formatBytes(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
	if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${bytes} bytes`;
}

export const messages = {
	empty: 'This file is empty: there is no text to check against.',
	noText: 'This file contains no text to check against.',
	pastedEmpty: 'There is no text to add: paste the text of the source first.',
	binary: 'This file is not text, PDF or Word (.docx): Verbatim cannot read it.',
	tooLarge: (bytes: number, limit: number) =>
		`This file is ${formatBytes(bytes)}, over the ${formatBytes(limit)} limit: split it into smaller files, or add only the part you need.`,
	unreadable:
		'Your browser could not read this file. If it is on a network or cloud drive, copy it to this computer first.',
	pdfNoTextLayer:
		'This PDF has no text layer (it is probably a scan): run OCR on it first, then add the result.',
	pdfPassword:
		'This PDF is protected by a password: save an unprotected copy (or copy its text) and add that.',
	pdfDamaged:
		'This PDF is damaged and cannot be read: download it again, or copy its text and paste it.',
	docxDamaged:
		'This Word file is damaged and cannot be read: open it in a word processor, save it again as .docx, and add that.',
	htmlFailed:
		'The text of this web page could not be extracted: copy the article text from your browser and paste it.'
} as const;
