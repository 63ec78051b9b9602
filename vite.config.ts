import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { loadContent } from './src/lib/story/load';
import { ContentError } from './src/lib/story/errors';
import { DATA_FILES, SCENES } from './src/lib/scenes/registry';
import { publicLink } from './src/lib/print/qr';
import svelteConfig from './svelte.config.js';

/** The classroom export (STORY_TARGET=offline, see svelte.config.js): one self-contained HTML file. */
const offline = process.env.STORY_TARGET === 'offline';

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

/**
 * The export's routes cannot use server load functions (the hash router allows none), so the content the
 * hosted site prerenders as load data is compiled into the bundle instead: `virtual:story-content` is the
 * same parsed content, plus the print version's link and QR code, as plain JSON.
 */
function offlineContent(): Plugin {
	const id = 'virtual:story-content';
	return {
		name: 'story-offline-content',
		resolveId: (source) => (source === id ? `\0${id}` : null),
		async load(module) {
			if (module !== `\0${id}`) return null;
			const content = loadContent('content', SCENES, DATA_FILES);
			const link = await publicLink(content.story.meta.publicUrl);
			return `export default ${JSON.stringify({ ...content, link })};`;
		}
	};
}

export default defineConfig({
	plugins: [contentCheck(), offlineContent(), sveltekit()],
	define: {
		__STORY_OFFLINE__: JSON.stringify(offline),
		// Where Kit leaves Vite's client manifest, for the missing-preload fix in hooks.server.ts.
		__CLIENT_MANIFEST__: JSON.stringify(
			`${svelteConfig.kit?.outDir ?? '.svelte-kit'}/output/client/.vite/manifest.json`
		)
	},
	build: offline
		? // In the export, fonts (the only binary assets) become data: URLs inside the single file.
			{ assetsInlineLimit: () => true }
		: {
				// Rollup splits shared code into as many chunks as there are sets of importers: 23 scripts on `/`,
				// many under 1 KB. On a phone link each is a request, six at a time over HTTP/1.1. Small chunks are
				// merged wherever that runs no code a page did not run before: 12 scripts, 0.9 KB more in all, and
				// Lighthouse's simulated mobile LCP on `/` 2.32-2.46 s before, 2.15-2.26 s after (3 runs each).
				rollupOptions: { output: { experimentalMinChunkSize: 100_000 } }
			},
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
