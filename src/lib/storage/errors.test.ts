import { describe, expect, it } from 'vitest';
import { StorageError, toStorageError } from './errors.ts';

describe('toStorageError', () => {
	it.each([
		['QuotaExceededError', 'save', 'This browser has run out of storage space for Verbatim, so this check was not saved to History. Export and clear old checks, or free some space on this device; checking still works.'],
		['SecurityError', 'save', 'Your browser is blocking local storage, so this check was not saved to History. Private windows often do this; checking still works.'],
		['InvalidStateError', 'read', 'Your browser is blocking local storage, so History cannot be shown. Private windows often do this; checking still works.'],
		['VersionError', 'change', 'This data was written by a newer version of Verbatim. Update the app (reload when online) to open it. For now, the change to History was not saved; checking still works.'],
		['UnknownError', 'import', 'Your browser could not use local storage just now, so nothing was imported. Reloading the page often helps; checking still works.'],
		['AbortError', 'save', 'Your browser could not use local storage just now, so this check was not saved to History. Reloading the page often helps; checking still works.']
	] as const)('turns %s while trying to %s into a sentence', (name, action, message) => {
		const error = toStorageError(new DOMException('raw', name), action);
		expect(error).toBeInstanceOf(StorageError);
		expect(error.message).toBe(message);
		expect(error.cause).toBeInstanceOf(DOMException);
	});

	it('passes a StorageError through unchanged', () => {
		const original = new StorageError('Already a sentence.');
		expect(toStorageError(original, 'save')).toBe(original);
	});
});
