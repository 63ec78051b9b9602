import { easeCubicInOut } from 'd3-ease';
import { interpolateZoom } from 'd3-interpolate';
import { randomLcg, randomNormal } from 'd3-random';
import { scaleLog } from 'd3-scale';
import type { Size, StoryData } from '../types';
import { formatCount, place } from '../shared-data';
import { cityBase } from '../city/layout';
import { onLand } from '../land';
import { dotsPath } from '../dots';
import { distance } from '../mercator';
import {
	counterEstimate,
	crowdEstimates,
	population,
	routeFact,
	PEOPLE_PER_MARK,
	type Estimate
} from './data';
import {
	JOIN_START,
	JOIN_END,
	SAMPLES,
	clamp01,
	smooth,
	marksShown,
	markPositions,
	type CanvasBox,
	type MarkData,
	type View
} from './marks';
import { r1 } from '../round';

export { PEOPLE_PER_MARK };
export { JOIN_START, JOIN_END, marksShown, markPositions, type View };

/** The map zooms from the city view (as the previous scene left it) to the route over [0, ZOOM_END]. */
export const ZOOM_END = 0.25;
const EARTH_KM = 6371;
/** Radii (km) of the areas where the crowd masses at each end: drawing choices, not measured areas. */
const SQUARE_KM = 0.2;
const PARK_KM = 0.24;
/** The site header (2.75rem) lies over the top of the sticky graphic. */
const HEADER = 44;

type Pt = [number, number];

export interface MapLabel {
	id: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	lines: string[];
	kind: 'place' | 'route' | 'water';
}

/** Computed once per size: the map, the route and every mark's seeded constants, in map pixels. */
export interface ProcessionBase extends MarkData {
	size: Size;
	small: boolean;
	land: string;
	route: MarkData['route'] & { d: string; length: number };
	from: { x: number; y: number; name: string; name1990?: string };
	to: { x: number; y: number; name: string; name1990?: string };
	/** The water label point and the route label point (map px), with which way the route label reads. */
	bay: Pt | null;
	routeLabel: { x: number; y: number; anchor: 'start' | 'end' };
	routeKm: number;
	drawnKm: number;
	pxPerKm: number;
	views: { from: [number, number, number]; to: [number, number, number] };
	/** Map-px box that holds every mark at any progress: the route, widened by the crowds at its ends. */
	marksBox: { x0: number; y0: number; x1: number; y1: number };
	/** Dot radius on screen, px. */
	markR: number;
	target: Estimate;
	perMark: number;
	/** Where the counter panel sits: its left edge and width, and top or bottom offset, px. */
	panel: { x: number; w: number; top: number | null; bottom: number | null };
}

export interface ProcessionFrame {
	view: View;
	/** Marks on the map. */
	shown: number;
	/** The counter: marks × people per mark. */
	people: number;
	/** True once the counter has reached the sourced figure. */
	done: boolean;
	/** Opacity of the route, labels and scale bar (they appear as the map zooms in). */
	detail: number;
	labels: MapLabel[];
	scale: { px: number; km: number };
}

/** Distance from the centre (0 → 1) of a 2-D normal spread with σ = ½, cut off at 1: no hard rim. */
const truncatedSpread = (u: number) => 0.5 * Math.sqrt(-2 * Math.log(1 - u * (1 - Math.exp(-2))));
const km = (a: Pt, b: Pt) => distance(a, b) * EARTH_KM;

/** A quadratic curve in lon/lat from a to b, bent by `bend` (fraction of the chord) to one side. */
function curve(a: Pt, b: Pt, bend: number, n = 64): Pt[] {
	const kx = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
	const dx = (b[0] - a[0]) * kx;
	const dy = b[1] - a[1];
	const len = Math.hypot(dx, dy);
	const c: Pt = [
		(a[0] + b[0]) / 2 + (bend * len * -dy) / len / kx,
		(a[1] + b[1]) / 2 + (bend * len * dx) / len
	];
	return Array.from({ length: n + 1 }, (_, i) => {
		const t = i / n;
		const u = 1 - t;
		return [
			u * u * a[0] + 2 * u * t * c[0] + t * t * b[0],
			u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]
		] as Pt;
	});
}
const lengthKm = (pts: Pt[]) => pts.reduce((s, p, i) => (i ? s + km(pts[i - 1], p) : 0), 0);

