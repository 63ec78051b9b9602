/**
 * The city map's projection: spherical Mercator fitted to an extent, with exactly the arithmetic of
 * d3-geo's geoMercator().fitExtent() and geoDistance() (mercator.test.ts holds them equal). Written
 * out because d3-geo ships as a single module: its projection machinery (rotation, antimeridian
 * clipping, adaptive resampling, streams) comes to 8.6 KB gzip, all of it in every reader's first load
 * with the opening map, though a 20 km city needs none of it.
 */
type Lonlat = [number, number];
export interface Project {
	(p: Lonlat): [number, number];
	/** The same, from a point already in Mercator's unit plane (see `toUnit`): a multiply and an add. */
	fromUnit(u: readonly [number, number]): [number, number];
}

const RAD = Math.PI / 180;
const mercatorY = (lat: number) => Math.log(Math.tan((Math.PI / 2 + lat * RAD) / 2));

/**
 * A point in Mercator's unit plane, before scale and translation. Thousands of marks can be taken
 * there once and placed at any size by `fromUnit`, without a logarithm per mark per resize.
 */
export const toUnit = ([lon, lat]: Lonlat): [number, number] => [lon * RAD, -mercatorY(lat)];

/** Fits the bounding box of `points` into `extent` ([[x0, y0], [x1, y1]]), centred, keeping proportions. */
export function fitMercator(
	extent: [[number, number], [number, number]],
	points: readonly Lonlat[]
): Project {
	// d3 measures the points' bounds under its default scale of 150 and then rescales.
	const xs = points.map(([lon]) => 150 * lon * RAD);
	const ys = points.map(([, lat]) => -150 * mercatorY(lat));
	const b = [
		[Math.min(...xs), Math.min(...ys)],
		[Math.max(...xs), Math.max(...ys)]
	];
	const w = extent[1][0] - extent[0][0];
	const h = extent[1][1] - extent[0][1];
	const k = Math.min(w / (b[1][0] - b[0][0]), h / (b[1][1] - b[0][1]));
	const tx = extent[0][0] + (w - k * (b[1][0] + b[0][0])) / 2;
	const ty = extent[0][1] + (h - k * (b[1][1] + b[0][1])) / 2;
	const scale = 150 * k;
	const fromUnit = (u: readonly [number, number]): [number, number] => [scale * u[0] + tx, scale * u[1] + ty];
	return Object.assign((p: Lonlat) => fromUnit(toUnit(p)), { fromUnit });
}

/** Great-circle distance in radians between two [lon, lat] points (haversine, as geoDistance). */
export function distance(a: Lonlat, b: Lonlat): number {
	const l0 = a[0] * RAD;
	const p0 = a[1] * RAD;
	const l1 = b[0] * RAD;
	const p1 = b[1] * RAD;
	const s = Math.sin((p1 - p0) / 2) ** 2 + Math.cos(p0) * Math.cos(p1) * Math.sin((l1 - l0) / 2) ** 2;
	return 2 * Math.asin(Math.sqrt(s));
}
