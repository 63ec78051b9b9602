import type { Source, StoryData } from '$lib/scenes/types';

/** What every rendering of a figure is about: one scene state, the story's data, and its source list. */
export interface FigureSubject {
	scene: string;
	state: string;
	data: StoryData;
	sources: Source[];
}

/**
 * The size every static figure is drawn at, in CSS px: the story's frames, the print version and the
 * no-JS figure pages scale this one drawing. (static/noscript.css and story-print.css repeat it in CSS.)
 */
export const FIGURE_SIZE = { width: 900, height: 640 } as const;
