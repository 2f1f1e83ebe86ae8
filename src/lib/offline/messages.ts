/** What the page and the service worker say to each other. */

/** Page → waiting service worker: take over now (the user asked for the new version). */
export const SKIP_WAITING = 'verbatim:skip-waiting';
