/** The page's own ways to hand a result over by the clipboard (a download is in ../files.ts). */

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

/** A file name from the claim's first words: "verbatim-putin-said-bilateral-trade.svg". */
export function fileName(claim: string, extension: string): string {
	const words = claim.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim().split(' ').slice(0, 5).join('-');
	return `verbatim-${words || 'check'}.${extension}`;
}