interface GeoRoute {
	points: Pt[];
	km: number;
	bay: Pt | null;
	/** +1 or −1: the side of the chord the curve bends to (the inland side). */
	side: number;
}

const geoCache = new WeakMap<object, Map<string, GeoRoute>>();
/**
 * The streets the procession took are not sourced. We draw a schematic curve between the two sourced
 * places, bent to the side that stays on land and only as far as makes it about the sourced length.
 */
export function geoRoute(data: StoryData): GeoRoute {
	const r = routeFact(data);
	const a = place(data, r.from).point;
	const b = place(data, r.to).point;
	const key = `${a}|${b}|${r.km}`;
	let byKey = geoCache.get(data.land);
	if (!byKey) geoCache.set(data.land, (byKey = new Map()));
	const hit = byKey.get(key);
	if (hit) return hit;

	const isLand = onLand(data.land);
	const landCount = (pts: Pt[]) => pts.filter(([lon, lat]) => isLand(lon, lat)).length;
	const side = landCount(curve(a, b, -0.3, 40)) >= landCount(curve(a, b, 0.3, 40)) ? -1 : 1;
	let lo = 0;
	let hi = 0.8;
	if (lengthKm(curve(a, b, 0)) < r.km) {
		// 20 halvings fix the bend to a millionth of the chord, far below a pixel.
		for (let i = 0; i < 20; i++) {
			const mid = (lo + hi) / 2;
			if (lengthKm(curve(a, b, side * mid)) < r.km) lo = mid;
			else hi = mid;
		}
	}
	const points = curve(a, b, side * lo, 96);
	// A point in the water on the other side of the route, for the bay's name, if there is one.
	const mid = points[48];
	const chord: Pt = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
	let bay: Pt | null = null;
	for (const f of [1.6, 2.2, 2.8]) {
		const p: Pt = [chord[0] - (mid[0] - chord[0]) * f, chord[1] - (mid[1] - chord[1]) * f];
		if (!isLand(p[0], p[1])) {
			bay = p;
			break;
		}
	}
	const out = { points, km: lengthKm(points), bay, side };
	byKey.set(key, out);
	return out;
}

/**
 * The city map's projection, recovered from two places the city scene has already projected (Mercator:
 * x is linear in longitude, y in the Mercator ordinate), so both scenes stay on exactly the same map.
 */
export function cityProjection(
	a: { x: number; y: number; point: Pt },
	b: { x: number; y: number; point: Pt }
) {
	const rad = Math.PI / 180;
	const merc = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2));
	const s = (a.x - b.x) / ((a.point[0] - b.point[0]) * rad);
	const tx = a.x - s * a.point[0] * rad;
	const ty = a.y + s * merc(a.point[1]);
	const project = (p: Pt): Pt => [tx + s * p[0] * rad, ty - s * merc(p[1])];
	const pxPerKm = (lat: number) => s / (EARTH_KM * Math.cos(lat * rad));
	return { project, pxPerKm };
}

/** Phone-sized graphics get the narrow layout: panel on top, smaller type. */
export const isSmall = (size: Size) => size.width < 640;

