/** A Vite plugin that writes LAZY_LIST: the client build's files that hold the file readers. */
import type { Plugin } from 'vite';
import { LAZY_LIST, READER_MODULES } from './lazy-files.ts';

export function lazyFiles(): Plugin {
	let clientBuild = false;
	return {
		name: 'verbatim-lazy-files',
		configResolved(config) {
			clientBuild = config.command === 'build' && !config.build.ssr;
		},
		generateBundle(_options, bundle) {
			if (!clientBuild) return;
			const files = Object.values(bundle).flatMap((item) => {
				const reader = item.type === 'chunk' ? item.moduleIds.some((id) => READER_MODULES.test(id)) : /pdf\.worker/.test(item.fileName);
				return reader ? [item.fileName] : [];
			});
			this.emitFile({ type: 'asset', fileName: LAZY_LIST, source: JSON.stringify(files.sort()) });
		}
	};
}
