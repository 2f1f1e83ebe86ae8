/**
 * The one source of the app's security policy: svelte.config.js gives CSP_DIRECTIVES to
 * SvelteKit, which writes them with the hashes of each page's inline script into a <meta> tag
 * (and into a header on a page it renders on request, as `vite preview` does for deep links);
 * vite.config.ts (`vite preview`) and static/_headers (Netlify, Cloudflare Pages) send
 * SECURITY_HEADERS, what a meta tag cannot set. Plain JavaScript, so svelte.config.js can
 * import it in Node without a build step.
 */

/**
 * Content-Security-Policy directives in SvelteKit's form: keywords unquoted ('self', not "'self'").
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	// No site may frame the app (clickjacking). SvelteKit leaves it out of the meta tag, where browsers ignore it.
	'frame-ancestors': ['none']
};

/**
 * Directives left to the meta tag alone. Browsers enforce every policy a page has, so a header
 * `script-src 'self'` would block the inline script whose hash only the built page knows; and
 * `default-src` would be script-src's fallback. Fonts, media and frames stay covered by the
 * meta tag's default-src.
 */
const META_ONLY = new Set(['default-src', 'script-src']);

/** Source keywords, which a policy writes in single quotes (CSP3 §2.3.1). */
const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic', 'unsafe-hashes', 'report-sample', 'wasm-unsafe-eval']);

/**
 * The policy the server sends: every directive that does not change with each build, among
 * them `frame-ancestors`, which only a header can set.
 * e.g. "style-src 'self' 'unsafe-inline'; img-src 'self' data:; ...; frame-ancestors 'none'"
 * @returns {string}
 */
export function headerCsp() {
	/** @type {[string, readonly string[]][]} */
	const entries = Object.entries(CSP_DIRECTIVES).flatMap(([name, values]) => (META_ONLY.has(name) || !Array.isArray(values) ? [] : [[name, values]]));
	return entries.map(([name, values]) => [name, ...values.map((v) => (KEYWORDS.has(v) ? `'${v}'` : v))].join(' ')).join('; ');
}

/** Headers every response of the app carries. */
export const SECURITY_HEADERS = {
	'Content-Security-Policy': headerCsp(),
	/** Files are served only as the type the server says, never sniffed into scripts. */
	'X-Content-Type-Options': 'nosniff',
	/** A link followed out of the app tells the other site nothing, not even that Verbatim was used. */
	'Referrer-Policy': 'no-referrer'
};

/**
 * static/_headers, in the format of Netlify and Cloudflare Pages: every path gets the headers.
 * @returns {string}
 */
export function headersFile() {
	const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
	return ['# Made from src/security-headers.js; src/security-headers.test.ts checks they agree.', '/*', ...lines, ''].join('\n');
}
