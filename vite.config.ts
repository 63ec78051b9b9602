import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { loadContent } from './src/lib/story/load';
import { ContentError } from './src/lib/story/errors';
import { DATA_FILES, SCENES } from './src/lib/scenes/registry';

/** Validates content/ before anything is built, so a writer's mistake stops the build as `file:line: message`. */
function contentCheck(): Plugin {
	const check = () => loadContent('content', SCENES, DATA_FILES);
	return {
		name: 'story-content-check',
		buildStart() {
			// Unit tests load content themselves; a half-edited data file must not stop unrelated tests.
			if (process.env.VITEST) return;
			try {
				check();
			} catch (e) {
				if (e instanceof ContentError) this.error(`content check failed:\n${e.message}`);
				throw e;
			}
		},
		configureServer(server) {
			server.watcher.add('content');
			server.watcher.on('change', (file) => {
				if (!file.includes('/content/')) return;
				try {
					check();
					server.ws.send({ type: 'full-reload' });
				} catch (e) {
					server.config.logger.error(String((e as Error).message));
				}
			});
		}
	};
}

export default defineConfig({
	plugins: [contentCheck(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
