import { easeCubicInOut } from 'd3-ease';
import { scaleTime } from 'd3-scale';
import type { Size, StoryData } from '../types';
import { milestones, parseDay, formatDay, RECOGNITION_IDS, type Milestone, type Certainty } from './data';
import { ROUTE_STATES, type RouteState } from './states';
import { r1 } from '../round';

/*
 * The route is a vertical line through time, top to bottom, with the milestones as stations.
 * Position along the track is a size-independent number u in 0..1 (so what is visible at a given
 * scroll position never depends on the screen); pixels come only from the base layout.
 *
 * 1990–mid 1992, where most events crowd, gets 68 % of the track; a marked break follows; the
 * years 1993–2026 share the last quarter at a compressed scale.
 */
const A_START = parseDay('1990-01-01');
const A_END = parseDay('1992-07-01');
const B_START = parseDay('1993-07-01');
const B_END = parseDay('2026-07-01');
export const BREAK: readonly [number, number] = [0.68, 0.73];
const B_U_END = 0.96;

/** Date → position along the track (0..1); piecewise, with the break between mid-1992 and mid-1993. */
export const track = scaleTime<number>()
	.domain([A_START, A_END, B_START, B_END])
	.range([0, BREAK[0], BREAK[1], B_U_END])
	.clamp(true);

/** How much of the track (in u) a station takes to fade in once the line has reached it. */
export const FADE = 0.02;

/** The stretch of track each state draws: from → to as its progress goes 0 → 1. */
export function stretches(data: StoryData): Record<RouteState, [number, number]> {
	const u = (iso: string) => track(parseDay(iso));
	const origin = u(milestones(data)[0].date) + FADE;
	return {
		start: [origin, u('1990-04-01')],
		independence: [u('1990-04-01'), u('1991-11-15')],
		collapse: [u('1991-11-15'), u('1992-07-01')],
		reckoning: [u('1992-07-01'), 1]
	};
}

/** Not a dated event: what the article says never came. Drawn as an open station at the end of the line. */
export const NOT_COME = {
	id: 'no-tribunal',
	title: 'No international tribunal',
	text: 'No tribunal was convened and no perpetrators stood trial, the article says.',
	sources: ['AZN']
} as const;

export type Mode = 'full' | 'tight' | 'compact';

export interface LabelBlock {
	top: number;
	height: number;
	/** Baselines are relative to top. */
	date: { text: string; y: number };
	title: { lines: string[]; y: number };
	text: { lines: string[]; y: number };
	/** "single source" or "disputed", shown after the title. */
	tag: string | null;
	/** The tag does not fit after the title's last line and takes a line of its own. */
	tagOwnLine: boolean;
}

export interface Station {
	id: string;
	u: number;
	y: number;
	certainty: Certainty | undefined;
	recognition: boolean;
	origin: boolean;
	label: LabelBlock;
	leader: string;
	milestone: Milestone;
}

export interface RouteBase {
	size: Size;
	mode: Mode;
	fs: { date: number; title: number; text: number; year: number; head: number };
	/** Line heights: title, description. */
	lh: [number, number];
	pad: number;
	/** Left edge of the composition (year labels, heading). */
	left: number;
	lineX: number;
	dateX: number;
	titleX: number;
	trackTop: number;
	trackBottom: number;
	breakY: [number, number];
	years: { label: string; y: number }[];
	stations: Station[];
	notCome: { y: number; label: LabelBlock; leader: string };
	/** Room kept free at the bottom for the HTML caption (compact mode only). */
	captionHeight: number;
	heading: { y: number; subY: number; legendY: number; sub: string };
}

export interface RouteFrame {
	/** How far the line is drawn, in u. */
	tip: number;
	/** Opacity 0..1 of each station and its label, by milestone id. */
	shown: Record<string, number>;
	/** The latest station reached. */
	current: string | null;
	/** 0 → 1 in "reckoning": acts of remembrance are highlighted and the rest recede. */
	reckon: number;
	/** 0 → 1: the open station "no international tribunal". */
	notCome: number;
}

const MODES: Record<
	Mode,
	{ date: number; title: number; text: number; lh: [number, number]; gap: number; year: number; head: number }
> = {
	full: { date: 13, title: 15, text: 13.5, lh: [19, 18], gap: 11, year: 12, head: 17 },
	tight: { date: 12, title: 14, text: 12.5, lh: [17, 16], gap: 6, year: 11, head: 16 },
	compact: { date: 12, title: 13, text: 12, lh: [16, 15], gap: 5, year: 11, head: 15 }
};

/** Rough text width for Inter/system sans: good enough to wrap and to keep labels apart. */
export const textWidth = (s: string, fs: number, bold = false) => s.length * fs * (bold ? 0.58 : 0.54);

