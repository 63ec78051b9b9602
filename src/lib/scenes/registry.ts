/**
 * The scenes the content may name, their states, and the data files they read. Pure data, so the
 * content validator can check a story without loading any drawing code.
 */
import type { DataFileSpec } from '$lib/story/data-file';
import type { SceneRegistry } from '$lib/story/types';
import { FIGURES, PLACES, SOURCES } from './shared-data';
import { CITY_STATES } from './city/states';
import { LINES, NIGHT } from './city/data';
import { PROCESSION_STATES } from './procession/states';
import { PROCESSION } from './procession/data';
import { ROUTE_STATES } from './route/states';
import { MILESTONES } from './route/data';
import { MEMORY_STATES } from './memory/states';
import { MEMORY, VICTIMS } from './memory/data';

export const SCENES: SceneRegistry = {
	city: CITY_STATES,
	procession: PROCESSION_STATES,
	route: ROUTE_STATES,
	memory: MEMORY_STATES
};

export const DATA_FILES: readonly DataFileSpec[] = [
	SOURCES,
	PLACES,
	FIGURES,
	LINES,
	NIGHT,
	MILESTONES,
	MEMORY,
	VICTIMS,
	PROCESSION
];
