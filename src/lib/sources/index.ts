/** Reading users' own sources (txt, md, html, pdf, docx) into text and guessed metadata. */
export type { SourceKind, SourceMeta, Extracted } from './types';
export { extractFile, extractPasted, MAX_FILE_BYTES } from './extract';
