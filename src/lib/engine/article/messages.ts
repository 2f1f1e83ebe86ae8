/** Every sentence an article check says to the user about the article itself, in one place. */
export const articleMessages = {
	empty: 'There is no article to check: paste an article, or open a .txt, .md, .html, .docx or .pdf file.',
	notText: 'This does not look like text (it has control characters a text never has): open the article as .txt, .md, .html, .docx or .pdf, or paste its text.',
	noStatements: 'No statement to check was found: the article has no quotation of three words or more and no one reported as saying something ("Putin said that …").',
	tooLong: (chars: number, max: number) =>
		`This article has ${chars.toLocaleString('en')} characters; an article check reads up to ${max.toLocaleString('en')} (about 30,000 words). Check it in parts.`,
	tooManyStatements: (found: number, max: number) =>
		`This article has ${found.toLocaleString('en')} statements; the first ${max.toLocaleString('en')} were checked. Check the rest as an article of its own.`,
	unbalanced: (paragraph: number, text: string) =>
		`Paragraph ${paragraph} ("${text.trim().slice(0, 40)}…") has a quotation mark that is not closed, so a statement there runs to the end of the paragraph: check its quotation marks.`
};
