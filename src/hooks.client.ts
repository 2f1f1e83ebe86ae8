import type { ClientInit } from '@sveltejs/kit';
import { getChecker } from '#lib/checker/client.ts';

/**
 * Starts the checker worker as the app starts, before any page renders, so the
 * corpus is being indexed while the page loads and the first verdict does not wait.
 */
export const init: ClientInit = () => {
	getChecker();
};
