import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFile, type DataFileSpec, type DataRecord } from '$lib/story/data-file';
import { FIGURES, PLACES, SOURCES, place } from '../shared-data';
import { LINES, NIGHT } from '../city/data';
import { cityBase } from '../city/layout';
import type { StoryData } from '../types';
import { PROCESSION, counterEstimate, crowdEstimates, routeFact } from './data';
import { processionAlt, processionSources } from './describe';
import {
	JOIN_END,
	PEOPLE_PER_MARK,
	ZOOM_END,
	cityProjection,
	counterText,
	geoRoute,
	markPositions,
	marksCanvas,
	marksPath,
	marksReach,
	marksShown,
	processionBase,
	processionFrame,
	rangeChart,
	viewAt
} from './layout';

const read = (spec: DataFileSpec, ids: Set<string> | null) =>
	readDataFile(readFileSync(`content/data/${spec.file}`, 'utf8'), spec.file, spec, ids);
// Source ids; read leniently, so another scene's half-edited source entry doesn't stop these tests.
function sourceIds(): Set<string> {
	try {
		return new Set(read(SOURCES, null).map((s) => s.id as string));
	} catch {
		return new Set(
			[...readFileSync('content/data/sources.yaml', 'utf8').matchAll(/^ {2}- id: (\S+)/gm)].map((m) => m[1])
		);
	}
}
const ids = sourceIds();
const records: Record<string, DataRecord[]> = {};
for (const spec of [PLACES, FIGURES, LINES, NIGHT, PROCESSION])
	records[spec.file.replace('.yaml', '')] = read(spec, ids);
const data: StoryData = {
	records,
	land: JSON.parse(readFileSync('content/data/geo/baku-bay.geojson', 'utf8'))
};

const sizes = [
	{ width: 830, height: 900 },
	{ width: 390, height: 844 },
	{ width: 900, height: 640 },
	{ width: 800, height: 1000 }
];

const bases = new Map<string, ReturnType<typeof processionBase>>();
function positions(size: { width: number; height: number }, p: number) {
	const key = `${size.width}x${size.height}`;
	const base = bases.get(key) ?? processionBase(size, data);
	bases.set(key, base);
	const out = new Float32Array(base.marks.count * 2);
	const n = markPositions(base, p, viewAt(base, p), out);
	return { base, n, out: Array.from(out.slice(0, 2 * n)) };
}

describe('procession data', () => {
	it('names a source for every record and one estimate for the counter', () => {
		for (const r of records.procession) expect(r.sources.length).toBeGreaterThan(0);
		expect(counterEstimate(data).id).toBe('crowd-latimes');
		expect(counterEstimate(data).low).toBe(200000);
		expect(crowdEstimates(data).map((e) => e.id)).toEqual([
			'crowd-visions',
			'crowd-latimes',
			'crowd-residents'
		]);
	});
});

describe('procession layout', () => {
	it('draws on the city map: the recovered projection agrees with the city scene', () => {
		const size = sizes[0];
		const city = cityBase(size, data);
		const a = place(data, 'azadliq');
		const b = place(data, 'martyrs');
		const proj = cityProjection(
			{ ...city.places.azadliq, point: a.point },
			{ ...city.places.martyrs, point: b.point }
		);
		const oc = place(data, 'old-city');
		const [x, y] = proj.project(oc.point);
		expect(x).toBeCloseTo(city.places['old-city'].x, 3);
		expect(y).toBeCloseTo(city.places['old-city'].y, 3);
		const base = processionBase(size, data);
		expect(base.land).toBe(city.land);
		expect(base.from.x).toBeCloseTo(city.places.azadliq.x, 3);
		expect(base.to.y).toBeCloseTo(city.places.martyrs.y, 3);
	});

	it('bends the schematic route only to about the sourced length, on land', () => {
		const r = geoRoute(data);
		expect(Math.abs(r.km - routeFact(data).km)).toBeLessThan(0.05);
	});

	it('grows the count monotonically with progress and stops at the sourced figure', () => {
		for (const size of sizes) {
			const base = processionBase(size, data);
			const target = counterEstimate(data).low;
			expect(base.marks.count * PEOPLE_PER_MARK).toBe(target);
			let prev = -1;
			for (let i = 0; i <= 200; i++) {
				const f = processionFrame(base, i / 200);
				expect(f.shown).toBeGreaterThanOrEqual(prev);
				expect(f.people).toBe(f.shown * PEOPLE_PER_MARK);
				expect(f.people).toBeLessThanOrEqual(target);
				prev = f.shown;
			}
			expect(processionFrame(base, 0).people).toBe(0);
			expect(processionFrame(base, 0.5).people).toBeGreaterThan(0);
			expect(processionFrame(base, 0.5).people).toBeLessThan(target);
			expect(processionFrame(base, JOIN_END).people).toBe(target);
			expect(processionFrame(base, 1).people).toBe(target);
			expect(processionFrame(base, 1).done).toBe(true);
			expect(marksShown(base, 1)).toBe(base.marks.count);
		}
	});

	it('keeps every mark inside the drawing area', () => {
		for (const size of sizes) {
			for (const p of [0.1, ZOOM_END, 0.5, 0.8, 1]) {
				const { n, out } = positions(size, p);
				expect(n).toBeGreaterThan(0);
				const xs = out.filter((_, i) => i % 2 === 0);
				const ys = out.filter((_, i) => i % 2 === 1);
				expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
				expect(Math.max(...xs)).toBeLessThanOrEqual(size.width);
				expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
				expect(Math.max(...ys)).toBeLessThanOrEqual(size.height);
			}
		}
	});

	it('is deterministic (seeded)', () => {
		const a = positions(sizes[1], 0.6);
		const b = positions(sizes[1], 0.6);
		expect(a.out).toEqual(b.out);
		const base = processionBase(sizes[0], data);
		expect(marksPath(base, 1, viewAt(base, 1))).toBe(
			marksPath(processionBase(sizes[0], data), 1, viewAt(base, 1))
		);
	});

	it('starts on the city view and holds still after the crowd has arrived', () => {
		const base = processionBase(sizes[0], data);
		const v0 = viewAt(base, 0);
		expect(v0.k).toBeCloseTo(1, 6);
		expect(v0.x).toBeCloseTo(0, 3);
		expect(v0.y).toBeCloseTo(0, 3);
		expect(viewAt(base, 1).k).toBeGreaterThan(2);
		expect(positions(sizes[0], JOIN_END).out).toEqual(positions(sizes[0], 1).out);
	});

	it('takes legend, counter words and the range bar from the data', () => {
		const base = processionBase(sizes[0], data);
		const done = counterText(base, processionFrame(base, 1));
		expect(done.number).toBe('200,000');
		expect(done.label).toContain('hundreds of thousands');
		expect(done.label).toContain('Los Angeles Times');
		expect(counterText(base, processionFrame(base, 0.4)).label).toContain(`dots × ${PEOPLE_PER_MARK}`);
		const chart = rangeChart(data, 100);
		expect(chart.rows.map((r) => r.wording)).toEqual([
			'tens of thousands',
			'hundreds of thousands',
			'more than 1 million'
		]);
		expect(chart.rows.filter((r) => r.counter).map((r) => r.id)).toEqual(['crowd-latimes']);
		for (const r of chart.rows) {
			expect(r.x0).toBeGreaterThanOrEqual(0);
			expect(r.x1).toBeLessThanOrEqual(100);
			expect(r.x1).toBeGreaterThan(r.x0);
		}
		expect(chart.x(200000)).toBeCloseTo(chart.rows[1].x0, 6);
	});

	it('describes the final picture in words, with its sources', () => {
		const alt = processionAlt('walk', data);
		expect(alt).toContain('200,000');
		expect(alt).toContain('about 3 km');
		for (const id of processionSources('walk')) expect(ids.has(id)).toBe(true);
	});
});

