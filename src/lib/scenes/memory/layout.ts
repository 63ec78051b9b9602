import { easeCubicInOut } from 'd3-ease';
import { randomLcg } from 'd3-random';
import type { Size, StoryData } from '../types';
import { anniversaryYears, memoryRecord, tragedyYear, victimCounts, type Counts } from './data';
import type { MemoryState } from './states';
import { r1 } from '../round';

/** A block of wrapped SVG text: one <text>, one <tspan> per line. */
export interface TextBlock {
	x: number;
	/** Baseline of the first line. */
	y: number;
	lines: string[];
	fs: number;
	/** Line height in px. */
	lh: number;
	cls: string;
	anchor: 'start' | 'middle' | 'end';
	/** Estimated width of the widest line, for bounds checks. */
	width: number;
}

export interface YearMark {
	year: number;
	x: number;
	y: number;
	/** The year the "20 January" memorial opened: ringed, with a footnote. */
	memorial: boolean;
}

/** investigation: within the official investigation's count; commemorated: beyond it, within the roll; outline: only in the Health Ministry's higher count. */
export type MarkGroup = 'investigation' | 'commemorated' | 'outline';

export interface VictimMark {
	/** 1-based position in the grid; not a person's rank or identity. */
	n: number;
	group: MarkGroup;
	/** In the grid (victims, individual). */
	gx: number;
	gy: number;
	/** Gathered (closing); outlines stay in the grid and fade. */
	cx: number;
	cy: number;
	/** When it sets off to gather, among the roll (0 first: the outermost); -1 for outlines, which stay. */
	wave: number;
	/** Seeded per-mark size factor, so each light is its own when "individual". */
	size: number;
}

export interface LegendRow {
	group: MarkGroup;
	/** Swatch centre. */
	x: number;
	y: number;
	head: TextBlock;
	body: TextBlock;
}

/** Everything that depends on size and data only: computed once per resize. */
export interface MemoryBase {
	size: Size;
	small: boolean;
	counts: Counts;
	years: YearMark[];
	yearR: number;
	/** `every`: label every nth year only (and the first and last) when cells are narrow. */
	yearLabel: { fs: number; dy: number; every: number };
	yearNotes: { ring: { x: number; y: number } | null; blocks: TextBlock[] };
	marks: VictimMark[];
	/** Core radius of a light in the grid, and once gathered. */
	r: number;
	rGather: number;
	legend: LegendRow[];
	legendNote: TextBlock;
	text: Record<MemoryState, TextBlock[]>;
	/** The area the grid occupies (for tests and debugging). */
	grid: { x: number; y: number; w: number; h: number; cols: number; cell: number };
}

/** Per-frame values: what the state shows at this progress. */
export interface MemoryFrame {
	/** Opacity of the years composition. */
	yearsOn: number;
	/** 0 → 1 per anniversary: unlit outline → light. */
	yearLit: number[];
	/** Opacity per victim mark (outlines included). */
	shown: number[];
	/**
	 * The roll is drawn twice, and the two renderings cross-fade: `distinct` (0 → 1) is the opacity of
	 * the one where each light has its own size and halo (and which gathers), `even` that of the one
	 * where every light is alike, in the grid. A cross-fade of two still pictures changes two attributes
	 * per frame; growing each light changed several hundred, a 60–200 ms frame at CPU 4x. `even` fades as
	 * 1 − d², so the lights dim by at most an eighth mid-way (two layers at opacity a and b cover
	 * 1 − (1 − a)(1 − b)).
	 */
	distinct: number;
	even: number;
	/** Opacity of the outlines beyond the roll (the Health Ministry's higher count): one value for all. */
	outlines: number;
	/** 0 → 1: the three counts told apart (ring on 132–147). */
	groups: number;
	/** 0 → 1: grid → gathered, for the roll as a whole (each light's own share: `gatheredAt`). */
	gather: number;
	legend: number;
	text: Record<MemoryState, number>;
}

const SANS_EM = 0.54;
const SERIF_EM = 0.5;
const clamp01 = (t: number) => (t < 0 ? 0 : t > 1 ? 1 : t);
/** Progress within [a, b] of the step mapped onto 0 → 1, eased. */
const phase = (p: number, a: number, b: number) => easeCubicInOut(clamp01((p - a) / (b - a)));
const linear = (p: number, a: number, b: number) => clamp01((p - a) / (b - a));

