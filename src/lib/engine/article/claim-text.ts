/**
 * A statement as the claim it asks to check: its words with the speaker the article gives
 * them, in a shape the claim parser reads back exactly (the quoted words checked, the
 * speaker as the frame), so an article's statement is judged as the same paste would be.
 */
import type { Found } from './statements.ts';

export function claimOf(text: string, found: Found): string {
	const [first, second] = found.stretches.map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));
	const who = found.speaker;
	switch (found.kind) {
		case 'turn':
			return who ? `${who}: ${first}` : first;
		case 'reported speech':
		case 'figure':
			return who ? `${who} said that ${[first, second].filter(Boolean).join(' ')}` : [first, second].filter(Boolean).join(' ');
		case 'split quotation':
			return who ? `“${first},” ${who} said, “${second}”` : `“${first}” … “${second}”`;
		default:
			return who ? `${who} said: “${first}”` : `“${first}”`;
	}
}
