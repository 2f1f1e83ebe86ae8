/** Saves `text` as a file made in the page: a blob link clicked once, so nothing leaves the browser. */
export function saveFile(name: string, type: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const a = Object.assign(document.createElement('a'), { href: url, download: name });
	document.body.append(a);
	a.click();
	a.remove();
	// The click has started the download by the next task; the URL is not needed after that.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
