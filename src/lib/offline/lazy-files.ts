/**
 * What the service worker caches only when first used, not at install: the file readers
 * (pdf.js and its worker, mammoth, Readability: about 2 MB that most visitors never need) and the
 * packs (10.8 MB). The build writes the readers' hashed file names to LAZY_LIST, since only the
 * build knows which chunks hold them.
 */

/** Where the build writes the list: a JSON array of paths from the site's root, e.g. ["_app/immutable/chunks/4NshI0sM.js"]. */
export const LAZY_LIST = 'lazy-files.json';

/** Modules of the file readers, as the bundler names them. */
export const READER_MODULES = /node_modules\/(pdfjs-dist|mammoth|@mozilla\/readability)\//;

/** Paths that are always fetched when first used: the packs. */
export const LAZY_PREFIXES = ['/packs/'];
