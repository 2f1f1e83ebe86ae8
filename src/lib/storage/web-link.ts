/**
 * Which addresses a source's link may hold. Only a web page's (http: or https:):
 * opening a javascript: or data: link runs what it carries in the page, and
 * file:, blob: and the rest reach what a source's link has no business reaching.
 */
const WEB = new Set(['http:', 'https:']);

/** `text` as the address to link to when it is a web page's, e.g. "https://eng.belta.by/…"; null otherwise. */
export function webLink(text: string | null | undefined): string | null {
	if (!text?.trim()) return null;
	try {
		const url = new URL(text.trim());
		return WEB.has(url.protocol) ? url.href : null;
	} catch {
		return null;
	}
}
