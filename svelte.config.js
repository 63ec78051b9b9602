import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// Overridable so several builds (e.g. parallel work trees or benchmarks) don't write over each other.
const out = process.env.STORY_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		outDir: process.env.STORY_KIT_DIR ?? '.svelte-kit',
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Stylesheets travel inside the page: on a slow phone link each one is another round trip before
		// the first paint. (The policy below already allows inline styles.)
		inlineStyleThreshold: 16 * 1024,
		// Prerendered pages carry the policy in a <meta> tag, with hashes of SvelteKit's own inline script.
		// Styles allow inline attributes: scenes set positions and opacities through style and SVG attributes.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self']
			}
		}
	}
};

export default config;
