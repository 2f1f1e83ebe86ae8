/** Whether a string a user typed, or a document carries, is a web address that may go into published markup. */

/** `text` as an absolute http(s) address, or null: never `javascript:`, `data:` or a relative path. */
export function webAddress(text: string | undefined): string | null {
	const trimmed = text?.trim() ?? '';
	if (!trimmed) return null;
	try {
		const url = new URL(trimmed);
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
	} catch {
		return null;
	}
}
