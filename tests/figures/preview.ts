/** A `vite preview` of the built app for the figures scripts, stopped by calling what it returns. */
import { spawn } from 'node:child_process';

export async function startPreview(root: string, port: number): Promise<() => void> {
	const base = `http://127.0.0.1:${port}`;
	const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
		cwd: root,
		detached: true,
		stdio: 'ignore'
	});
	const stop = () => {
		if (server.pid) process.kill(-server.pid, 'SIGTERM');
	};
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${base}/`)).ok) return stop;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`vite preview did not start on ${base}`);
}
