import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile, type DataRecord } from '$lib/story/data-file';
import type { StoryData } from '../types';
import { MEMORY, VICTIMS, anniversaryYears, memoryRecord, tragedyYear, victimCounts } from './data';
import {
	gatheredAt,
	memoryBase,
	memoryFrame,
	sequence,
	wrap,
	type MemoryBase,
	type TextBlock
} from './layout';
import { memoryAlt, memorySources } from './describe';
import { MEMORY_STATES } from './states';

const read = (file: string) => readFileSync(`content/data/${file}`, 'utf8');
// Source ids only (other scenes' entries are appended to sources.yaml by other hands; a slip there should not fail these tests).
const known = new Set([...read('sources.yaml').matchAll(/^\s*- id: *['"]?([^'"\s]+)/gm)].map((m) => m[1]));
const records: Record<string, DataRecord[]> = {
	memory: readDataFile(read('memory.yaml'), 'memory.yaml', MEMORY, known),
	victims: readDataFile(read('victims.yaml'), 'victims.yaml', VICTIMS, known)
};
const data: StoryData = { records, land: { type: 'FeatureCollection', features: [] } };

const SIZES = [
	{ width: 360, height: 700 },
	{ width: 390, height: 844 },
	{ width: 800, height: 900 },
	{ width: 900, height: 640 },
	{ width: 1024, height: 768 },
	{ width: 700, height: 360 },
	{ width: 460, height: 340 }
];
const PROGRESS = [0, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1];

const visible = (base: MemoryBase, state: (typeof MEMORY_STATES)[number], p: number) => {
	const f = memoryFrame(state, p, base);
	return {
		victims: base.marks.filter((m, i) => m.group !== 'outline' && f.shown[i] > 0).length,
		outlines: base.marks.filter((m, i) => m.group === 'outline' && f.shown[i] > 0).length,
		years: f.yearLit.filter((l) => l > 0).length
	};
};

describe('memory data', () => {
	it('holds the sourced counts: 131 official, 147 commemorated, 170 Health Ministry', () => {
		const c = victimCounts(data);
		expect([c.investigation.value, c.commemorated.value, c.health.value]).toEqual([131, 147, 170]);
		expect(c.investigation.sources).toEqual(expect.arrayContaining(['S2', 'S3', 'S24', 'S25']));
		expect(c.commemorated.sources).toEqual(expect.arrayContaining(['S15', 'S37', 'S24']));
		expect(c.health.sources).toEqual(['S17']);
	});

	it('counts the years of remembrance from the data, 1991 to 2026', () => {
		const years = anniversaryYears(data);
		expect(years[0]).toBe(1991);
		expect(years.at(-1)).toBe(memoryRecord(data, 'anniversaries').yearTo);
		expect(years.at(-1)).toBe(2026);
		expect(years).toHaveLength(36);
		expect(years.every((y, i) => i === 0 || y === years[i - 1] + 1)).toBe(true);
		expect(tragedyYear(data)).toBe(1990);
	});

	it('names in each state only sources that exist, including every record it draws', () => {
		for (const state of MEMORY_STATES)
			for (const id of memorySources(state)) expect(known.has(id), `${state}: ${id}`).toBe(true);
		const used = (ids: string[]) => ids.flatMap((id) => memoryRecord(data, id).sources);
		expect(memorySources('years')).toEqual(
			expect.arrayContaining(used(['alley', 'observance', 'anniversaries', 'memorial']))
		);
		const c = victimCounts(data);
		expect(memorySources('individual')).toEqual(
			expect.arrayContaining([...c.investigation.sources, ...c.commemorated.sources, ...c.health.sources])
		);
		expect(memorySources('victims')).toEqual(expect.arrayContaining(c.commemorated.sources));
	});
});

describe('memory layout', () => {
	it('draws one mark per person in the commemorated roll and outlines the rest of the Health Ministry count', () => {
		const base = memoryBase(SIZES[0], data);
		const c = victimCounts(data);
		expect(base.marks).toHaveLength(c.health.value);
		expect(base.marks.filter((m) => m.group !== 'outline')).toHaveLength(c.commemorated.value);
		expect(base.marks.filter((m) => m.group === 'investigation')).toHaveLength(c.investigation.value);
		expect(base.marks.filter((m) => m.group === 'commemorated')).toHaveLength(
			c.commemorated.value - c.investigation.value
		);
		expect(base.marks.filter((m) => m.group === 'outline')).toHaveLength(
			c.health.value - c.commemorated.value
		);
		expect(base.years.map((y) => y.year)).toEqual(anniversaryYears(data));
	});

	it('shows every mark of a state at its end, and only the roll at the end of "victims"', () => {
		const base = memoryBase(SIZES[2], data);
		expect(visible(base, 'years', 1)).toEqual({ victims: 0, outlines: 0, years: 36 });
		expect(visible(base, 'victims', 1).victims).toBe(147);
		expect(visible(base, 'victims', 1).outlines).toBe(0);
		expect(visible(base, 'individual', 1)).toMatchObject({ victims: 147, outlines: 23 });
		expect(visible(base, 'closing', 1)).toMatchObject({ victims: 147, outlines: 0 });
		expect(visible(base, 'years', 0).years).toBe(0);
		expect(visible(base, 'victims', 0).victims).toBe(0);
	});

	it('lights years and victims monotonically with progress', () => {
		const base = memoryBase(SIZES[1], data);
		const steps = Array.from({ length: 101 }, (_, i) => i / 100);
		for (const [state, key] of [
			['years', 'years'],
			['victims', 'victims'],
			['individual', 'outlines']
		] as const) {
			let prev = -1;
			let prevSum = -1;
			for (const p of steps) {
				const v = visible(base, state, p)[key];
				const f = memoryFrame(state, p, base);
				const sum = (key === 'years' ? f.yearLit : f.shown).reduce((a, b) => a + b, 0);
				expect(v, `${state} at ${p}`).toBeGreaterThanOrEqual(prev);
				expect(sum + 1e-9, `${state} at ${p}`).toBeGreaterThanOrEqual(prevSum);
				prev = v;
				prevSum = sum;
			}
		}
		expect(sequence(5, 0.5).every((v, i, a) => i === 0 || v <= a[i - 1])).toBe(true);
	});

	it('cross-fades the two pictures of the roll without losing the lights, and fades outlines as one', () => {
		const base = memoryBase(SIZES[2], data);
		for (const state of MEMORY_STATES)
			for (let k = 0; k <= 100; k++) {
				const f = memoryFrame(state, k / 100, base);
				const at = `${state} at ${k / 100}`;
				// Two layers at opacities a and b cover 1 − (1 − a)(1 − b) of a light.
				expect(1 - (1 - f.even) * (1 - f.distinct), at).toBeGreaterThanOrEqual(0.85);
				for (const [i, m] of base.marks.entries())
					if (m.group === 'outline') expect(f.shown[i], at).toBe(f.outlines);
			}
		expect(memoryFrame('victims', 1, base)).toMatchObject({ even: 1, distinct: 0 });
		expect(memoryFrame('closing', 0, base)).toMatchObject({ even: 0, distinct: 1 });
	});

	it('joins states without a jump: the end of one is the start of the next', () => {
		const base = memoryBase(SIZES[2], data);
		const pairs = [
			['years', 'victims'],
			['victims', 'individual'],
			['individual', 'closing']
		] as const;
		for (const [a, b] of pairs) {
			const end = memoryFrame(a, 1, base);
			const start = memoryFrame(b, 0, base);
			expect(start.shown.filter((s, i) => base.marks[i].group !== 'outline')).toEqual(
				end.shown.filter((s, i) => base.marks[i].group !== 'outline')
			);
			expect(start.gather).toBe(end.gather);
			expect(start.distinct).toBeCloseTo(end.distinct);
		}
	});

	it('keeps every mark and every line of text inside the drawing area at several sizes', () => {
		const inside = (size: { width: number; height: number }, x: number, y: number, m = 0) =>
			x >= m && y >= m && x <= size.width - m && y <= size.height - m;
		const textInside = (size: { width: number; height: number }, b: TextBlock) => {
			const left = b.anchor === 'middle' ? b.x - b.width / 2 : b.anchor === 'end' ? b.x - b.width : b.x;
			const bottom = b.y + (b.lines.length - 1) * b.lh;
			return left >= 0 && left + b.width <= size.width + 1 && b.y - b.fs >= 0 && bottom <= size.height;
		};
		for (const size of SIZES) {
			const base = memoryBase(size, data);
			for (const m of base.marks) {
				expect(inside(size, m.gx, m.gy, base.r), `grid mark ${m.n} at ${size.width}×${size.height}`).toBe(
					true
				);
				expect(
					inside(size, m.cx, m.cy, base.rGather),
					`gathered mark ${m.n} at ${size.width}×${size.height}`
				).toBe(true);
			}
			for (const y of base.years)
				expect(
					inside(size, y.x, y.y + base.yearLabel.dy, 0),
					`year ${y.year} at ${size.width}×${size.height}`
				).toBe(true);
			const blocks = [
				...Object.values(base.text).flat(),
				...base.yearNotes.blocks,
				...base.legend.flatMap((l) => [l.head, l.body]),
				base.legendNote
			];
			for (const b of blocks)
				expect(textInside(size, b), `"${b.lines[0]}" at ${size.width}×${size.height}`).toBe(true);
			// The site header (44 px) is fixed over the graphic's top (not in the short print figures).
			if (size.height >= 480)
				for (const b of [...base.text.years, ...base.text.victims, ...base.text.individual])
					expect(
						b.y - b.fs,
						`"${b.lines[0]}" under the header at ${size.width}×${size.height}`
					).toBeGreaterThanOrEqual(44);
		}
	});

	it('keeps the grid clear of the heading and the legend', () => {
		for (const size of [...SIZES.slice(0, 5), { width: 460, height: 340 }]) {
			const base = memoryBase(size, data);
			const headBottom = Math.max(
				...[...base.text.victims, ...base.text.individual].map((b) => b.y + (b.lines.length - 1) * b.lh)
			);
			const legendTop = Math.min(...base.legend.map((l) => l.head.y - l.head.fs));
			expect(base.grid.y, `${size.width}×${size.height}`).toBeGreaterThan(headBottom);
			expect(base.grid.y + base.grid.h, `${size.width}×${size.height}`).toBeLessThan(legendTop);
			expect(base.grid.cell).toBeGreaterThan(10);
		}
	});

	it('gathers the roll light by light, the outermost first, only some of them moving at once', () => {
		for (const size of SIZES) {
			const base = memoryBase(size, data);
			const roll = base.marks.filter((m) => m.group !== 'outline');
			expect(roll.map((m) => m.wave).sort((a, b) => a - b)).toEqual(roll.map((_, k) => k));
			expect(base.marks.filter((m) => m.group === 'outline').every((m) => m.wave === -1)).toBe(true);
			// The first to set off is further from the grid's middle than the last.
			const mid = (list: number[]) => (Math.min(...list) + Math.max(...list)) / 2;
			const [mx, my] = [mid(roll.map((m) => m.gx)), mid(roll.map((m) => m.gy))];
			const from = (m: (typeof roll)[number]) => Math.hypot(m.gx - mx, m.gy - my);
			const first = roll.find((m) => m.wave === 0)!;
			const last = roll.find((m) => m.wave === roll.length - 1)!;
			expect(from(first)).toBeGreaterThan(from(last));

			expect(gatheredAt(roll, 0).every((g) => g === 0)).toBe(true);
			expect(gatheredAt(roll, 1).every((g) => g === 1)).toBe(true);
			let before = gatheredAt(roll, 0);
			for (let k = 1; k <= 60; k++) {
				const now = gatheredAt(roll, k / 60);
				now.forEach((g, i) => expect(g).toBeGreaterThanOrEqual(before[i]));
				// A frame of the gathering moves a part of the roll, never all of it.
				const moving = now.filter((g, i) => g !== before[i]).length;
				expect(moving, `moving at ${k}/60, ${size.width}×${size.height}`).toBeLessThan(roll.length * 0.4);
				before = now;
			}
		}
		// The closing state's own progress drives it: grid at its start, gathered at its end.
		const base = memoryBase(SIZES[2], data);
		expect(memoryFrame('closing', 0, base).gather).toBe(0);
		expect(memoryFrame('closing', 1, base).gather).toBe(1);
	});

	it('is deterministic', () => {
		const a = memoryBase(SIZES[0], data);
		const b = memoryBase(SIZES[0], data);
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		expect(memoryFrame('closing', 0.4, a)).toEqual(memoryFrame('closing', 0.4, b));
	});

	it('wraps text to the width it is given', () => {
		const lines = wrap('An elegy is not only a lament. It is a promise.', 100, 12);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join(' ')).toBe('An elegy is not only a lament. It is a promise.');
	});
});

describe('memory text alternative', () => {
	it('describes each state with the sourced numbers', () => {
		expect(memoryAlt('years', data)).toContain('from 1991 to 2026');
		expect(memoryAlt('victims', data)).toContain('147');
		const individual = memoryAlt('individual', data);
		for (const n of ['131', '147', '170', '16 more', '23 faint']) expect(individual).toContain(n);
		expect(individual).toContain('(at least 131 killed)');
		expect(memoryAlt('closing', data)).toContain('1990 · 2026');
	});
});
