/** The page's own ways to hand a result over: the clipboard and a download. Each answers with a sentence for a status line. */

/** Puts `text` on the clipboard; false when the browser refuses (then the caller shows it to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Puts an image on the clipboard; false when the browser cannot (Firefox before 127, an insecure page, a denied permission). */
export async function copyImage(png: Blob): Promise<boolean> {
	try {
		if (!navigator.clipboard?.write || typeof ClipboardItem === 'undefined') return false;
		await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
		return true;
	} catch {
		return false;
	}
}

/** Saves `blob` as a file named `name`, made in the page (nothing is sent anywhere). */
export function saveFile(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// The click has started the download by the next task; the URL is not needed after that.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from the claim's first words: "verbatim-putin-said-bilateral-trade.svg". */
export function fileName(claim: string, extension: string): string {
	const words = claim.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').slice(0, 5).join('-');
	return `verbatim-${words || 'check'}.${extension}`;
}
