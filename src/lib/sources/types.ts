/** The kinds of file Verbatim reads. The kind is decided by content first, then by extension. */
export type SourceKind = 'txt' | 'md' | 'html' | 'pdf' | 'docx';

/** What could be guessed about a source from its file; every field is editable by the user later. */
export type SourceMeta = {
	/** The document's own title, else its first short line, else the file name without extension. */
	title: string;
	/** Who published it: a web page's og:site_name, a PDF's author. */
	publisher?: string;
	/** Publication date as YYYY-MM-DD, e.g. '2025-03-13'. */
	date?: string;
	/** Where the source lives: a web page's canonical URL. */
	url?: string;
	/** Names found as transcript labels ("NAME: ..."), most frequent first; the first is the default speaker. */
	speakers: string[];
};

export type Extracted =
	| {
			ok: true;
			kind: SourceKind;
			/** The extracted text: line endings are \n and runs of blank lines are collapsed to one. */
			text: string;
			meta: SourceMeta;
			fileName: string;
			/** Size of the file as read (for pasted text: its UTF-8 size). */
			bytes: number;
			/** SHA-256 hex of `text`, so the same source added twice can be recognised. */
			hash: string;
	  }
	| {
			ok: false;
			fileName: string;
			/** A user-facing sentence saying what happened and what to do. */
			message: string;
	  };

/**
 * What one reader (txt, md, html, pdf, docx) gives back: the raw text and whatever metadata the
 * file itself states. Titles and dates the reader cannot find are guessed from the text later.
 */
export type Read =
	| { ok: true; text: string; meta: Partial<SourceMeta> }
	| { ok: false; message: string };
