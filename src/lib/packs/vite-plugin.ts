/**
 * A Vite plugin that prepares the packs at build time: it writes `packs/sotu.json`
 * beside the app (never into a JavaScript chunk) and serves the same file in dev.
 */
import type { Plugin } from 'vite';
import { buildSotuPack } from './build-sotu.ts';
import { PACKS } from './packs.ts';

export function packs(): Plugin {
	let json: string | null = null;
	// Read the data files once, and only when a build or a request needs them.
	const sotuJson = () => (json ??= JSON.stringify(buildSotuPack()));
	let clientBuild = false;
	return {
		name: 'verbatim-packs',
		configResolved(config) {
			clientBuild = config.command === 'build' && !config.build.ssr;
		},
		generateBundle() {
			if (!clientBuild) return;
			this.emitFile({ type: 'asset', fileName: `packs/${PACKS.sotu.file}`, source: sotuJson() });
		},
		configureServer(server) {
			server.middlewares.use(`/packs/${PACKS.sotu.file}`, (_req, res) => {
				res.setHeader('Content-Type', 'application/json');
				res.end(sotuJson());
			});
		}
	};
}
