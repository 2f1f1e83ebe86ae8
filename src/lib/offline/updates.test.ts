import { describe, expect, it, vi } from 'vitest';
import { SKIP_WAITING } from './messages.ts';
import { applyUpdate, watchForUpdate, type Workers } from './updates.ts';

/** A stand-in for navigator.serviceWorker and its registration. */
function fakeWorkers({ controlled, waiting }: { controlled: boolean; waiting: boolean }) {
	const events = new EventTarget();
	const posted: unknown[] = [];
	const worker = (state: string) => Object.assign(new EventTarget(), { state, postMessage: (m: unknown) => posted.push(m) });
	const registration = Object.assign(new EventTarget(), { waiting: waiting ? worker('installed') : null, installing: null as ReturnType<typeof worker> | null });
	const workers = {
		controller: controlled ? worker('activated') : null,
		getRegistration: async () => registration,
		addEventListener: (type: string, listener: () => void, options?: AddEventListenerOptions) => events.addEventListener(type, listener, options)
	} as unknown as Workers;
	/** The browser finds a new version and installs it. */
	function install() {
		const incoming = worker('installing');
		registration.installing = incoming;
		registration.dispatchEvent(new Event('updatefound'));
		incoming.state = 'installed';
		incoming.dispatchEvent(new Event('statechange'));
		registration.waiting = incoming;
	}
	return { workers, install, posted, takeOver: () => events.dispatchEvent(new Event('controllerchange')) };
}

describe('watchForUpdate', () => {
	it('announces a new version installed while an older one runs the page', async () => {
		const fake = fakeWorkers({ controlled: true, waiting: false });
		const onready = vi.fn();
		await watchForUpdate(fake.workers, onready);
		expect(onready).not.toHaveBeenCalled();
		fake.install();
		expect(onready).toHaveBeenCalledOnce();
	});

	it('announces a version already waiting when the page opens', async () => {
		const onready = vi.fn();
		await watchForUpdate(fakeWorkers({ controlled: true, waiting: true }).workers, onready);
		expect(onready).toHaveBeenCalledOnce();
	});

	it('says nothing on the first install, which is not an update', async () => {
		const fake = fakeWorkers({ controlled: false, waiting: false });
		const onready = vi.fn();
		await watchForUpdate(fake.workers, onready);
		fake.install();
		expect(onready).not.toHaveBeenCalled();
	});
});

describe('applyUpdate', () => {
	it('asks the waiting version to take over, and reloads only once it has', async () => {
		const fake = fakeWorkers({ controlled: true, waiting: true });
		const reload = vi.fn();
		expect(await applyUpdate(fake.workers, reload)).toBe(true);
		expect(fake.posted).toEqual([SKIP_WAITING]);
		expect(reload).not.toHaveBeenCalled();
		fake.takeOver();
		expect(reload).toHaveBeenCalledOnce();
	});

	it('does nothing when no version waits', async () => {
		const reload = vi.fn();
		expect(await applyUpdate(fakeWorkers({ controlled: true, waiting: false }).workers, reload)).toBe(false);
	});
});
