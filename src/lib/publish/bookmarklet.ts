/**
 * The bookmarklet: a bookmark that opens this Verbatim's Check page with the text selected on
 * whatever page the user reads, and that page's title and address as the claim's context.
 * They travel in the fragment (#q=…), which browsers never send to a server, so nothing of the
 * page leaves the user's browser: the Check page reads them and checks in its own worker.
 */
import { MAX_ARRIVING_CHARS } from './arrival.ts';

/** The script, readable; `origin` is where this Verbatim is served, e.g. "https://verbatim.example". */
export function bookmarkletSource(origin: string): string {
	return [
		'(()=>{',
		`const q=String(getSelection()).trim().slice(0,${MAX_ARRIVING_CHARS});`,
		"const p=new URLSearchParams({q,title:document.title.slice(0,200),from:location.href.slice(0,2000)});",
		`window.open(${JSON.stringify(`${origin}/#`)}+p,'_blank','noopener');`,
		'})()'
	].join('');
}

/** The bookmark's address. */
export function bookmarkletHref(origin: string): string {
	return `javascript:${encodeURIComponent(bookmarkletSource(origin))}`;
}
