/**
 * Whether a point is on land, tested in the plane of longitude and latitude: the coastline's edges are
 * taken as straight lines there rather than great-circle arcs, a difference far below the map's
 * resolution over edges this short.
 *
 * The test is d3-polygon's polygonContains (even-odd ray casting), with the edges filed by latitude
 * band first: a ray at latitude y can only cross edges whose band holds y, so each test reads a few
 * edges of the coastline's two hundred. The city scene runs it thousands of times in the browser at
 * first paint, to place its lights; land.test.ts holds it equal to polygonContains.
 */
type Ring = [number, number][];

const BANDS = 128;

/**
 * polygonContains(ring, point), reading only the edges that can cross the point's ray. The edges are
 * kept in flat typed arrays and the test allocates nothing: it runs thousands of times in the first
 * draw, while the code is still cold, where every destructured pair and closure is paid for.
 */
function bandedRing(ring: Ring): (x: number, y: number) => boolean {
	const n = ring.length;
	let y0 = Infinity;
	let y1 = -Infinity;
	for (let i = 0; i < n; i++) {
		y0 = Math.min(y0, ring[i][1]);
		y1 = Math.max(y1, ring[i][1]);
	}
	const h = (y1 - y0) / BANDS || 1;
	const band = (y: number) => Math.max(0, Math.min(BANDS - 1, Math.floor((y - y0) / h)));
	// Edge i runs from vertex i - 1 (the last vertex, for i = 0) to vertex i: (xa, ya) → (xb, yb).
	const edges = new Float64Array(n * 4);
	const lists: number[][] = Array.from({ length: BANDS }, () => []);
	for (let i = 0; i < n; i++) {
		const a = ring[i === 0 ? n - 1 : i - 1];
		const b = ring[i];
		edges.set([a[0], a[1], b[0], b[1]], i * 4);
		for (let k = band(Math.min(a[1], b[1])); k <= band(Math.max(a[1], b[1])); k++) lists[k].push(i * 4);
	}
	// Each band's edge offsets, end to end: band k's are index[start[k]] up to index[start[k + 1]].
	const start = new Int32Array(BANDS + 1);
	for (let k = 0; k < BANDS; k++) start[k + 1] = start[k] + lists[k].length;
	const index = Int32Array.from(lists.flat());
	return (x, y) => {
		if (y < y0 || y > y1) return false;
		const k = band(y);
		let inside = false;
		for (let j = start[k]; j < start[k + 1]; j++) {
			const e = index[j];
			const xa = edges[e];
			const ya = edges[e + 1];
			const xb = edges[e + 2];
			const yb = edges[e + 3];
			if (yb > y !== ya > y && x < ((xa - xb) * (y - yb)) / (ya - yb) + xb) inside = !inside;
		}
		return inside;
	};
}

// One test per coastline: the city scatters its lights with it and the procession bends its route with
// it, one after the other in the reader's scroll; filing the edges again was 17 ms of the procession's
// mount at CPU 4x.
const byCoastline = new WeakMap<GeoJSON.FeatureCollection, (lon: number, lat: number) => boolean>();

export function onLand(land: GeoJSON.FeatureCollection): (lon: number, lat: number) => boolean {
	let test = byCoastline.get(land);
	if (!test) byCoastline.set(land, (test = landTest(land)));
	return test;
}

function landTest(land: GeoJSON.FeatureCollection): (lon: number, lat: number) => boolean {
	const polygons: GeoJSON.Position[][][] = [];
	for (const f of land.features) {
		const g = f.geometry;
		if (g.type === 'Polygon') polygons.push(g.coordinates);
		else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
	}
	const tests = polygons.map((rings) => rings.map((r) => bandedRing(r.map(([x, y]) => [x, y]))));
	return (lon, lat) => {
		for (const rings of tests) {
			if (!rings[0](lon, lat)) continue;
			let inHole = false;
			for (let i = 1; i < rings.length && !inHole; i++) inHole = rings[i](lon, lat);
			if (!inHole) return true;
		}
		return false;
	};
}
