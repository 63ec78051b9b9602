/**
 * The moving marks alone: where each one is at a progress, and painting them on a 2-D canvas. Kept apart
 * from layout.ts, with no imports, because a worker runs it too (marks.worker.ts) and should load only this.
 */

/** People join at the square between these points of the step's progress; after JOIN_END the picture holds still. */
export const JOIN_START = 0.04;
export const JOIN_END = 0.85;
/** Route lengths walked per joining period; above 1, so the first to set off gather at the burial ground. */
const SPEED = 1.25;
/** Points the route is sampled at, evenly along its length. */
export const SAMPLES = 256;

export const clamp01 = (t: number) => (t < 0 ? 0 : t > 1 ? 1 : t);
export const smooth = (a: number, b: number, t: number) => {
	const u = clamp01((t - a) / (b - a));
	return u * u * (3 - 2 * u);
};

export interface View {
	k: number;
	x: number;
	y: number;
}

/** What placing the marks needs of the scene's base: the sampled route and each mark's seeded constants (map px). */
export interface MarkData {
	route: { xs: Float64Array; ys: Float64Array; nx: Float64Array; ny: Float64Array };
	marks: {
		count: number;
		/** When each mark joins (progress), ascending. */
		join: Float64Array;
		/** Offset across the route, and head start along it. */
		lat: Float64Array;
		along: Float64Array;
		/** Offsets (x, y pairs) in the crowd at the square and at the burial ground. */
		sq: Float64Array;
		pk: Float64Array;
	};
}

/** The part of the canvas the marks can reach, in screen px. */
export interface CanvasBox {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** How many marks have joined by this progress. Monotonic; exactly all of them from JOIN_END on. */
export function marksShown(data: Pick<MarkData, 'marks'>, progress: number): number {
	const { join, count } = data.marks;
	if (progress >= JOIN_END) return count;
	let lo = 0;
	let hi = count;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (join[mid] <= progress) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Screen positions of the marks shown at this progress, written into `out` as x0, y0, x1, y1, …;
 * returns how many. Cheap enough for every animation frame (a few thousand multiply-adds).
 */
export function markPositions(data: MarkData, progress: number, view: View, out: Float32Array): number {
	const p = Math.min(clamp01(progress), JOIN_END);
	const n = marksShown(data, progress);
	const { join, lat, along, sq, pk } = data.marks;
	const { xs, ys, nx, ny } = data.route;
	const span = JOIN_END - JOIN_START;
	const last = xs.length - 1;
	for (let i = 0; i < n; i++) {
		const s = clamp01((SPEED * (p - join[i])) / span + along[i]);
		const f = s * last;
		const i0 = Math.min(last - 1, Math.floor(f));
		const t = f - i0;
		const x = xs[i0] + (xs[i0 + 1] - xs[i0]) * t;
		const y = ys[i0] + (ys[i0 + 1] - ys[i0]) * t;
		const wSq = 1 - smooth(0, 0.07, s);
		const wPk = smooth(0.93, 1, s);
		const wBand = 1 - wSq - wPk;
		const mx = x + nx[i0] * lat[i] * wBand + sq[2 * i] * wSq + pk[2 * i] * wPk;
		const my = y + ny[i0] * lat[i] * wBand + sq[2 * i + 1] * wSq + pk[2 * i + 1] * wPk;
		out[2 * i] = mx * view.k + view.x;
		out[2 * i + 1] = my * view.k + view.y;
	}
	return n;
}

/** One picture of the marks on a canvas that covers `box`. */
export interface MarksPicture {
	progress: number;
	view: View;
	box: CanvasBox;
	/** Dot radius, px. */
	r: number;
	dpr: number;
}

/**
 * Paints the marks at this progress on a canvas covering `box`, sizing its bitmap to the box at the pixel
 * ratio. `scratch` holds positions between calls; returns it, grown if it had to be.
 */
export function paintMarks(
	canvas: HTMLCanvasElement | OffscreenCanvas,
	data: MarkData,
	{ progress, view, box, r, dpr }: MarksPicture,
	scratch: Float32Array
): Float32Array {
	const ctx = canvas.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null;
	if (!ctx) return scratch;
	const w = Math.round(box.width * dpr);
	const h = Math.round(box.height * dpr);
	if (canvas.width !== w || canvas.height !== h) {
		canvas.width = w;
		canvas.height = h;
	}
	ctx.setTransform(dpr, 0, 0, dpr, -box.x * dpr, -box.y * dpr);
	ctx.clearRect(box.x, box.y, box.width, box.height);
	const out = scratch.length < data.marks.count * 2 ? new Float32Array(data.marks.count * 2) : scratch;
	const n = markPositions(data, progress, view, out);
	// Dots under 3 px across read as round at this size; filled squares are the cheapest mark to draw.
	const d = r * 1.8;
	ctx.fillStyle = 'rgba(255, 233, 189, 0.82)';
	for (let i = 0; i < n; i++) ctx.fillRect(out[2 * i] - d / 2, out[2 * i + 1] - d / 2, d, d);
	return out;
}
