#!/usr/bin/env node
// Derives content/data/geo/baku-bay.geojson: the land around Baku Bay, clipped once from the
// OpenStreetMap-derived coastline in the npm package @geo-maps/countries-coastline-1m@0.6.0
// (data © OpenStreetMap contributors, ODbL 1.0; see content/data/geo/README.md).
// The package is 34 MB packed, so it is not a dependency; to rerun:
//   d=$(mktemp -d) && (cd "$d" && npm pack @geo-maps/countries-coastline-1m@0.6.0 && tar xzf *.tgz)
//   node scripts/clip-coastline.mjs "$d/package/map.geo.json"
import { readFileSync, writeFileSync } from 'node:fs';
import { geoArea } from 'd3-geo';

const [input] = process.argv.slice(2);
if (!input) {
	console.error('usage: node scripts/clip-coastline.mjs path/to/map.geo.json (see the comment at the top)');
	process.exit(2);
}
// Wider than any scene frame, so the clip edges stay off screen at every aspect ratio.
const box = { west: 49.55, east: 50.45, south: 40.1, north: 40.7 };
const DIGITS = 5; // ~1 m: finer than the data's own ~700 m vertex spacing

const inside = {
	west: (p) => p[0] >= box.west,
	east: (p) => p[0] <= box.east,
	south: (p) => p[1] >= box.south,
	north: (p) => p[1] <= box.north
};
function cross(a, b, edge) {
	const horizontal = edge === 'south' || edge === 'north';
	const v = box[edge];
	const t = horizontal ? (v - a[1]) / (b[1] - a[1]) : (v - a[0]) / (b[0] - a[0]);
	return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}
// Sutherland–Hodgman against each side of the box in turn.
function clipRing(ring) {
	let out = ring.slice(0, -1);
	for (const edge of Object.keys(inside)) {
		const test = inside[edge];
		const input = out;
		out = [];
		for (let i = 0; i < input.length; i++) {
			const cur = input[i];
			const prev = input[(i + input.length - 1) % input.length];
			if (test(cur)) {
				if (!test(prev)) out.push(cross(prev, cur, edge));
				out.push(cur);
			} else if (test(prev)) out.push(cross(prev, cur, edge));
		}
		if (!out.length) return null;
	}
	const round = (p) => p.map((n) => +n.toFixed(DIGITS));
	const closed = out.map(round);
	closed.push(closed[0]);
	return closed.length >= 4 ? closed : null;
}

const world = JSON.parse(readFileSync(input, 'utf8'));
const polygons = [];
for (const f of world.features) {
	const g = f.geometry;
	const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	for (const poly of polys) {
		const rings = poly.map(clipRing).filter(Boolean);
		if (!rings.length || !poly[0] || !clipRing(poly[0])) continue;
		polygons.push(rings);
	}
}
// d3-geo reads rings by spherical winding: a ring covering more than a hemisphere is inside-out.
for (const rings of polygons) {
	if (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI) rings.forEach((r) => r.reverse());
}
const out = {
	type: 'FeatureCollection',
	properties: {
		about: 'Land around Baku Bay, clipped to lon 49.55–50.45, lat 40.10–40.70.',
		source: '@geo-maps/countries-coastline-1m@0.6.0 (OpenStreetMap-derived coastline)',
		licence: 'ODbL 1.0',
		attribution: '© OpenStreetMap contributors',
		derivedBy: 'scripts/clip-coastline.mjs',
		caveat: "Today's shoreline: includes land reclaimed after 1990 (e.g. the New Boulevard, 2012)."
	},
	features: [
		{
			type: 'Feature',
			properties: { kind: 'land' },
			geometry: { type: 'MultiPolygon', coordinates: polygons }
		}
	]
};
writeFileSync('content/data/geo/baku-bay.geojson', JSON.stringify(out) + '\n');
const vertices = polygons.flat().reduce((n, r) => n + r.length, 0);
console.log(`wrote content/data/geo/baku-bay.geojson: ${polygons.length} polygons, ${vertices} vertices`);
