/**
 * JSON-LD that a publisher pastes into `<script type="application/ld+json">`. The HTML parser
 * ends a script at `</script` and treats `<!--` specially whatever the JSON says, so `<`, `>`
 * and `&` are written as JSON escapes; U+2028 and U+2029 too, which end a line in older
 * JavaScript. The escapes read back as the same characters, so the data is unchanged.
 */

const UNSAFE: Record<string, string> = {
	'<': '\\u003c',
	'>': '\\u003e',
	'&': '\\u0026',
	'\u2028': '\\u2028',
	'\u2029': '\\u2029'
};

/** `value` as indented JSON that cannot end or open anything in the page around it. */
export function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => UNSAFE[c]);
}

/** The whole block to paste into a page's <head> or <body>. */
export function jsonLdScript(value: unknown): string {
	return `<script type="application/ld+json">\n${scriptSafeJson(value)}\n</script>`;
}
