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

/** polygonContains(ring, point), reading only the edges that can cross the point's ray. */
function bandedRing(ring: Ring): (x: number, y: number) => boolean {
	let y0 = Infinity;
	let y1 = -Infinity;
	for (const [, y] of ring) {
		y0 = Math.min(y0, y);
		y1 = Math.max(y1, y);
	}
	const h = (y1 - y0) / BANDS || 1;
	const band = (y: number) => Math.max(0, Math.min(BANDS - 1, Math.floor((y - y0) / h)));
	const bands: number[][] = Array.from({ length: BANDS }, () => []);
	for (let i = 0; i < ring.length; i++) {
		const a = ring[i === 0 ? ring.length - 1 : i - 1];
		const b = ring[i];
		for (let k = band(Math.min(a[1], b[1])); k <= band(Math.max(a[1], b[1])); k++) bands[k].push(i);
	}
	return (x, y) => {
		if (y < y0 || y > y1) return false;
		let inside = false;
		for (const i of bands[band(y)]) {
			const [xa, ya] = ring[i === 0 ? ring.length - 1 : i - 1];
			const [xb, yb] = ring[i];
			if (yb > y !== ya > y && x < ((xa - xb) * (y - yb)) / (ya - yb) + xb) inside = !inside;
		}
		return inside;
	};
}

export function onLand(land: GeoJSON.FeatureCollection): (lon: number, lat: number) => boolean {
	const polygons: GeoJSON.Position[][][] = [];
	for (const f of land.features) {
		const g = f.geometry;
		if (g.type === 'Polygon') polygons.push(g.coordinates);
		else if (g.type === 'MultiPolygon') polygons.push(...g.coordinates);
	}
	const tests = polygons.map((rings) => rings.map((r) => bandedRing(r.map(([x, y]) => [x, y]))));
	return (lon, lat) => tests.some(([outer, ...holes]) => outer(lon, lat) && !holes.some((h) => h(lon, lat)));
}
