import type { StoryData } from './types';
import { cityAlt, citySources } from './city/describe';
import type { CityState } from './city/states';

/** The text alternative of a scene state: what the graphic shows, in a sentence or two. */
export function sceneAlt(scene: string, state: string, data: StoryData): string {
	switch (scene) {
		case 'city':
			return cityAlt(state as CityState, data);
		// IN PROGRESS (this session): procession, route and memory describe themselves here.
		case 'procession':
		case 'route':
		case 'memory':
			return `The ${scene} scene (${state}).`;
	}
	throw new Error(`unknown scene "${scene}"`);
}

/** Ids (content/data/sources.yaml) of the sources behind a scene state. */
export function sceneSources(scene: string, state: string): string[] {
	switch (scene) {
		case 'city':
			return citySources(state as CityState);
		// IN PROGRESS (this session): procession, route and memory name their sources here.
		case 'procession':
		case 'route':
		case 'memory':
			return [];
	}
	throw new Error(`unknown scene "${scene}"`);
}