/** Greedy word wrap on an estimated glyph width (no DOM measuring: the same on server and browser). */
export function wrap(text: string, maxWidth: number, fs: number, em = SANS_EM): string[] {
	const perChar = fs * em;
	const max = Math.max(8, Math.floor(maxWidth / perChar));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (next.length > max && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

function block(
	text: string,
	x: number,
	y: number,
	maxWidth: number,
	fs: number,
	cls: string,
	{ lh = 1.35, anchor = 'start' as TextBlock['anchor'], em = SANS_EM } = {}
): TextBlock {
	const lines = wrap(text, maxWidth, fs, em);
	const width = lines.length ? Math.max(...lines.map((l) => l.length)) * fs * em : 0;
	return { x: r1(x), y: r1(y + fs * 0.8), lines, fs, lh: r1(fs * lh), cls, anchor, width };
}
/** Height a block takes, from its top to below its last line. */
const heightOf = (b: TextBlock) => b.lines.length * b.lh;
const shift = (b: TextBlock, dy: number): TextBlock => ({ ...b, y: r1(b.y + dy) });

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "At least 131 killed", "147 commemorated today". */
export function countHead(c: { qualifier?: string; value: number; what: string }): string {
	return capitalise(`${c.qualifier ? c.qualifier + ' ' : ''}${c.value} ${c.what}`);
}

export function memoryBase(size: Size, data: StoryData): MemoryBase {
	const { width: w, height: h } = size;
	const small = Math.min(w, h) < 520;
	/** Short figures (print, 460 × 340): one-line legend, no footnote; the caption carries the rest. */
	const compact = h < 480;
	const pad = Math.max(16, Math.min(48, Math.min(w, h) * 0.06));
	const contentW = Math.min(w - 2 * pad, 660);
	const left = (w - contentW) / 2;
	const fs = small ? 12.5 : 14;
	const kickerFs = small ? 11 : 12;
	const titleFs = small ? 21 : Math.min(28, Math.max(22, w / 30));
	const gap = small ? 14 : 20;
	// The site header (2.75rem) is fixed over the top of the graphic: keep text clear of it.
	const top = compact ? pad : pad + 44;
	/** Top of a composition of height `total`: centred in the room below the header, never above it. */
	const centre = (total: number) => top + Math.max(0, (h - top - pad - total) / 2);

	const counts = victimCounts(data);
	const alley = memoryRecord(data, 'alley');
	const observance = memoryRecord(data, 'observance');
	const anniversaries = memoryRecord(data, 'anniversaries');
	const memorial = memoryRecord(data, 'memorial');
	const yearList = anniversaryYears(data);
	const first = yearList[0];
	const last = yearList[yearList.length - 1];

	/** Stacks blocks top to bottom from y = 0, returning them and the total height. */
	const stack = (parts: ((y: number) => TextBlock)[], spacing: number[]) => {
		let y = 0;
		const out: TextBlock[] = [];
		parts.forEach((make, i) => {
			const b = make(y);
			out.push(b);
			y += heightOf(b) + (spacing[i] ?? 0);
		});
		return { blocks: out, height: y };
	};
	const header = (kicker: string, title: string, sub?: string) =>
		stack(
			[
				(y) => block(kicker.toUpperCase(), left, y, contentW, kickerFs, 'kicker', { em: 0.64 }),
				(y) => block(title, left, y, contentW, titleFs, 'title', { lh: 1.2, em: SERIF_EM }),
				...(sub ? [(y: number) => block(sub, left, y, Math.min(contentW, 560), fs, 'sub', { lh: 1.4 })] : [])
			],
			[6, 8, 0]
		);

	// ——— years: a calendar of anniversaries, one light per 20 January ———
	const yHead = header(observance.label, `${anniversaries.label}, ${first}–${last}`, observance.text);
	const noteFs = small ? 11.5 : 12.5;
	const notes = stack(
		[
			(y) =>
				block(
					`${memorial.year}: ${memorial.label}${memorial.count !== undefined ? `, ${memorial.count} ${memorial.text ?? ''}` : ''}.`,
					left + 18,
					y,
					contentW - 18,
					noteFs,
					'note'
				),
			(y) => block(`${alley.label}: ${alley.text}`, left, y, contentW, noteFs, 'note')
		],
		[6]
	);
	// As few columns as fit: a calendar of rows on a phone, wider rows when the panel is short.
	const room = h - top - pad - yHead.height - gap * 2.4 - notes.height;
	const grids = [6, 9, 12, 18, 36]
		.filter((c) => c >= (contentW < 480 ? 6 : 9) && contentW / c >= (compact ? 22 : 30))
		.map((c) => {
			const cellW = contentW / c;
			const cellH = Math.min(cellW * 0.92, small ? 52 : 66);
			return { cols: c, cellW, cellH, gridH: Math.ceil(yearList.length / c) * cellH };
		});
	const { cols, cellW, cellH, gridH } = grids.find((g) => g.gridH <= room) ?? grids[grids.length - 1];
	const yTotal = yHead.height + gap * 1.4 + gridH + gap + notes.height;
	const yTop = centre(yTotal);
	const gridTop = yTop + yHead.height + gap * 1.4;
	const yearR = small ? 4 : 5;
	const years: YearMark[] = yearList.map((year, i) => ({
		year,
		x: r1(left + (i % cols) * cellW + cellW / 2),
		y: r1(gridTop + Math.floor(i / cols) * cellH + cellH * 0.36),
		memorial: year === memorial.year
	}));
	const notesTop = gridTop + gridH + gap;
	const ringYear = years.find((y) => y.memorial);
	const yearNotes = {
		ring: ringYear ? { x: r1(left + 7), y: r1(notesTop + noteFs * 0.45) } : null,
		blocks: notes.blocks.map((b) => shift(b, notesTop))
	};

	// ——— victims / individual: one light per person on the commemorated roll ———
	const vHead = header(
		'The commemorated roll',
		`One light for each of the ${counts.commemorated.value} victims Azerbaijan commemorates`
	);
	const iHead = header('Who counts the dead', 'Each light is one person. The sources count differently.');
	const headH = Math.max(vHead.height, iHead.height);

	const legendFs = small ? 12 : 13;
	const swatchW = 22;
	const legendCols = contentW >= 600 ? 3 : 1;
	const legendColW = (contentW - (legendCols - 1) * 16) / legendCols;
	const rowsSpec: [MarkGroup, (typeof counts)[keyof Counts]][] = [
		['investigation', counts.investigation],
		['commemorated', counts.commemorated],
		['outline', counts.health]
	];
	let legendH = 0;
	const legendRaw = rowsSpec.map(([group, c], i) => {
		const col = legendCols === 3 ? i : 0;
		const x = left + col * (legendColW + 16);
		const y = legendCols === 3 ? 0 : legendH;
		const headText = compact ? `${countHead(c)} · ${c.whoShort ?? c.who}` : countHead(c);
		const head = block(headText, x + swatchW, y, legendColW - swatchW, legendFs, 'legend-head', { em: 0.58 });
		const body = block(
			compact ? '' : c.who,
			x + swatchW,
			y + heightOf(head),
			legendColW - swatchW,
			legendFs - 1,
			'legend-body'
		);
		const rowH = heightOf(head) + heightOf(body);
		if (legendCols === 3) legendH = Math.max(legendH, rowH);
		else legendH += rowH + (compact ? 3 : 8);
		return { group, x: r1(x + 8), y: r1(y + legendFs * 0.5), head, body };
	});
	const legendNoteRaw = block(
		compact
			? ''
			: 'No names are shown. The lights follow no order of name or date; their marking shows only how far each count reaches.',
		left,
		legendH + 10,
		contentW,
		noteFs,
		'note'
	);
	const legendTotal = legendH + 10 + heightOf(legendNoteRaw);

	const n = counts.health.value;
	const aw = contentW;
	const ahAvail = h - top - pad - headH - legendTotal - 2 * gap;
	const maxCell = small ? 28 : 38;
	// The largest cells that fit, preferring rows that come out full (170 = 10 × 17).
	let best = { cols: 10, cell: 0, score: 0 };
	for (let c = 6; c <= 30; c++) {
		const cell = Math.min(aw / c, ahAvail / Math.ceil(n / c), maxCell);
		const empty = (c - (n % c)) % c;
		const score = cell * (1 - (0.12 * empty) / c);
		if (score > best.score + 0.01) best = { cols: c, cell, score };
	}
	const cell = Math.max(6, best.cell);
	const vRows = Math.ceil(n / best.cols);
	const gW = best.cols * cell;
	const gH = vRows * cell;
	const vTotal = headH + gap + gH + gap + legendTotal;
	const vTop = centre(vTotal);
	const gX = left + (contentW - gW) / 2;
	const gY = vTop + headH + gap;
	const legendTop = gY + gH + gap;
	const legend: LegendRow[] = legendRaw.map((row) => ({
		...row,
		y: r1(row.y + legendTop),
		head: shift(row.head, legendTop),
		body: shift(row.body, legendTop)
	}));
	const legendNote = shift(legendNoteRaw, legendTop);

	// ——— closing: the lights gathered, still, under the dates ———
	const datesFs = small ? 40 : Math.min(64, Math.max(44, w / 14));
	const lineFs = small ? 12 : 14;
	const datesY = h * (small ? 0.28 : 0.3);
	const closing = [
		block(`${tragedyYear(data)} · ${last}`, w / 2, datesY, w - 2 * pad, datesFs, 'dates', {
			anchor: 'middle',
			em: SERIF_EM,
			lh: 1.1
		}),
		block(
			'Remembering the victims of 20 January',
			w / 2,
			datesY + datesFs * 1.35,
			w - 2 * pad,
			lineFs,
			'closing-line',
			{
				anchor: 'middle',
				em: 0.62
			}
		)
	];
	const closingBottom = datesY + datesFs * 1.35 + lineFs * 2;
	const rx = Math.min(contentW / 2, small ? 170 : 250);
	const ry = Math.min(rx * 0.62, (h - pad - closingBottom - gap) / 2);
	const cy = Math.min(h - pad - ry, Math.max(h * 0.64, closingBottom + gap + ry));
	const rand = randomLcg(0.200126);
	const commemorated = counts.commemorated.value;
	const marks: VictimMark[] = Array.from({ length: n }, (_, i) => {
		const group: MarkGroup =
			i < counts.investigation.value ? 'investigation' : i < commemorated ? 'commemorated' : 'outline';
		const gx = r1(gX + (i % best.cols) * cell + cell / 2);
		const gy = r1(gY + Math.floor(i / best.cols) * cell + cell / 2);
		return { n: i + 1, group, gx, gy, cx: gx, cy: gy, wave: -1, size: 0.88 + rand() * 0.24 };
	});
	// Gathered: a sunflower spiral in an ellipse, jittered (seeded) so it reads as a gathering, not a pattern.
	// Each light goes to the nearest free place, outermost first, so the grid eases into the gathering without crossing.
	const targets = Array.from({ length: commemorated }, (_, k) => {
		const rr = Math.min(1, Math.sqrt((k + 0.5) / commemorated) + (rand() - 0.5) * 0.06);
		const a = k * 2.399963 + (rand() - 0.5) * 0.25;
		return { u: rr * Math.cos(a), v: rr * Math.sin(a), free: true };
	});
	const roll = marks.slice(0, commemorated);
	const xs = roll.map((m) => m.gx);
	const ys = roll.map((m) => m.gy);
	const mid = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
	const half = [
		Math.max(1, (Math.max(...xs) - Math.min(...xs)) / 2),
		Math.max(1, (Math.max(...ys) - Math.min(...ys)) / 2)
	];
	const norm = roll.map((m) => ({ m, u: (m.gx - mid[0]) / half[0], v: (m.gy - mid[1]) / half[1] }));
	norm.sort((a, b) => Math.hypot(b.u, b.v) - Math.hypot(a.u, a.v) || a.m.n - b.m.n);
	for (const [k, { m, u, v }] of norm.entries()) {
		m.wave = k;
		// Grid corners sit at radius √2; scale into the unit disc before matching.
		const su = u / Math.SQRT2;
		const sv = v / Math.SQRT2;
		let bestT = targets[0];
		let bestD = Infinity;
		for (const t of targets) {
			if (!t.free) continue;
			const d = (t.u - su) ** 2 + (t.v - sv) ** 2;
			if (d < bestD) {
				bestD = d;
				bestT = t;
			}
		}
		bestT.free = false;
		m.cx = r1(w / 2 + rx * bestT.u);
		m.cy = r1(cy + ry * bestT.v);
	}

	const place = (hd: ReturnType<typeof header>) => hd.blocks.map((b) => shift(b, vTop));
	return {
		size,
		small,
		counts,
		years,
		yearR,
		yearLabel: { fs: cellW < 30 ? 9.5 : small ? 10.5 : 12, dy: cellH * 0.44, every: cellW < 30 ? 5 : 1 },
		yearNotes,
		marks,
		r: r1(Math.max(1.6, Math.min(cell * 0.2, 6))),
		rGather: small ? 2.6 : 3.4,
		legend,
		legendNote,
		text: {
			years: yHead.blocks.map((b) => shift(b, yTop)),
			victims: place(vHead),
			individual: place(iHead),
			closing
		},
		grid: { x: r1(gX), y: r1(gY), w: r1(gW), h: r1(gH), cols: best.cols, cell: r1(cell) }
	};
}

/** Lights appear one after another as `lit` goes 0 → 1; `soft` is how many fade in together. */
export function sequence(count: number, lit: number, soft = 1): number[] {
	return Array.from({ length: count }, (_, k) => clamp01((lit * (count + soft) - k) / soft));
}

/**
 * How far each light of the roll has gathered (0 → 1) when the roll as a whole is at `t`: the lights
 * set off in turn, the outermost first, a quarter of the roll on its way at any moment. All moving at
 * once, every frame of the gathering moved all 147 (147 transforms; 50–110 ms at CPU 4x in the frame
 * where it began).
 */
export function gatheredAt(roll: readonly Pick<VictimMark, 'wave'>[], t: number): number[] {
	const share = sequence(roll.length, t, Math.max(1, roll.length / 4));
	return roll.map((m) => easeCubicInOut(share[m.wave]));
}

export function memoryFrame(
	state: MemoryState,
	progress: number,
	base: Pick<MemoryBase, 'years' | 'marks' | 'counts'>
): MemoryFrame {
	const p = clamp01(progress);
	const nYears = base.years.length;
	const nMarks = base.marks.length;
	const roll = base.counts.commemorated.value;
	const allLit = sequence(nYears, 1);
	const none = new Array<number>(nMarks).fill(0);
	const rollShown = (lit: number, outline: number) => {
		const s = sequence(roll, lit, 6);
		return base.marks.map((m, i) => (m.group === 'outline' ? outline : s[i]));
	};
	const text = { years: 0, victims: 0, individual: 0, closing: 0 };
	const lights = (distinct: number, outlines: number) => ({
		distinct,
		even: 1 - distinct * distinct,
		outlines
	});
	switch (state) {
		case 'years':
			return {
				yearsOn: 1,
				yearLit: sequence(nYears, linear(p, 0.05, 0.85), 1.5),
				shown: none,
				...lights(0, 0),
				groups: 0,
				gather: 0,
				legend: 0,
				text: { ...text, years: 1 }
			};
		case 'victims': {
			const out = 1 - phase(p, 0, 0.15);
			return {
				yearsOn: out,
				yearLit: allLit,
				shown: rollShown(linear(p, 0.15, 0.9), 0),
				...lights(0, 0),
				groups: 0,
				gather: 0,
				legend: 0,
				text: { ...text, years: out, victims: phase(p, 0.1, 0.3) }
			};
		}
		case 'individual': {
			const outlines = phase(p, 0.25, 0.6);
			return {
				yearsOn: 0,
				yearLit: allLit,
				shown: rollShown(1, outlines),
				...lights(phase(p, 0.05, 0.4), outlines),
				groups: phase(p, 0.2, 0.55),
				gather: 0,
				legend: phase(p, 0.35, 0.75),
				text: { ...text, victims: 1 - phase(p, 0, 0.2), individual: phase(p, 0.15, 0.4) }
			};
		}
		case 'closing': {
			const outlines = 1 - phase(p, 0, 0.25);
			return {
				yearsOn: 0,
				yearLit: allLit,
				shown: rollShown(1, outlines),
				...lights(1, outlines),
				groups: 1 - phase(p, 0, 0.3),
				gather: linear(p, 0.1, 0.7),
				legend: 1 - phase(p, 0, 0.25),
				text: { ...text, individual: 1 - phase(p, 0, 0.2), closing: phase(p, 0.55, 0.9) }
			};
		}
	}
}
