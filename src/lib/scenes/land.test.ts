import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { polygonContains } from 'd3-polygon';
import { randomLcg } from 'd3-random';
import { onLand } from './land';

const land: GeoJSON.FeatureCollection = JSON.parse(readFileSync('content/data/geo/baku-bay.geojson', 'utf8'));

describe('onLand', () => {
	it('agrees with d3-polygon polygonContains on 20,000 points around the bay', () => {
		const rings = land.features.flatMap((f) =>
			f.geometry.type === 'MultiPolygon'
				? f.geometry.coordinates
				: f.geometry.type === 'Polygon'
					? [f.geometry.coordinates]
					: []
		);
		const d3 = (p: [number, number]) =>
			rings.some(
				([outer, ...holes]) =>
					polygonContains(outer as [number, number][], p) &&
					!holes.some((h) => polygonContains(h as [number, number][], p))
			);
		const test = onLand(land);
		const random = randomLcg(0.42);
		let inside = 0;
		for (let i = 0; i < 20000; i++) {
			const p: [number, number] = [49.7 + random() * 0.35, 40.25 + random() * 0.25];
			const ours = test(p[0], p[1]);
			expect(ours, `at ${p}`).toBe(d3(p));
			if (ours) inside++;
		}
		// Both answers occur, so the comparison is not vacuous.
		expect(inside).toBeGreaterThan(2000);
		expect(inside).toBeLessThan(18000);
	});
});
