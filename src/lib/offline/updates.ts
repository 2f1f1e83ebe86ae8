/**
 * Noticing a new version of the app: the browser installs it beside the running one, and it waits
 * (src/service-worker/index.ts) until the page asks it to take over. The page then reloads once,
 * when the new version controls it. Nothing reloads unasked, so a check under way is never cut off.
 */
import { SKIP_WAITING } from './messages.ts';

/** The parts of the browser's ServiceWorkerContainer used here, so tests can stand in for it. */
export type Workers = Pick<ServiceWorkerContainer, 'getRegistration' | 'addEventListener'> & { controller: ServiceWorker | null };

/**
 * Calls `onready` once a new version is installed and waiting while an older one runs this page
 * (at once when one is already waiting). A first install (no controller yet) is not an update.
 */
export async function watchForUpdate(workers: Workers, onready: () => void): Promise<void> {
	const registration = await workers.getRegistration();
	if (!registration) return;
	if (registration.waiting && workers.controller) return onready();
	registration.addEventListener('updatefound', () => {
		const incoming = registration.installing;
		incoming?.addEventListener('statechange', () => {
			if (incoming.state === 'installed' && workers.controller) onready();
		});
	});
}

/** Lets the waiting version take over, and reloads the page when it has. */
export async function applyUpdate(workers: Workers, reload: () => void): Promise<boolean> {
	const registration = await workers.getRegistration();
	if (!registration?.waiting) return false;
	workers.addEventListener('controllerchange', reload, { once: true });
	registration.waiting.postMessage(SKIP_WAITING);
	return true;
}