export function wrap(text: string, fs: number, width: number, bold = false): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, fs, bold) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

const TAGS: Record<Certainty, string | null> = {
	FIRM: null,
	SINGLE: 'single source',
	DISPUTED: 'date disputed'
};

interface Item {
	want: number;
	height: number;
}

/**
 * Places blocks of given heights as close as possible to where they want to be (their tops) without
 * overlapping, inside [min, max]: overlapping neighbours merge into clusters centred on the mean of
 * their wishes. Input must be sorted by `want`. Returns the tops.
 */
export function dodge(items: Item[], gap: number, min: number, max: number): number[] {
	type Cluster = { items: number[]; offsets: number[]; size: number; top: number };
	const place = (c: Cluster) => {
		const mean = c.items.reduce((s, i, k) => s + items[i].want - c.offsets[k], 0) / c.items.length;
		c.top = Math.max(min, Math.min(max - c.size, mean));
	};
	let clusters: Cluster[] = items.map((it, i) => ({ items: [i], offsets: [0], size: it.height, top: 0 }));
	clusters.forEach(place);
	for (let changed = true; changed;) {
		changed = false;
		const next: Cluster[] = [];
		for (const c of clusters) {
			const prev = next[next.length - 1];
			if (prev && prev.top + prev.size + gap > c.top) {
				const shift = prev.size + gap;
				prev.items.push(...c.items);
				prev.offsets.push(...c.offsets.map((o) => o + shift));
				prev.size += gap + c.size;
				place(prev);
				changed = true;
			} else next.push(c);
		}
		clusters = next;
	}
	const tops = new Array<number>(items.length);
	for (const c of clusters) c.items.forEach((i, k) => (tops[i] = c.top + c.offsets[k]));
	return tops;
}

function block(
	mode: Mode,
	date: string,
	title: string,
	text: string,
	tag: string | null,
	titleW: number,
	lineH: [number, number]
): Omit<LabelBlock, 'top'> {
	const f = MODES[mode];
	const titleLines = wrap(title, f.title, titleW, true);
	const tagOwnLine =
		!!tag && textWidth(`${titleLines[titleLines.length - 1]}  ${tag}`, f.title, true) > titleW;
	const titleRows = titleLines.length + (tagOwnLine ? 1 : 0);
	const textLines = mode === 'compact' ? [] : wrap(text, f.text, titleW);
	const titleY = f.title;
	const textY = titleY + (titleRows - 1) * lineH[0] + lineH[1] + 1;
	const height = titleRows * lineH[0] + textLines.length * lineH[1] + (textLines.length ? 2 : 0) - 2;
	return {
		height,
		date: { text: date, y: titleY - 0.5 },
		title: { lines: titleLines, y: titleY },
		text: { lines: textLines, y: textY },
		tag,
		tagOwnLine
	};
}

