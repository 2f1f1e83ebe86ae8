/** The page's own file handling: downloads made in the page (nothing is sent anywhere) and files chosen in an input. */

/** Saves `blob` as a file named `name`: a blob link clicked once. */
export function saveFile(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(a);
	a.click();
	a.remove();
	// The click has started the download by the next task; the URL is not needed after that.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves `text` as a UTF-8 file of the MIME `type` named `name`. */
export function saveText(text: string, name: string, type: string): void {
	saveFile(new Blob([text], { type: `${type};charset=utf-8` }), name);
}

/**
 * The files chosen in a file input, taken out of it: the input is emptied so the
 * same file can be chosen again (after fixing it, say). A File stays readable after.
 */
export function takeChosenFiles(event: Event): File[] {
	const input = event.currentTarget as HTMLInputElement;
	const files = [...(input.files ?? [])];
	input.value = '';
	return files;
}
