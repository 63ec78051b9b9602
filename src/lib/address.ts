/**
 * Addresses inside the site, for the hosted build and the classroom export alike.
 *
 * The hosted site routes by pathname and keeps a page's own place in the fragment: `/#step-12`,
 * `/present#12`. The export (STORY_TARGET=offline) is one file routed by SvelteKit's hash router, whose
 * route is the first part of the hash and whose in-page fragment is the second: `#/#step-12`,
 * `#/present#12` (the router itself reads ids that way). Pages ask here instead of reading
 * `location.hash` directly, so the same code serves both.
 */
import { resolve } from '$app/paths';
import type { Pathname } from '$app/types';

export const OFFLINE: boolean = __STORY_OFFLINE__;

/** A link to a page of the site, optionally with its in-page fragment (without `#`). */
export function pageHref(path: Pathname, fragment = ''): string {
	const tail = fragment ? `#${fragment}` : '';
	const href = resolve(path);
	// With the hash router, Kit 2.70's resolve() puts the base (the file's folder) before `#/route`; from
	// file:// that address is the folder, not this file (sveltejs/kit#14894). The hash alone stays here.
	return (OFFLINE ? href.slice(href.indexOf('#')) : href) + tail;
}

/** The in-page fragment of the current address, with its `#` (`#step-12`), or '' when there is none. */
export function pageHash(hash = location.hash): string {
	if (!OFFLINE) return hash.length > 1 ? hash : '';
	const at = hash.indexOf('#', 1);
	return at < 0 || at === hash.length - 1 ? '' : hash.slice(at);
}

/** The query of the current address (`?step=3`); in the export it sits inside the hash (`#/present?step=3`). */
export function pageSearch(): string {
	if (!OFFLINE) return location.search;
	const route = location.hash.split('#')[1] ?? '';
	const at = route.indexOf('?');
	return at < 0 ? '' : route.slice(at);
}

/** This page's address with another in-page fragment (without `#`; '' for none), for replaceState. */
export function withFragment(fragment: string): string {
	if (!OFFLINE) return fragment ? `#${fragment}` : location.pathname;
	const route = (location.hash.split('#')[1] ?? '').split('?')[0] || '/';
	return `#${route}${fragment ? `#${fragment}` : ''}`;
}
