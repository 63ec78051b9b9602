/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Keeps the hosted site working with the network down after one visit: a classroom that loaded the story
 * once can still present and print it. Installing caches the whole build (code, styles, fonts), the files
 * in static/ and every prerendered page with its data, under a cache named for this build's version.
 * Those are answered from the cache first; anything else tries the network and falls back to the cache.
 * A new build installs beside the old one and takes over once the old pages are closed (no skipWaiting:
 * an open page keeps the code it started with), then deletes the old caches.
 * The classroom export (STORY_TARGET=offline) has no service worker: they do not run from file://.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `black-january-${version}`;
// Every browser with service workers reads WOFF2, so the WOFF fallbacks would only double the fonts' weight.
const PRECACHED = new Set([...build.filter((f) => !f.endsWith('.woff')), ...files, ...prerendered]);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHED])));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
	);
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Shared links carry a query (/present?step=9); the page is the same one.
			if (PRECACHED.has(url.pathname)) {
				const hit = await cache.match(url.pathname);
				if (hit) return hit;
			}
			try {
				return await fetch(request);
			} catch (error) {
				const hit = await cache.match(request, { ignoreSearch: true });
				if (hit) return hit;
				throw error;
			}
		})()
	);
});