export function processionBase(size: Size, data: StoryData): ProcessionBase {
	const { width: W, height: H } = size;
	const small = isSmall(size);
	const city = cityBase(size, data);
	const rf = routeFact(data);
	const A = place(data, rf.from);
	const B = place(data, rf.to);
	const pa = city.places[rf.from] ?? { x: NaN, y: NaN };
	const pb = city.places[rf.to] ?? { x: NaN, y: NaN };
	if (!Number.isFinite(pa.x) || !Number.isFinite(pb.x))
		throw new Error(`the city map does not project "${rf.from}" and "${rf.to}"`);
	const proj = cityProjection({ ...pa, point: A.point }, { ...pb, point: B.point });
	const geo = geoRoute(data);
	const pxPerKm = proj.pxPerKm((A.point[1] + B.point[1]) / 2);

	// Resample the projected curve evenly by length, with unit normals, so s ∈ [0, 1] maps to a point cheaply.
	const raw = geo.points.map(proj.project);
	const cum = [0];
	for (let i = 1; i < raw.length; i++)
		cum.push(cum[i - 1] + Math.hypot(raw[i][0] - raw[i - 1][0], raw[i][1] - raw[i - 1][1]));
	const length = cum[cum.length - 1];
	const xs = new Float64Array(SAMPLES);
	const ys = new Float64Array(SAMPLES);
	let j = 0;
	for (let i = 0; i < SAMPLES; i++) {
		const d = (i / (SAMPLES - 1)) * length;
		while (j < raw.length - 2 && cum[j + 1] < d) j++;
		const t = (d - cum[j]) / (cum[j + 1] - cum[j] || 1);
		xs[i] = raw[j][0] + (raw[j + 1][0] - raw[j][0]) * t;
		ys[i] = raw[j][1] + (raw[j + 1][1] - raw[j][1]) * t;
	}
	const nx = new Float64Array(SAMPLES);
	const ny = new Float64Array(SAMPLES);
	for (let i = 0; i < SAMPLES; i++) {
		const i0 = Math.max(0, i - 1);
		const i1 = Math.min(SAMPLES - 1, i + 1);
		const dx = xs[i1] - xs[i0];
		const dy = ys[i1] - ys[i0];
		const l = Math.hypot(dx, dy) || 1;
		nx[i] = -dy / l;
		ny[i] = dx / l;
	}

	// The view the map zooms to: the route (with the crowds at both ends and room for labels) fills the
	// free part of the graphic; the panel sits over the sea (bottom right) on wide screens, on top on narrow ones.
	const m = Math.max(12, Math.min(W, H) * 0.04);
	const pw = Math.min(360, W * 0.46);
	const panel = small
		? { x: m * 0.5, w: W - m, top: HEADER + 6, bottom: null }
		: { x: W - pw - m, w: pw, top: null, bottom: m + 24 };
	const region = small
		? { x0: m, x1: W - m, y0: Math.min(H * 0.5, HEADER + 300), y1: H - m - 30 }
		: { x0: m, x1: W - m, y0: HEADER + m, y1: H - Math.min(280, H * 0.28) };
	const sqR = SQUARE_KM * pxPerKm;
	const pkR = PARK_KM * pxPerKm;
	let minX = Infinity;
	let maxX = -Infinity;
	let minY = Infinity;
	let maxY = -Infinity;
	for (let i = 0; i < SAMPLES; i++) {
		minX = Math.min(minX, xs[i]);
		maxX = Math.max(maxX, xs[i]);
		minY = Math.min(minY, ys[i]);
		maxY = Math.max(maxY, ys[i]);
	}
	const ext = Math.max(sqR, pkR) * 1.2;
	const padX = small ? 30 : 90;
	const padY = small ? 40 : 50;
	const boxW = maxX - minX + 2 * ext;
	const boxH = maxY - minY + 2 * ext;
	const k = Math.max(
		1,
		Math.min((region.x1 - region.x0 - 2 * padX) / boxW, (region.y1 - region.y0 - 2 * padY) / boxH)
	);
	const centre: Pt = [(minX + maxX) / 2, (minY + maxY) / 2];
	const target: Pt = [(region.x0 + region.x1) / 2, (region.y0 + region.y1) / 2];
	const views = {
		from: [W / 2, H / 2, W] as [number, number, number],
		to: [centre[0] + (W / 2 - target[0]) / k, centre[1] + (H / 2 - target[1]) / k, W / k] as [
			number,
			number,
			number
		]
	};

	// Every mark's constants, seeded so the server, the browser and print draw the same crowd.
	const est = counterEstimate(data);
	const count = Math.round(est.low / PEOPLE_PER_MARK);
	const lcg = randomLcg(0.22019);
	const normal = randomNormal.source(lcg)(0, 1);
	const band = (small ? 9 : 12) / k;
	const join = new Float64Array(count);
	const lat = new Float64Array(count);
	const along = new Float64Array(count);
	const sq = new Float64Array(count * 2);
	const pk = new Float64Array(count * 2);
	for (let i = 0; i < count; i++) {
		join[i] = JOIN_START + ((i + lcg() * 0.999) / count) * (JOIN_END - JOIN_START);
		lat[i] = Math.max(-2.4, Math.min(2.4, normal())) * band * 0.5;
		along[i] = (lcg() - 0.5) * 0.012;
		// Crowds at the two ends: soft-edged clusters (a normal spread, truncated at the radius).
		const rS = truncatedSpread(lcg()) * sqR;
		const aS = lcg() * Math.PI * 2;
		sq[2 * i] = Math.cos(aS) * rS;
		sq[2 * i + 1] = Math.sin(aS) * rS * 0.8;
		const rP = truncatedSpread(lcg()) * pkR;
		const aP = lcg() * Math.PI * 2;
		pk[2 * i] = Math.cos(aP) * rP;
		pk[2 * i + 1] = Math.sin(aP) * rP;
	}

	// A mark sits at a route point plus its lateral offset or crowd offset, weighted: never further out
	// than the largest of those, whatever the progress.
	let reach = 0;
	for (let i = 0; i < count; i++)
		reach = Math.max(
			reach,
			Math.abs(lat[i]),
			Math.hypot(sq[2 * i], sq[2 * i + 1]),
			Math.hypot(pk[2 * i], pk[2 * i + 1])
		);
	const marksBox = { x0: minX - reach, y0: minY - reach, x1: maxX + reach, y1: maxY + reach };

	// Route label: outside the bend, at its middle.
	const mi = SAMPLES >> 1;
	const chordMid: Pt = [(xs[0] + xs[SAMPLES - 1]) / 2, (ys[0] + ys[SAMPLES - 1]) / 2];
	let ox = xs[mi] - chordMid[0];
	let oy = ys[mi] - chordMid[1];
	const ol = Math.hypot(ox, oy);
	if (ol < 1e-6) {
		ox = nx[mi];
		oy = ny[mi];
	} else {
		ox /= ol;
		oy /= ol;
	}
	const off = (small ? 30 : 28) / k;
	return {
		size,
		small,
		land: city.land,
		route: {
			d: 'M' + Array.from(xs, (x, i) => `${r1(x)} ${r1(ys[i])}`).join('L'),
			xs,
			ys,
			nx,
			ny,
			length
		},
		from: { x: xs[0], y: ys[0], name: A.name, name1990: A.name1990 },
		to: { x: xs[SAMPLES - 1], y: ys[SAMPLES - 1], name: B.name, name1990: B.name1990 },
		bay: geo.bay ? proj.project(geo.bay) : null,
		routeLabel: { x: xs[mi] + ox * off, y: ys[mi] + oy * off, anchor: ox < 0 ? 'end' : 'start' },
		routeKm: rf.km,
		drawnKm: geo.km,
		pxPerKm,
		views,
		marks: { count, join, lat, along, sq, pk },
		marksBox,
		markR: small ? 1 : 1.2,
		target: est,
		perMark: PEOPLE_PER_MARK,
		panel
	};
}

