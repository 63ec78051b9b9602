import type { Size, StoryData } from '../types';
import { distance, fitMercator, toUnit } from '../mercator';
import { place, figures } from '../shared-data';
import { mapLines, nightMoment } from './data';
import { scatterLights, type Light } from './lights';
import { dotsPath } from '../dots';
import type { CityState } from './states';
import { r1 } from '../round';

export const LIGHT_COUNT = 3200;
/**
 * Lights go out (and come on) in this many waves, each a drawing and, while the lights move, a
 * compositor layer of its own. Each such layer costs every frame its compositing, whatever its opacity
 * on this machine's software compositor: with twenty, the display compositor spent 17 ms of each
 * evening frame at CPU 4x, with eight 13 ms, and the waves still read as lights going out at random.
 */
export const LIGHT_GROUPS = 8;
/** The frame every layout fits: the compact city and its bay (lon, lat). */
const FRAME: [number, number][] = [
	[49.785, 40.318],
	[49.955, 40.448]
];
const EARTH_KM = 6371;

export interface ProjectedLine {
	id: string;
	kind: 'entry' | 'avenue';
	d: string;
	length: number;
	label: string;
	end: [number, number];
	approximate: boolean;
}

export interface ProjectedPlace {
	id: string;
	name: string;
	x: number;
	y: number;
	/** Radius in px for places known only as an area. */
	areaR: number;
}

/** Everything that depends on size and data only: computed once per resize, not per scroll frame. */
export interface CityBase {
	size: Size;
	land: string;
	/**
	 * Lights batched into groups that go out together, in the order they go out: one path per size class.
	 * Each group is a drawing of its own, so that dimming it is a change of that drawing's opacity.
	 */
	lightGroups: LightGroup[];
	lines: ProjectedLine[];
	places: Record<string, ProjectedPlace>;
	gatherPath: string;
	scaleBar: { x: number; y: number; px: number; km: number };
}

export interface LightGroup {
	group: number;
	paths: { size: 0 | 1; d: string }[];
}

/** Per-frame values: what the state shows at this progress. Cheap, so it runs on every scroll tick. */
export interface CityFrame {
	/** Opacity of each light group. */
	lights: number[];
	/** 0 → 1: how much of each line is drawn. */
	draw: { entry: number; avenue: number };
	/** Entry routes fade back once they have been told. */
	routeOpacity: number;
	barracks: number;
	yanvar: number;
	azadliq: number;
	gather: number;
	/** The caption in the corner: time and what happened, or a sourced figure. */
	caption: { when: string; text: string } | null;
}

/** A light ready to place at any size: its point in Mercator's unit plane and its path bucket. */
interface PlacedLight {
	unit: [number, number];
	group: number;
	size: 0 | 1;
}

// Scattering and the projection's logarithms happen once per page; a resize only scales and shifts.
const lightCache = new WeakMap<object, PlacedLight[]>();
function lightsFor(data: StoryData): PlacedLight[] {
	let lights = lightCache.get(data.land);
	if (!lights) {
		lights = scatterLights(data.land, LIGHT_COUNT).map((l: Light) => ({
			unit: toUnit([l.lon, l.lat]),
			group: Math.min(LIGHT_GROUPS - 1, Math.floor(l.off * LIGHT_GROUPS)),
			size: l.size
		}));
		lightCache.set(data.land, lights);
	}
	return lights;
}

/**
 * The coastline as an SVG path, vertex by projected vertex. d3's geoPath would also resample edges
 * into curves and clip at the antimeridian, neither of which changes a 20 km map, and it brings its
 * area, centroid and length code into every reader's first load.
 */
function landPath(land: GeoJSON.FeatureCollection, project: (p: [number, number]) => [number, number]) {
	let d = '';
	for (const f of land.features) {
		const g = f.geometry;
		const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
		for (const rings of polygons)
			for (const ring of rings)
				d += 'M' + ring.map((p) => project([p[0], p[1]]).map(r1).join(' ')).join('L') + 'Z';
	}
	return d;
}

// The procession scene starts from this map at the same size, usually right after the city has drawn
// it: the last result is kept, so the thousands of light strings are not built again for it.
let last: { size: Size; data: StoryData; base: CityBase } | undefined;

export function cityBase(size: Size, data: StoryData): CityBase {
	if (last && last.data === data && last.size.width === size.width && last.size.height === size.height)
		return last.base;
	const base = drawCityBase(size, data);
	last = { size, data, base };
	return base;
}

