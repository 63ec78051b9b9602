import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { readFileSync } from 'node:fs';
import { addMissingPreloads, type ViteManifest } from '$lib/server/preloads';

// Read once, when the first page is prerendered: the client build is complete by then.
let manifest: ViteManifest | undefined;
const clientManifest = () =>
	(manifest ??= JSON.parse(readFileSync(__CLIENT_MANIFEST__, 'utf8')) as ViteManifest);

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// No font preloads. The metric-matched fallback faces (app.css) make the swap invisible, so
		// nothing waits for the fonts; and with the four faces preloaded, Chromium held the first paint of
		// a phone-sized page back until about 2.3 s in Lighthouse's runs (about 0.4 s without them).
		preload: ({ type }) => type === 'js' || type === 'css',
		// Kit leaves out some chunks a page needs to hydrate (see $lib/server/preloads.ts); list them too.
		transformPageChunk: ({ html, done }) =>
			building && done ? addMissingPreloads(html, clientManifest) : html
	});
