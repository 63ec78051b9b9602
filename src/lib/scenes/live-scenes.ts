/**
 * How the live graphic gets each scene's code: its drawing component and its text alternative. The
 * opening scene is bundled with the page, so it is drawn on the server and at first paint; the others
 * are separate chunks, fetched once the page has loaded and is idle (SceneStack), so the first load
 * carries one scene, not four. (Print and no-JS figures use Scene.svelte and describe.ts, which bundle all four: those pages
 * need every scene at once.)
 */
import type { Component } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { SceneProps, StoryData } from './types';
import CityScene from './city/CityScene.svelte';
import { cityAlt } from './city/describe';

export interface LiveScene {
	component: Component<SceneProps>;
	/** What the graphic shows in a state, in words, for the screen reader's live region. */
	alt: Alt;
}

/** The scene the story opens on; a unit test holds content/story.md to it. */
export const OPENING_SCENE = 'city';

type Alt = (state: string, data: StoryData) => string;

/** A scene fetched as two chunks at once: its drawing component and its text alternative. */
const lazy =
	(component: () => Promise<{ default: LiveScene['component'] }>, alt: () => Promise<Alt>) =>
	async (): Promise<LiveScene> => {
		const [c, a] = await Promise.all([component(), alt()]);
		return { component: c.default, alt: a };
	};

// Each describe module types its states; the live graphic passes states the content check has validated.
const loaders: Record<string, () => Promise<LiveScene>> = {
	procession: lazy(
		() => import('./procession/ProcessionScene.svelte'),
		() => import('./procession/describe').then((d) => d.processionAlt as Alt)
	),
	route: lazy(
		() => import('./route/RouteScene.svelte'),
		() => import('./route/describe').then((d) => d.routeAlt as Alt)
	),
	memory: lazy(
		() => import('./memory/MemoryScene.svelte'),
		() => import('./memory/describe').then((d) => d.memoryAlt as Alt)
	)
};

// Reactive: whatever reads a scene (its layer, the text alternative) updates when its code arrives,
// whoever asked for it.
const loaded = new SvelteMap<string, LiveScene>([
	[OPENING_SCENE, { component: CityScene, alt: cityAlt as Alt }]
]);
const pending = new Map<string, Promise<LiveScene>>();

/** The scene if its code is here already, for drawing without waiting a frame. */
export function liveScene(name: string): LiveScene | undefined {
	return loaded.get(name);
}

/** Fetches a scene's code once; later calls share the same promise. */
export function loadScene(name: string): Promise<LiveScene> {
	const have = loaded.get(name);
	if (have) return Promise.resolve(have);
	const load = loaders[name];
	if (!load)
		return Promise.reject(
			new Error(`no live scene is registered as "${name}" (src/lib/scenes/live-scenes.ts)`)
		);
	let p = pending.get(name);
	if (!p) {
		p = load().then((scene) => {
			loaded.set(name, scene);
			return scene;
		});
		// A failed fetch (e.g. the network dropped) may be retried on the next approach.
		p.catch(() => pending.delete(name));
		pending.set(name, p);
	}
	return p;
}

/** Starts fetching a scene's code, for callers that draw it once it is here (liveScene is reactive). */
export function prefetchScene(name: string): void {
	loadScene(name).catch((e) => console.error(`The ${name} scene could not be loaded:`, e));
}

/** Every scene the live graphic can show, for a check that the registry and the loaders agree. */
export const LIVE_SCENES = [OPENING_SCENE, ...Object.keys(loaders)];
