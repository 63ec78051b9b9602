import { randomLcg, randomNormal, randomUniform } from 'd3-random';
import { onLand } from '../land';

export interface Light {
	lon: number;
	lat: number;
	/** 0: small light, 1: bright light. */
	size: 0 | 1;
	/** When in the going-dark sequence this light goes out, 0 → 1. */
	off: number;
}

/**
 * The built-up area of 1990 has no sourced outline (facts.md §4), so lights are scattered at random,
 * seeded so server and browser agree, inside our stated estimate of the compact city, on land only,
 * denser towards the centre. They illustrate a lit city; they do not map buildings.
 */
export const URBAN_EXTENT = { west: 49.78, east: 49.98, south: 40.33, north: 40.44 } as const;
export const CITY_CENTRE: [number, number] = [49.8404, 40.3729];

export function scatterLights(land: GeoJSON.FeatureCollection, count: number, seed = 0.1990012): Light[] {
	const lcg = randomLcg(seed);
	const normal = randomNormal.source(lcg);
	const uniform = randomUniform.source(lcg);
	const nearCentre = [normal(CITY_CENTRE[0], 0.03), normal(CITY_CENTRE[1], 0.02)];
	const e = URBAN_EXTENT;
	const anywhere = [uniform(e.west, e.east), uniform(e.south, e.north)];
	// A soft oval envelope, so the estimate's rectangle never shows as a hard edge.
	const mid = [(e.west + e.east) / 2, (e.south + e.north) / 2];
	const envelope = (lon: number, lat: number) => {
		const q =
			((lon - mid[0]) / ((e.east - e.west) * 0.42)) ** 2 +
			((lat - mid[1]) / ((e.north - e.south) * 0.45)) ** 2;
		return Math.exp(-q * q);
	};
	const isLand = onLand(land);
	const lights: Light[] = [];
	let guard = count * 60;
	while (lights.length < count && guard-- > 0) {
		const dense = lcg() < 0.5;
		const lon = dense ? nearCentre[0]() : anywhere[0]();
		const lat = dense ? nearCentre[1]() : anywhere[1]();
		if (lon < e.west || lon > e.east || lat < e.south || lat > e.north) continue;
		if (!dense && lcg() > envelope(lon, lat)) continue;
		if (!isLand(lon, lat)) continue;
		const dist = Math.hypot((lon - CITY_CENTRE[0]) * 0.76, lat - CITY_CENTRE[1]) / 0.12;
		lights.push({
			lon,
			lat,
			size: lcg() < 0.18 ? 1 : 0,
			off: Math.min(1, 0.55 * lcg() + 0.45 * Math.min(1, dist))
		});
	}
	if (lights.length < count)
		throw new Error(`only ${lights.length} of ${count} lights fit on land: is the map data right?`);
	return lights;
}