describe('marksCanvas', () => {
	it('covers every mark on screen at every progress, with a size fixed for the scene', () => {
		for (const size of sizes) {
			const sizesSeen = new Set<string>();
			for (let p = 0; p <= 1.0001; p += 0.02) {
				const { base, n, out } = positions(size, p);
				const c = marksCanvas(base, viewAt(base, p));
				sizesSeen.add(`${c.width}x${c.height}`);
				expect(c.x).toBeGreaterThanOrEqual(0);
				expect(c.y).toBeGreaterThanOrEqual(0);
				expect(c.x + c.width).toBeLessThanOrEqual(size.width);
				expect(c.y + c.height).toBeLessThanOrEqual(size.height);
				const outside: string[] = [];
				for (let i = 0; i < n; i++) {
					const x = out[2 * i];
					const y = out[2 * i + 1];
					if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
					const r = base.markR;
					if (x - r < c.x || x + r > c.x + c.width || y - r < c.y || y + r > c.y + c.height)
						outside.push(`mark ${i} at ${x.toFixed(1)},${y.toFixed(1)}`);
				}
				expect(outside, `${size.width}x${size.height} at p=${p.toFixed(2)}: ${JSON.stringify(c)}`).toEqual(
					[]
				);
			}
			expect(sizesSeen.size).toBe(1);
		}
	});

	it('is smaller than the graphic, which is the point of it', () => {
		for (const size of sizes) {
			const { base } = positions(size, 1);
			const c = marksCanvas(base, viewAt(base, 1));
			expect(c.width * c.height).toBeLessThan(0.8 * size.width * size.height);
		}
	});
});

describe('marksReach', () => {
	it('holds every mark on screen at every progress, in one box inside the graphic', () => {
		for (const size of sizes) {
			const { base } = positions(size, 0);
			const c = marksReach(base);
			expect(c.x).toBeGreaterThanOrEqual(0);
			expect(c.y).toBeGreaterThanOrEqual(0);
			expect(c.x + c.width).toBeLessThanOrEqual(size.width);
			expect(c.y + c.height).toBeLessThanOrEqual(size.height);
			for (let p = 0; p <= 1.0001; p += 0.01) {
				const { n, out } = positions(size, p);
				const r = base.markR;
				const outside: string[] = [];
				for (let i = 0; i < n; i++) {
					const x = out[2 * i];
					const y = out[2 * i + 1];
					if (x < 0 || y < 0 || x > size.width || y > size.height) continue;
					if (x - r < c.x || x + r > c.x + c.width || y - r < c.y || y + r > c.y + c.height)
						outside.push(`mark ${i} at ${x.toFixed(1)},${y.toFixed(1)}`);
				}
				expect(outside, `${size.width}x${size.height} at p=${p.toFixed(2)}: ${JSON.stringify(c)}`).toEqual(
					[]
				);
			}
		}
	});

	it('is well under half the graphic', () => {
		for (const size of sizes) {
			const { base } = positions(size, 1);
			const c = marksReach(base);
			expect(c.width * c.height).toBeLessThan(0.5 * size.width * size.height);
		}
	});
});
