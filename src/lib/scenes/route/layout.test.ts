import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDataFile, type DataRecord } from '$lib/story/data-file';
import { SOURCES } from '../shared-data';
import type { StoryData } from '../types';
import { MILESTONES, milestones, parseDay, formatDay } from './data';
import { routeBase, routeFrame, dodge, track, stretches, FADE, textWidth, NOT_COME } from './layout';
import { routeAlt, routeSources } from './describe';
import { ROUTE_STATES } from './states';

const sources = readDataFile(
	readFileSync('content/data/sources.yaml', 'utf8'),
	'sources.yaml',
	SOURCES,
	null
);
const known = new Set(sources.map((s) => s.id as string));
const records: Record<string, DataRecord[]> = {
	milestones: readDataFile(
		readFileSync('content/data/milestones.yaml', 'utf8'),
		'milestones.yaml',
		MILESTONES,
		known
	)
};
const data: StoryData = { records, land: { type: 'FeatureCollection', features: [] } };
const list = milestones(data);

const visible = (state: (typeof ROUTE_STATES)[number], p: number) =>
	Object.values(routeFrame(state, p, data).shown).filter((o) => o > 0.99).length;

const SIZES = [
	{ width: 360, height: 700 },
	{ width: 390, height: 844 },
	{ width: 360, height: 640 },
	{ width: 800, height: 900 },
	{ width: 832, height: 900 },
	{ width: 900, height: 640 },
	{ width: 672, height: 720 },
	{ width: 1200, height: 1000 }
];

describe('milestones.yaml', () => {
	it('holds the required key dates, exactly', () => {
		const want: Record<string, string> = {
			'black-january': '1990-01-19',
			'supreme-soviet-resolution': '1990-01-22',
			'republic-of-azerbaijan': '1991-02-05',
			declaration: '1991-08-30',
			'constitutional-act': '1991-10-18',
			'end-of-ussr': '1991-12-25',
			referendum: '1991-12-29',
			'day-of-martyrs-law': '1992-01-17',
			'un-membership': '1992-03-02',
			'milli-majlis-resolution': '1994-03-29'
		};
		for (const [id, date] of Object.entries(want)) expect(list.find((m) => m.id === id)?.date, id).toBe(date);
		expect(list.find((m) => m.id === 'black-january')?.end).toBe('1990-01-20');
		expect(list.find((m) => m.id === 'end-of-ussr')?.end).toBe('1991-12-26');
		expect(list.find((m) => m.id === 'day-of-martyrs-law')?.certainty).toBe('SINGLE');
		expect(list.find((m) => m.id === 'referendum')?.text).toContain('99.76');
		expect(list.find((m) => m.id === 'un-membership')?.text).toContain('46/230');
	});

	it('names a single source in the text or note of every SINGLE or DISPUTED record', () => {
		for (const m of list.filter((m) => m.certainty === 'SINGLE' || m.certainty === 'DISPUTED')) {
			expect(`${m.text} ${m.note ?? ''}`, m.id).toMatch(/one source|single source|disputed/i);
		}
	});
});

describe('dates', () => {
	it('parses YYYY-MM-DD exactly, in any time zone, and refuses impossible days', () => {
		const d = parseDay('1991-12-29');
		expect([d.getFullYear(), d.getMonth(), d.getDate()]).toEqual([1991, 11, 29]);
		for (const m of list) {
			const p = parseDay(m.date);
			const [y, mo, day] = m.date.split('-').map(Number);
			expect([p.getFullYear(), p.getMonth() + 1, p.getDate()], m.id).toEqual([y, mo, day]);
			if (m.end) expect(parseDay(m.end).getTime()).toBeGreaterThan(p.getTime());
		}
		expect(() => parseDay('1991-02-30')).toThrow();
		expect(() => parseDay('29.12.1991')).toThrow();
	});

	it('formats single days and spans', () => {
		expect(formatDay('1991-12-29')).toBe('29 Dec 1991');
		expect(formatDay('1990-01-19', '1990-01-20')).toBe('19–20 Jan 1990');
		expect(formatDay('1991-12-25', '1991-12-26', true)).toBe('25–26 December 1991');
		expect(formatDay('1999-12-16', '2000-01-17')).toBe('16 Dec 1999 – 17 Jan 2000');
	});

	it('keeps the track in date order, with the break between 1992 and 1994', () => {
		const us = list.map((m) => track(parseDay(m.date)));
		for (let i = 1; i < us.length; i++) expect(us[i]).toBeGreaterThan(us[i - 1]);
		expect(track(parseDay('1992-03-02'))).toBeLessThan(0.68);
		expect(track(parseDay('1994-03-29'))).toBeGreaterThan(0.73);
	});
});

