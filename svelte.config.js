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
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
