/** The city scene's states, in the order the night unfolds. */
export const CITY_STATES = [
	'evening',
	'tanks',
	'dark',
	'massacre',
	'announced',
	'places',
	'gathering',
	'dawn'
] as const;
export type CityState = (typeof CITY_STATES)[number];
