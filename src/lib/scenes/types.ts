import type { DataRecord } from '$lib/story/data-file';

export interface Size {
	width: number;
	height: number;
}

/** Every record of every data file, keyed by file name without extension; plus the map. */
export interface StoryData {
	records: Record<string, DataRecord[]>;
	land: GeoJSON.FeatureCollection;
}

export interface Source {
	id: string;
	title: string;
	url?: string;
}

/** What a scene needs to draw one frame; the same for the story, classroom mode and print. */
export interface SceneProps {
	state: string;
	/** 0 → 1 through the step; 1 means the state's final, still picture. */
	progress: number;
	width: number;
	height: number;
	data: StoryData;
	/** A still figure (print, the no-JS page): drawn in vector only, even in the browser. */
	figure?: boolean;
	/**
	 * Drawn ahead of the reader and not shown yet: the scene may build itself over several idle periods
	 * rather than in one task. It turns false the moment the scene is shown, and then everything is needed.
	 */
	ahead?: boolean;
}
