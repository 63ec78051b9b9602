import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { readFileSync } from 'node:fs';
import { addMissingPreloads, type ViteManifest } from '$lib/server/preloads';

/**
 * The four faces the first screen is set in (Latin, regular and semibold, serif and sans) are
 * preloaded with the page, so they usually arrive before the first paint. When a fallback face is
 * painted first and the web font swaps in, the title block grows and everything under it moves.
 */
const FIRST_SCREEN_FONT = /(source-serif-4|inter)-latin-(400|600)-normal\.[^/]*\.woff2$/;

// Read once, when the first page is prerendered: the client build is complete by then.
let manifest: ViteManifest | undefined;
const clientManifest = () =>
	(manifest ??= JSON.parse(readFileSync(__CLIENT_MANIFEST__, 'utf8')) as ViteManifest);

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type, path }) =>
			type === 'js' || type === 'css' || (type === 'font' && FIRST_SCREEN_FONT.test(path)),
		// Kit leaves out some chunks a page needs to hydrate (see $lib/server/preloads.ts); list them too.
		transformPageChunk: ({ html, done }) =>
			building && done ? addMissingPreloads(html, clientManifest) : html
	});
