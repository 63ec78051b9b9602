import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// STORY_TARGET=offline builds the classroom export (npm run export:offline): one HTML file with the bundle,
// styles, fonts and content inlined, routed by the URL hash so it opens from a USB stick (file://).
const offline = process.env.STORY_TARGET === 'offline';

// Overridable so several builds (e.g. parallel work trees or benchmarks) don't write over each other.
const out = process.env.STORY_BUILD_DIR ?? (offline ? 'build-offline' : 'build');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		outDir: process.env.STORY_KIT_DIR ?? (offline ? '.svelte-kit-offline' : '.svelte-kit'),
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Stylesheets travel inside the page: on a slow phone link each one is another round trip before
		// the first paint. (The policy below already allows inline styles.)
		inlineStyleThreshold: 16 * 1024,
		// The hash router allows no server files, so the export has its own thin routes that take the content
		// from a build-time module instead of +layout.server.ts (see src/offline-routes/).
		...(offline && {
			files: { routes: 'src/offline-routes' },
			router: { type: 'hash' },
			output: { bundleStrategy: 'inline' }
		}),
		// The hosted site registers its service worker (src/service-worker.ts) itself, once the page has
		// settled (src/lib/register-offline.ts); service workers do not run from file://.
		serviceWorker: { register: false },
		// Prerendered pages carry the policy in a <meta> tag, with hashes of SvelteKit's own inline script
		// (in the export that script is the whole inlined bundle, and its hash is still computed by Kit).
		// Styles allow inline attributes: scenes set positions and opacities through style and SVG attributes.
		// The export's fonts are data: URLs; everything else stays as strict as the hosted site.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': offline ? ['self', 'data:'] : ['self'],
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