/** The map transform at this progress: screen = map × k + (x, y). */
export function viewAt(base: ProcessionBase, progress: number): View {
	const t = easeCubicInOut(clamp01(progress / ZOOM_END));
	const [ux, uy, w] = interpolateZoom(base.views.from, base.views.to)(t);
	const k = base.size.width / w;
	return { k, x: base.size.width / 2 - ux * k, y: base.size.height / 2 - uy * k };
}

/**
 * The canvas covers only the marks, not the whole graphic: redrawing and handing a full-screen bitmap to
 * the compositor on every scroll frame was most of this scene's cost on a slow device. Its size is fixed
 * for the scene (the marks' box at the closest zoom the path reaches, which is one of its ends, cut to
 * the screen); only its position follows the zoom, so the backing store is never reallocated mid-scroll.
 */
export function marksCanvas(base: ProcessionBase, view: View): CanvasBox {
	const { width: W, height: H } = base.size;
	const { x0, y0, x1, y1 } = base.marksBox;
	const pad = base.markR * 2 + 1;
	const kMax = Math.max(W / base.views.from[2], W / base.views.to[2]);
	const width = Math.min(W, Math.ceil((x1 - x0) * kMax + 2 * pad));
	const height = Math.min(H, Math.ceil((y1 - y0) * kMax + 2 * pad));
	const clamp = (v: number, hi: number) => Math.max(0, Math.min(hi, Math.floor(v)));
	return {
		x: clamp(x0 * view.k + view.x - pad, W - width),
		y: clamp(y0 * view.k + view.y - pad, H - height),
		width,
		height
	};
}

