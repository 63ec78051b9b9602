import type { Source, StoryData } from '$lib/scenes/types';

/** What every rendering of a figure is about: one scene state, the story's data, and its source list. */
export interface FigureSubject {
	scene: string;
	state: string;
	data: StoryData;
	sources: Source[];
}
