import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDataFile } from '$lib/story/data-file';
import { FIGURES, PLACES } from '../shared-data';
import type { StoryData } from '../types';
import { LINES, NIGHT } from './data';
import { easeCubicInOut } from 'd3-ease';
import { cityBase, cityFrame, easeInOut, groupOpacities, LIGHT_COUNT, LIGHT_GROUPS } from './layout';
import { scatterLights, URBAN_EXTENT } from './lights';
import { dotsOf } from '../dots';
import { CITY_STATES } from './states';
import { cityAlt, citySources } from './describe';

const read = (spec: typeof PLACES) =>
	readDataFile(readFileSync(`content/data/${spec.file}`, 'utf8'), spec.file, spec, null);
const data: StoryData = {
	land: JSON.parse(readFileSync('content/data/geo/baku-bay.geojson', 'utf8')),
	records: { places: read(PLACES), lines: read(LINES), night: read(NIGHT), figures: read(FIGURES) }
};
const sizes = [
	{ width: 800, height: 1000 },
	{ width: 390, height: 844 },
	{ width: 1200, height: 700 }
];
const litCount = (frame: ReturnType<typeof cityFrame>) => frame.lights.reduce((a, b) => a + b, 0);

describe('city lights', () => {
	it('are thousands, seeded (server and browser agree), inside the stated 1990 extent', () => {
		const a = scatterLights(data.land, LIGHT_COUNT);
		const b = scatterLights(data.land, LIGHT_COUNT);
		expect(a.length).toBe(LIGHT_COUNT);
		expect(a).toEqual(b);
		for (const l of a) {
			expect(l.lon).toBeGreaterThanOrEqual(URBAN_EXTENT.west);
			expect(l.lon).toBeLessThanOrEqual(URBAN_EXTENT.east);
			expect(l.lat).toBeGreaterThanOrEqual(URBAN_EXTENT.south);
			expect(l.lat).toBeLessThanOrEqual(URBAN_EXTENT.north);
		}
	});
});

describe('cityBase', () => {
	it.each(sizes)('keeps every light and place inside a %o drawing', (size) => {
		const base = cityBase(size, data);
		const lights = base.lightGroups.flatMap((g) => g.paths.flatMap((p) => dotsOf(p.d)));
		expect(lights.length).toBeGreaterThan(LIGHT_COUNT * 0.9);
		for (const [x, y] of lights) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(size.width);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(size.height);
		}
		for (const p of Object.values(base.places)) {
			expect(p.x).toBeGreaterThan(0);
			expect(p.x).toBeLessThan(size.width);
			expect(p.y).toBeGreaterThan(0);
			expect(p.y).toBeLessThan(size.height);
		}
	});

	it.each(sizes)(
		'puts each group of lights in a drawing of its own, in the order they go out (%o)',
		(size) => {
			const { lightGroups } = cityBase(size, data);
			const order = lightGroups.map((g) => g.group);
			expect(order.length).toBeGreaterThan(LIGHT_GROUPS / 2);
			order.forEach((g, i) => i && expect(g).toBeGreaterThan(order[i - 1]));
			expect(order.every((g) => g >= 0 && g < LIGHT_GROUPS)).toBe(true);
			// A drawing holds its group's small and bright lights, and no empty path.
			for (const g of lightGroups) {
				expect(g.paths.length).toBeGreaterThan(0);
				expect(new Set(g.paths.map((p) => p.size)).size).toBe(g.paths.length);
				for (const p of g.paths) expect(dotsOf(p.d).length).toBeGreaterThan(0);
			}
		}
	);

	it('reuses the last map drawn at the same size (the procession starts from it), and only then', () => {
		const a = cityBase({ width: 700, height: 500 }, data);
		expect(cityBase({ width: 700, height: 500 }, data)).toBe(a);
		const b = cityBase({ width: 701, height: 500 }, data);
		expect(b).not.toBe(a);
		expect(b.size.width).toBe(701);
		expect(cityBase({ width: 700, height: 500 }, data)).toEqual(a);
	});

	it('draws the named places where the data puts them: 20 Yanvar north-west of Azadliq Square', () => {
		const { places } = cityBase(sizes[0], data);
		expect(places.yanvar.x).toBeLessThan(places.azadliq.x);
		expect(places.yanvar.y).toBeLessThan(places.azadliq.y);
	});
});

describe('cityFrame', () => {
	it('puts the lights out as the reader scrolls through "dark", never relighting', () => {
		let previous = Infinity;
		for (let p = 0; p <= 1; p += 0.05) {
			const lit = litCount(cityFrame('dark', p, data));
			expect(lit).toBeLessThanOrEqual(previous + 1e-9);
			previous = lit;
		}
		expect(litCount(cityFrame('dark', 0, data))).toBe(LIGHT_GROUPS);
		expect(litCount(cityFrame('dark', 1, data))).toBe(0);
	});

	it('draws the entry routes with progress in "tanks"', () => {
		const draws = [0, 0.25, 0.5, 0.75, 1].map((p) => cityFrame('tanks', p, data).draw.entry);
		expect(draws[0]).toBe(0);
		expect(draws[4]).toBe(1);
		expect([...draws].sort((a, b) => a - b)).toEqual(draws);
	});

	it('marks Neftchilar Avenue, then 20 Yanvar Circle, as the text names them', () => {
		const early = cityFrame('places', 0.3, data);
		const late = cityFrame('places', 1, data);
		expect(early.draw.avenue).toBeGreaterThan(early.yanvar);
		expect(late.draw.avenue).toBe(1);
		expect(late.yanvar).toBe(1);
	});

	it('takes the announcement figures from the data file', () => {
		const text = cityFrame('announced', 1, data).caption?.text ?? '';
		expect(text).toContain('82 people had been killed and 20 mortally wounded');
	});

	// The evening deepening, the city going dark, the dawn: in the other states the lights hold still.
	const LIGHTS_MOVE: readonly string[] = ['evening', 'dark', 'dawn'];
	it.each(CITY_STATES)(
		'"%s": the lights change with progress only in the evening, dark and dawn',
		(state) => {
			const at = (p: number) => cityFrame(state, p, data).lights;
			const moving = [0.25, 0.5, 0.75, 1].some((p) => at(p).some((o, i) => o !== at(0)[i]));
			expect(moving).toBe(LIGHTS_MOVE.includes(state));
		}
	);

	it('continues each state where the previous one ended', () => {
		expect(cityFrame('tanks', 0, data).lights).toEqual(cityFrame('evening', 1, data).lights);
		expect(cityFrame('dark', 0, data).draw.entry).toBe(cityFrame('tanks', 1, data).draw.entry);
		expect(groupOpacities(1).every((o) => o === 1)).toBe(true);
	});

	it.each(CITY_STATES)('describes state "%s" in words and names its sources', (state) => {
		expect(cityAlt(state, data).length).toBeGreaterThan(30);
		expect(citySources(state)).toContain('OSM');
	});
});

describe('easeInOut', () => {
	it('is d3-ease easeCubicInOut', () => {
		for (let t = 0; t <= 1.0001; t += 0.01) expect(easeInOut(t)).toBeCloseTo(easeCubicInOut(t), 12);
	});
});