describe('route frame', () => {
	it('shows more milestones, never fewer, as the reader scrolls through the states in order', () => {
		let last = -1;
		let lastTip = -1;
		for (const s of ROUTE_STATES) {
			for (let p = 0; p <= 1.0001; p += 0.02) {
				const n = visible(s, p);
				const f = routeFrame(s, p, data);
				expect(n, `${s} @ ${p.toFixed(2)}`).toBeGreaterThanOrEqual(last);
				expect(f.tip).toBeGreaterThanOrEqual(lastTip - 1e-9);
				for (const o of Object.values(f.shown)) expect(o).toBeGreaterThanOrEqual(0);
				last = n;
				lastTip = f.tip;
			}
		}
	});

	it('continues each state exactly where the previous one ended', () => {
		const st = stretches(data);
		for (let i = 1; i < ROUTE_STATES.length; i++) {
			expect(routeFrame(ROUTE_STATES[i], 0, data).tip).toBeCloseTo(
				routeFrame(ROUTE_STATES[i - 1], 1, data).tip,
				9
			);
			expect(st[ROUTE_STATES[i]][0]).toBe(st[ROUTE_STATES[i - 1]][1]);
		}
	});

	it('starts with Black January and draws each step its own stretch', () => {
		expect(routeFrame('start', 0, data).shown['black-january']).toBe(1);
		expect(visible('start', 0)).toBe(1);
		expect(visible('start', 1)).toBe(2);
		expect(visible('independence', 1)).toBe(5);
		expect(visible('collapse', 1)).toBe(9);
	});

	it('shows every milestone, and what never came, by the end of "reckoning"', () => {
		const f = routeFrame('reckoning', 1, data);
		expect(visible('reckoning', 1)).toBe(list.length);
		expect(f.notCome).toBe(1);
		expect(f.reckon).toBe(1);
		expect(routeFrame('collapse', 1, data).notCome).toBe(0);
		// Every station has had time to fade in fully before the line ends.
		for (const m of list) expect(track(parseDay(m.date)) + FADE).toBeLessThanOrEqual(1);
	});
});

describe('route layout', () => {
	it('dodges overlapping labels apart and keeps them in bounds', () => {
		const tops = dodge(
			[
				{ want: 0, height: 20 },
				{ want: 1, height: 20 },
				{ want: 2, height: 20 }
			],
			5,
			-100,
			1000
		);
		expect(tops[1] - tops[0]).toBeCloseTo(25);
		expect(tops[2] - tops[1]).toBeCloseTo(25);
		const clamped = dodge([{ want: 90, height: 20 }], 5, 0, 100);
		expect(clamped[0]).toBe(80);
	});

	for (const size of SIZES) {
		it(`keeps every mark and label inside ${size.width}×${size.height}, without overlaps`, () => {
			const b = routeBase(size, data);
			const bottom = size.height - b.captionHeight;
			const blocks = [
				...b.stations.map((s) => ({ id: s.id, ...s.label })),
				{ id: NOT_COME.id, ...b.notCome.label }
			];
			for (const s of b.stations) {
				expect(s.y, s.id).toBeGreaterThanOrEqual(0);
				expect(s.y, s.id).toBeLessThanOrEqual(bottom);
			}
			expect(b.notCome.y).toBeLessThanOrEqual(bottom);
			for (const blk of blocks) {
				expect(blk.top, blk.id).toBeGreaterThanOrEqual(0);
				expect(blk.top + blk.height, blk.id).toBeLessThanOrEqual(bottom);
				const fs = b.fs;
				const widest = Math.max(
					...blk.title.lines.map((l, i) =>
						textWidth(
							l + (blk.tag && !blk.tagOwnLine && i === blk.title.lines.length - 1 ? `  ${blk.tag}` : ''),
							fs.title,
							true
						)
					),
					...blk.text.lines.map((l) => textWidth(l, fs.text))
				);
				expect(b.titleX + widest, blk.id).toBeLessThanOrEqual(size.width + 2);
				expect(b.dateX + textWidth(blk.date.text, fs.date, true)).toBeLessThan(b.titleX);
			}
			const sorted = [...blocks].sort((x, y) => x.top - y.top);
			for (let i = 1; i < sorted.length; i++) {
				expect(sorted[i].top, `${sorted[i - 1].id} / ${sorted[i].id}`).toBeGreaterThanOrEqual(
					sorted[i - 1].top + sorted[i - 1].height
				);
			}
			// Labels stay legible: 12 px or more.
			expect(Math.min(b.fs.date, b.fs.title, b.fs.text)).toBeGreaterThanOrEqual(12);
		});
	}

	it('gives phones the compact mode and a desktop panel the full one', () => {
		expect(routeBase({ width: 360, height: 700 }, data).mode).toBe('compact');
		expect(routeBase({ width: 832, height: 900 }, data).mode).toBe('full');
	});
});

describe('route text alternative', () => {
	it('describes every state with its dates and names sources that exist', () => {
		for (const s of ROUTE_STATES) {
			expect(routeAlt(s, data).length).toBeGreaterThan(60);
			for (const id of routeSources(s)) expect(known.has(id), `${s}: ${id}`).toBe(true);
		}
		expect(routeAlt('collapse', data)).toContain('29 December 1991');
		expect(routeAlt('reckoning', data)).toMatch(/tribunal/);
	});

	it('credits the sources of every milestone a state adds', () => {
		const st = stretches(data);
		for (const s of ROUTE_STATES) {
			const [from, to] = st[s];
			const added = list.filter((m) => {
				const u = track(parseDay(m.date));
				return (s === 'start' ? u <= to : u > from - FADE && u <= to) && !(s !== 'start' && u + FADE <= from);
			});
			for (const m of added)
				for (const id of m.sources) expect(routeSources(s), `${s}: ${m.id} ${id}`).toContain(id);
		}
	});
});
