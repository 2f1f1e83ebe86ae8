/**
 * The only changes made to extracted text: line endings become \n, and two or more blank lines
 * in a row become one, e.g. 'a\r\n\r\n\r\n\r\nb' -> 'a\n\nb'. Leading and trailing blank space
 * goes too. Everything else is kept exactly, so quotes are checked against what the file says.
 */
export function tidyText(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(/\n(?:[ \t\f\v]*\n){2,}/g, '\n\n')
		.trim();
}
