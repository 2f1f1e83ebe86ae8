/** What the last action on a page did, announced in its notice bar; `undo` is what Undo would bring back. */
export type ActionNotice<Undo> = { text: string; kind: 'done' | 'failed'; undo?: Undo };

/**
 * An error as a sentence for the page: storage and the checker throw errors whose messages are
 * written for the user, so those are shown as they are; anything else gets `fallback`.
 */
export function sentence(error: unknown, fallback: string): string {
	return error instanceof Error && error.message ? error.message : fallback;
}