/**
 * One box, fixed for the whole step, that holds the marks at every progress: where they are at each
 * point of the zoom, and after it. A worker paints a frame after the page moves, so its canvas cannot
 * follow the zoom as `marksCanvas` does without the marks lagging the map; covering the whole graphic
 * instead, its bitmap was 3-5 times this box, and the compositor blended all of it on every frame.
 */
export function marksReach(base: ProcessionBase): CanvasBox {
	const { width: W, height: H } = base.size;
	const { x0, y0, x1, y1 } = base.marksBox;
	const pad = base.markR * 2 + 1;
	let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
	// The view changes only while it zooms; sampled finely enough that no mark moves a pixel between samples.
	const samples = 200;
	for (let i = 0; i <= samples; i++) {
		const v = viewAt(base, (i / samples) * ZOOM_END);
		left = Math.min(left, x0 * v.k + v.x);
		top = Math.min(top, y0 * v.k + v.y);
		right = Math.max(right, x1 * v.k + v.x);
		bottom = Math.max(bottom, y1 * v.k + v.y);
	}
	const x = Math.max(0, Math.floor(left - pad));
	const y = Math.max(0, Math.floor(top - pad));
	return {
		x,
		y,
		width: Math.min(W, Math.ceil(right + pad)) - x,
		height: Math.min(H, Math.ceil(bottom + pad)) - y
	};
}