function drawCityBase(size: Size, data: StoryData): CityBase {
	const pad = Math.min(size.width, size.height) * 0.04;
	const project = fitMercator(
		[
			[pad, pad],
			[size.width - pad, size.height - pad]
		],
		FRAME
	);

	// One path per group and size class, indexed group * 2 + size, so buckets come out in order.
	const buckets: number[][] = Array.from({ length: LIGHT_GROUPS * 2 }, () => []);
	for (const l of lightsFor(data)) {
		const [x, y] = project.fromUnit(l.unit);
		if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
		buckets[l.group * 2 + l.size].push(x, y);
	}
	const lightGroups = Array.from({ length: LIGHT_GROUPS }, (_, group) => ({
		group,
		paths: ([0, 1] as const).flatMap((size) => {
			const xy = buckets[group * 2 + size];
			return xy.length ? [{ size, d: dotsPath(xy) }] : [];
		})
	})).filter((g) => g.paths.length);

	const lines: ProjectedLine[] = mapLines(data).map((line) => {
		const pts = line.points.map(project);
		let length = 0;
		for (let i = 1; i < pts.length; i++)
			length += Math.hypot(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]);
		return {
			id: line.id,
			kind: line.kind,
			d: 'M' + pts.map(([x, y]) => `${r1(x)} ${r1(y)}`).join('L'),
			length: r1(length),
			label: line.label,
			end: pts[pts.length - 1],
			approximate: line.certainty !== 'HIGH'
		};
	});

	const pxPerKm = (() => {
		const a = project([49.84, 40.37]);
		const b = project([49.85, 40.37]);
		const km = distance([49.84, 40.37], [49.85, 40.37]) * EARTH_KM;
		return Math.hypot(b[0] - a[0], b[1] - a[1]) / km;
	})();

	const places: Record<string, ProjectedPlace> = {};
	for (const id of ['yanvar', 'azadliq', 'salyan-barracks', 'old-city', 'martyrs', 'bay']) {
		const p = place(data, id);
		const [x, y] = project(p.point);
		places[id] = { id, name: p.name, x, y, areaR: (p.radiusKm ?? 0) * pxPerKm };
	}

	// People gathering in the square: a small seeded cluster, ~0.35 km across.
	const sq = places.azadliq;
	const gather: number[] = [];
	for (let i = 0; i < 160; i++) {
		const a = i * 2.399963; // golden angle: an even, deterministic spiral
		const rr = Math.sqrt(i / 160) * 0.22 * pxPerKm;
		gather.push(sq.x + rr * Math.cos(a), sq.y + rr * Math.sin(a));
	}

	const km = pxPerKm > 60 ? 1 : 2;
	return {
		size,
		land: landPath(data.land, project),
		lightGroups,
		lines,
		places,
		gatherPath: dotsPath(gather),
		scaleBar: { x: pad + 8, y: size.height - pad - 30, px: km * pxPerKm, km }
	};
}

const clamp01 = (t: number) => (t < 0 ? 0 : t > 1 ? 1 : t);
/**
 * Cubic in-out, as d3-ease's easeCubicInOut (a unit test holds them equal). Written out because d3-ease
 * ships as one module with every easing in it, and the city scene is in every reader's first load.
 */
export const easeInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/** Maps progress within [a, b] of the step onto 0 → 1, eased. */
const phase = (p: number, a: number, b: number) => easeInOut(clamp01((p - a) / (b - a)));

/** Groups light up (or go out) one after another as `lit` goes from 0 to 1. */
export function groupOpacities(lit: number): number[] {
	return Array.from({ length: LIGHT_GROUPS }, (_, i) => clamp01((lit * LIGHT_GROUPS - i) * 1));
}

export function cityFrame(state: CityState, progress: number, data: StoryData): CityFrame {
	const p = clamp01(progress);
	const none = { entry: 0, avenue: 0 };
	const base: CityFrame = {
		lights: groupOpacities(0),
		draw: none,
		routeOpacity: 1,
		barracks: 0,
		yanvar: 0,
		azadliq: 0,
		gather: 0,
		caption: null
	};
	const moment = (id: string) => {
		const m = nightMoment(data, id);
		return { when: m.when, text: m.text };
	};
	switch (state) {
		case 'evening':
			return {
				...base,
				// The evening deepens: from 45% of the lights to all of them. (A plain lerp: importing
				// d3-interpolate here would put its colour code in every reader's first load.)
				lights: groupOpacities(0.45 + 0.55 * phase(p, 0, 0.7)),
				caption: moment('evening')
			};
		case 'tanks':
			return {
				...base,
				lights: groupOpacities(1),
				draw: { entry: phase(p, 0.05, 0.75), avenue: 0 },
				barracks: phase(p, 0.3, 0.6),
				caption: moment('entry')
			};
		case 'dark':
			return {
				...base,
				lights: groupOpacities(1 - phase(p, 0.1, 0.85)),
				draw: { entry: 1, avenue: 0 },
				barracks: 1,
				caption: moment('tv')
			};
		case 'massacre':
			return { ...base, draw: { entry: 1, avenue: 0 }, routeOpacity: 0.75, barracks: 0.6 };
		case 'announced': {
			const killed = figures(data, 'killed-before-announcement')[0];
			const dying = figures(data, 'mortally-wounded-before-announcement')[0];
			const m = moment('announced');
			return {
				...base,
				draw: { entry: 1, avenue: 0 },
				routeOpacity: 0.5,
				barracks: 0.4,
				caption: {
					when: m.when,
					text: `${m.text} By then, by the official count, ${killed.value} people had been killed and ${dying.value} mortally wounded.`
				}
			};
		}
		case 'places':
			return {
				...base,
				draw: { entry: 1, avenue: phase(p, 0.05, 0.45) },
				routeOpacity: 0.35,
				yanvar: phase(p, 0.35, 0.7),
				caption: null
			};
		case 'gathering':
			return { ...base, routeOpacity: 0, azadliq: phase(p, 0, 0.3), gather: phase(p, 0.15, 0.9) };
		case 'dawn':
			return { ...base, routeOpacity: 0, lights: groupOpacities(phase(p, 0, 0.8)) };
	}
}
