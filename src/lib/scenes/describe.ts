import type { StoryData } from './types';
import { cityAlt, citySources } from './city/describe';
import type { CityState } from './city/states';
import { memoryAlt, memorySources } from './memory/describe';
import type { MemoryState } from './memory/states';
import { routeAlt, routeSources } from './route/describe';
import type { RouteState } from './route/states';
import { processionAlt, processionSources } from './procession/describe';
import type { ProcessionState } from './procession/states';

/** The text alternative of a scene state: what the graphic shows, in a sentence or two. */
export function sceneAlt(scene: string, state: string, data: StoryData): string {
	switch (scene) {
		case 'city':
			return cityAlt(state as CityState, data);
		case 'memory':
			return memoryAlt(state as MemoryState, data);
		case 'route':
			return routeAlt(state as RouteState, data);
		case 'procession':
			return processionAlt(state as ProcessionState, data);
	}
	throw new Error(`unknown scene "${scene}"`);
}

/** Ids (content/data/sources.yaml) of the sources behind a scene state. */
export function sceneSources(scene: string, state: string): string[] {
	switch (scene) {
		case 'city':
			return citySources(state as CityState);
		case 'memory':
			return memorySources(state as MemoryState);
		case 'route':
			return routeSources(state as RouteState);
		case 'procession':
			return processionSources(state as ProcessionState);
	}
	throw new Error(`unknown scene "${scene}"`);
}