export function processionFrame(base: ProcessionBase, progress: number): ProcessionFrame {
	const p = clamp01(progress);
	const view = viewAt(base, p);
	const shown = marksShown(base, p);
	const detail = smooth(ZOOM_END * 0.55, ZOOM_END, p);
	const sx = (x: number) => x * view.k + view.x;
	const sy = (y: number) => y * view.k + view.y;
	const { from, to, small } = base;
	const sqR = SQUARE_KM * base.pxPerKm * view.k;
	const pkR = PARK_KM * base.pxPerKm * view.k;
	const labels: MapLabel[] = [
		{
			id: 'from',
			x: sx(from.x) + sqR + 8,
			y: sy(from.y) - (small ? 6 : 8),
			anchor: 'start',
			lines: [from.name, from.name1990 ? `${from.name1990} in 1990` : ''].filter(Boolean),
			kind: 'place'
		},
		{
			id: 'to',
			x: sx(to.x),
			y: sy(to.y) + pkR + (small ? 16 : 20),
			anchor: 'middle',
			lines: [to.name, to.name1990 ? `${to.name1990} in 1990` : ''].filter(Boolean),
			kind: 'place'
		},
		{
			id: 'route',
			x: sx(base.routeLabel.x),
			y: sy(base.routeLabel.y),
			anchor: base.routeLabel.anchor,
			lines: ['Route drawn schematically:', `about ${base.routeKm} km; streets not sourced`],
			kind: 'route'
		}
	];
	if (base.bay)
		labels.push({
			id: 'bay',
			x: sx(base.bay[0]),
			y: sy(base.bay[1]),
			anchor: 'middle',
			lines: ['Baku Bay'],
			kind: 'water'
		});
	// Keep every label on screen (text width estimated: no DOM measuring on the server). The square's
	// label goes above the crowd when there is no room beside it.
	const { width: W, height: H } = base.size;
	for (const l of labels) {
		const size = l.kind === 'place' ? (small ? 11.5 : 13) : small ? 10 : 11.5;
		const w = Math.max(...l.lines.map((s) => s.length)) * size * 0.56;
		if (l.id === 'from' && l.x + w > W - 6) {
			l.anchor = 'end';
			l.x = Math.min(W - 6, sx(from.x) + sqR);
			l.y = sy(from.y) - sqR - 10 - size * 1.2 * (l.lines.length - 1);
		}
		const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
		const shift = Math.max(0, 6 - left) - Math.max(0, left + w - (W - 6));
		l.x += shift;
		l.y = Math.max(HEADER + size + 4, Math.min(H - 40 - size * l.lines.length, l.y));
	}
	const pxKm = base.pxPerKm * view.k;
	const kmStep = [0.5, 1, 2, 5].find((s) => s * pxKm >= 60) ?? 5;
	return {
		view,
		shown,
		people: shown * base.perMark,
		done: shown === base.marks.count,
		detail,
		labels,
		scale: { px: kmStep * pxKm, km: kmStep }
	};
}

/** The same marks as one SVG path of round dots, for the server, no-JS readers and print. */
export function marksPath(base: ProcessionBase, progress: number, view: View): string {
	const out = new Float32Array(base.marks.count * 2);
	return dotsPath(out, markPositions(base, progress, view, out));
}

export interface RangeRow {
	id: string;
	wording: string;
	who: string;
	x0: number;
	x1: number;
	counter: boolean;
}

export interface RangeChart {
	width: number;
	rows: RangeRow[];
	ticks: { x: number; label: string }[];
	population: { x: number; label: string; who: string } | null;
	/** x of a count on the chart's log scale. */
	x: (n: number) => number;
}

const short = (n: number) =>
	n >= 1e6 ? `${formatCount(n / 1e6)}m` : n >= 1e3 ? `${formatCount(n / 1e3)}k` : formatCount(n);

/** The estimates as bands on a log scale, who says what; the counter's position is drawn over it. */
export function rangeChart(data: StoryData, width: number): RangeChart {
	const list = crowdEstimates(data);
	const pop = population(data);
	const maxV = Math.max(...list.map((e) => e.high), pop?.high ?? 0);
	const minV = Math.min(...list.map((e) => e.low));
	const lo = 10 ** Math.floor(Math.log10(minV));
	const hi = maxV * 1.3;
	const scale = scaleLog().domain([lo, hi]).range([0, width]).clamp(true);
	const ticks: { x: number; label: string }[] = [];
	for (let v = lo; v <= hi; v *= 10) ticks.push({ x: scale(v), label: short(v) });
	return {
		width,
		rows: list.map((e) => ({
			id: e.id,
			wording: e.wording,
			who: e.who,
			x0: scale(e.low),
			x1: scale(e.high),
			counter: !!e.counter
		})),
		ticks,
		population: pop ? { x: scale(pop.low), label: pop.wording, who: pop.who } : null,
		x: (n: number) => scale(Math.max(lo, n))
	};
}

/** The counter's words: while counting, and once it has stopped at the sourced figure. */
export function counterText(base: ProcessionBase, frame: ProcessionFrame): { number: string; label: string } {
	const t = base.target;
	return {
		number: formatCount(frame.people),
		label: frame.done
			? `at least “${t.wording}” (${t.who}). The count stops at the least that wording can mean; it is not a headcount.`
			: `so far: ${formatCount(frame.shown)} dots × ${formatCount(base.perMark)}`
	};
}
