import { describe, expect, it } from 'vitest';
import { PROGRESS_EVERY_MS, progressOn } from './progress.ts';

/** A progress writer on a clock the test moves by hand. */
function recorder(terminal: boolean) {
	const written: string[] = [];
	let now = 0;
	const progress = progressOn((raw) => written.push(raw), terminal, () => now);
	return { written, progress, advance: (ms: number) => (now += ms) };
}

describe('progressOn', () => {
	it('shows at most one line per interval, unless forced', () => {
		const { written, progress, advance } = recorder(false);
		progress.show('reading 1 of 3 files…', true);
		advance(PROGRESS_EVERY_MS / 2);
		progress.show('reading 2 of 3 files…');
		progress.show('reading 3 of 3 files…', true);
		advance(PROGRESS_EVERY_MS);
		progress.show('checking claim 1 of 9…');
		expect(written).toEqual(['verify: reading 1 of 3 files…\n', 'verify: reading 3 of 3 files…\n', 'verify: checking claim 1 of 9…\n']);
	});

	it('rewrites one line in a terminal and erases it when cleared', () => {
		const { written, progress } = recorder(true);
		progress.show('indexing 233 documents (10.3 MB)…', true);
		progress.clear();
		progress.clear();
		expect(written).toEqual(['\r\x1b[Kverify: indexing 233 documents (10.3 MB)…', '\r\x1b[K']);
	});

	it('never clears what a log holds', () => {
		const { written, progress } = recorder(false);
		progress.show('x', true);
		progress.clear();
		expect(written).toEqual(['verify: x\n']);
	});
});
