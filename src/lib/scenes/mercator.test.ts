import { describe, expect, it } from 'vitest';
import { geoDistance, geoMercator } from 'd3-geo';
import { distance, fitMercator, toUnit } from './mercator';

const frame: [number, number][] = [
	[49.785, 40.318],
	[49.955, 40.448]
];
const probes: [number, number][] = [
	[49.8404, 40.3729],
	[49.785, 40.318],
	[49.955, 40.448],
	[49.9, 40.35],
	[50.2, 40.1]
];

describe('fitMercator', () => {
	it.each([
		[800, 1000],
		[390, 844],
		[1440, 900],
		[900, 640]
	])('projects as d3 geoMercator().fitExtent() does, at %i × %i', (width, height) => {
		const pad = Math.min(width, height) * 0.04;
		const extent: [[number, number], [number, number]] = [
			[pad, pad],
			[width - pad, height - pad]
		];
		const d3 = geoMercator().fitExtent(extent, {
			type: 'Feature',
			properties: {},
			geometry: { type: 'MultiPoint', coordinates: frame }
		});
		const ours = fitMercator(extent, frame);
		for (const p of probes) {
			const [x, y] = d3(p)!;
			const [ox, oy] = ours(p);
			expect(ox).toBeCloseTo(x, 6);
			expect(oy).toBeCloseTo(y, 6);
			const [ux, uy] = ours.fromUnit(toUnit(p));
			expect(ux).toBeCloseTo(x, 6);
			expect(uy).toBeCloseTo(y, 6);
		}
	});
});

describe('distance', () => {
	it('measures as d3 geoDistance does', () => {
		for (const a of probes) for (const b of probes) expect(distance(a, b)).toBeCloseTo(geoDistance(a, b), 12);
	});
});
