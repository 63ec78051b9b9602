import { describe, expect, it } from 'vitest';
import { locateStep, pageProgress } from './position';

// Three steps 400 px tall with 600 px gaps: tops at 0, 1000, 2000 relative to the page.
const boxesAt = (scroll: number) => [0, 1000, 2000].map((top) => ({ top: top + 500 - scroll, height: 400 }));

describe('locateStep', () => {
	it('is before the first step until its top crosses the trigger line', () => {
		expect(locateStep(boxesAt(-10), 450)).toEqual({ index: -1, progress: 0 });
	});

	it('measures progress from a step top to the next step top, gaps included', () => {
		expect(locateStep(boxesAt(50), 450)).toEqual({ index: 0, progress: 0 });
		expect(locateStep(boxesAt(550), 450)).toEqual({ index: 0, progress: 0.5 });
		expect(locateStep(boxesAt(1050), 450)).toEqual({ index: 1, progress: 0 });
	});

	it('gives the same answer for the same layout however it was reached (jumps, reloads)', () => {
		const direct = locateStep(boxesAt(1800), 450);
		for (const s of [0, 700, 2400, 100]) locateStep(boxesAt(s), 450);
		expect(locateStep(boxesAt(1800), 450)).toEqual(direct);
		expect(direct.index).toBe(1);
	});

	it('measures the last step against its own height and clamps at 1', () => {
		expect(locateStep(boxesAt(2250), 450).index).toBe(2);
		expect(locateStep(boxesAt(2250), 450).progress).toBeCloseTo(0.5);
		expect(locateStep(boxesAt(9000), 450)).toEqual({ index: 2, progress: 1 });
	});
});

describe('pageProgress', () => {
	it('runs from 0 at the top to 1 at the bottom', () => {
		expect(pageProgress(0, 5000, 1000)).toBe(0);
		expect(pageProgress(2000, 5000, 1000)).toBe(0.5);
		expect(pageProgress(4000, 5000, 1000)).toBe(1);
		expect(pageProgress(0, 800, 1000)).toBe(1);
	});
});