function build(size: Size, list: Milestone[], mode: Mode): RouteBase & { fits: boolean } {
	const { width, height } = size;
	const f = MODES[mode];
	const narrow = width < 560;
	const pad = Math.round(Math.max(12, Math.min(28, width * 0.035)));
	const dates = list.map((m) => formatDay(m.date, m.end));
	const dateW = Math.max(...dates.map((d) => textWidth(d, f.date, true)));
	const inner = (narrow ? 40 + 12 + 8 : 50 + 24 + 14) + dateW;
	// On a wide panel the composition is centred rather than stretched: descriptions need ~600 px at most.
	const left = pad + Math.max(0, (width - 2 * pad - inner - 620) / 2);
	const lineX = left + (narrow ? 40 : 50);
	const dateX = lineX + (narrow ? 12 : 24);
	const titleX = dateX + dateW + (narrow ? 8 : 14);
	const titleW = width - pad - titleX;

	// The site header (about 42 px) lies over the top of the sticky graphic.
	const headTop = pad + (narrow ? 34 : 38);
	// Compact: the legend replaces the subtitle in the last step instead of taking a line of its own.
	const legendLine = mode === 'compact' ? 0 : f.year + 8;
	const headH = f.head + 6 + f.year + legendLine + 10;
	const trackTop = headTop + headH + 12;
	const captionHeight = mode === 'compact' ? Math.min(160, Math.round(height * 0.2)) : 0;
	const bottom = height - pad - captionHeight;
	// The open station sits just after the end of the line, so the track stops a little short of the bottom.
	const trackBottom = bottom - (mode === 'compact' ? 18 : 28);
	const yOf = (u: number) => trackTop + u * (trackBottom - trackTop);

	const blocks = list.map((m, i) =>
		block(mode, dates[i], m.label, m.text, m.certainty ? TAGS[m.certainty] : null, titleW, f.lh)
	);
	const notComeBlock = block(mode, '—', NOT_COME.title, NOT_COME.text, null, titleW, f.lh);
	const us = list.map((m) => track(parseDay(m.date)));
	const notComeY = yOf(1) + (mode === 'compact' ? 10 : 14);
	const wants = [...us.map(yOf), notComeY].map((y) => y - f.title * 0.62);
	const all = [...blocks, notComeBlock];
	const tops = dodge(
		all.map((b, i) => ({ want: wants[i], height: b.height })),
		f.gap,
		trackTop - f.lh[0] * 0.6,
		bottom
	);
	const needed = all.reduce((s, b) => s + b.height, 0) + f.gap * (all.length - 1);
	const fits = needed <= bottom - (trackTop - f.lh[0] * 0.6) && titleW >= (mode === 'compact' ? 110 : 220);

	const leader = (ys: number, top: number) => {
		const yl = top + f.title * 0.62;
		const x0 = lineX + 9;
		const x1 = dateX - 5;
		if (Math.abs(yl - ys) < 0.5) return `M${x0} ${r1(ys)}H${x1}`;
		const bend = lineX + (x1 - lineX) * 0.45;
		return `M${x0} ${r1(ys)}H${r1(bend)}L${r1(x1 - 2)} ${r1(yl)}H${x1}`;
	};

	const stations: Station[] = list.map((m, i) => ({
		id: m.id,
		u: us[i],
		y: yOf(us[i]),
		certainty: m.certainty,
		recognition: RECOGNITION_IDS.includes(m.id),
		origin: i === 0,
		label: { ...blocks[i], top: tops[i] },
		leader: leader(yOf(us[i]), tops[i]),
		milestone: m
	}));

	const years: { label: string; y: number }[] = [];
	for (const y of [1990, 1991, 1992, 2000, 2010, 2020])
		years.push({ label: String(y), y: yOf(track(new Date(y, 0, 1))) });

	return {
		size,
		mode,
		fs: { date: f.date, title: f.title, text: f.text, year: f.year, head: f.head },
		lh: f.lh,
		pad,
		left,
		lineX,
		dateX,
		titleX,
		trackTop,
		trackBottom,
		breakY: [yOf(BREAK[0]), yOf(BREAK[1])],
		years,
		stations,
		notCome: {
			y: notComeY,
			label: { ...notComeBlock, top: tops[list.length] },
			leader: leader(notComeY, tops[list.length])
		},
		captionHeight,
		heading: {
			y: headTop + f.head,
			subY: headTop + f.head + 6 + f.year,
			legendY: headTop + f.head + 6 + f.year + legendLine,
			sub: narrow
				? '1990–1992 to scale; later years compressed'
				: 'Key dates. 1990–1992 drawn to scale; the years after 1992 compressed'
		},
		fits
	};
}

/** Everything that depends on size and data: computed once per size. Picks the roomiest mode that fits. */
export function routeBase(size: Size, data: StoryData): RouteBase {
	const list = milestones(data);
	for (const mode of ['full', 'tight'] as const) {
		const b = build(size, list, mode);
		if (b.fits) return b;
	}
	return build(size, list, 'compact');
}

const clamp01 = (t: number) => (t < 0 ? 0 : t > 1 ? 1 : t);
const phase = (p: number, a: number, b: number) => easeCubicInOut(clamp01((p - a) / (b - a)));

const uCache = new WeakMap<
	object,
	{ ids: string[]; us: number[]; stretch: Record<RouteState, [number, number]> }
>();
function trackOf(data: StoryData) {
	const key = data.records;
	let t = uCache.get(key);
	if (!t) {
		const list = milestones(data);
		t = {
			ids: list.map((m) => m.id),
			us: list.map((m) => track(parseDay(m.date))),
			stretch: stretches(data)
		};
		uCache.set(key, t);
	}
	return t;
}

/** Per scroll frame: how far the line has come and what is visible. Size-independent and cheap. */
export function routeFrame(state: RouteState, progress: number, data: StoryData): RouteFrame {
	const { ids, us, stretch } = trackOf(data);
	const p = clamp01(progress);
	const [from, to] = stretch[state] ?? stretch.start;
	// The last step draws its stretch a little sooner, then shows what never came.
	const drawEnd = state === 'reckoning' ? 0.72 : 0.88;
	const tip = from + (to - from) * phase(p, 0.04, drawEnd);
	const shown: Record<string, number> = {};
	let current: string | null = null;
	ids.forEach((id, i) => {
		shown[id] = clamp01((tip - us[i]) / FADE);
		if (tip >= us[i]) current = id;
	});
	return {
		tip,
		shown,
		current,
		reckon: state === 'reckoning' ? phase(p, 0.0, 0.35) : 0,
		notCome: state === 'reckoning' ? phase(p, 0.74, 0.92) : 0
	};
}

export const stateIndex = (s: string) => ROUTE_STATES.indexOf(s as RouteState);
