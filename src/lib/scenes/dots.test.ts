import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3-random';
import { dotsOf, dotsPath } from './dots';

describe('dotsPath', () => {
	it('draws every dot once, at its position rounded to the half pixel', () => {
		const xy = [10.4, 20.6, 3.5, 7.2, 300.49, 0.76];
		const dots = dotsOf(dotsPath(xy));
		expect(dots).toHaveLength(3);
		expect(dots).toEqual(
			expect.arrayContaining([
				[10.5, 20.5],
				[3.5, 7],
				[300.5, 1]
			])
		);
	});

	it('writes half-pixel steps, negative ones without a separator', () => {
		expect(dotsPath([1, 2, 1.5, 1.5])).toBe('M1 2h0m0.5-0.5h0');
	});

	it('starts with an absolute move and steps from dot to dot after it, left to right', () => {
		const d = dotsPath([50, 10, 20, 30, 20, 5]);
		expect(d).toBe('M20 5h0m0 25h0m30-20h0');
		expect(dotsOf(d)).toEqual([
			[20, 5],
			[20, 30],
			[50, 10]
		]);
	});

	it('draws only the first n dots of a longer buffer', () => {
		const xy = new Float32Array([1, 1, 2, 2, 99, 99]);
		expect(dotsOf(dotsPath(xy, 2))).toEqual([
			[1, 1],
			[2, 2]
		]);
		expect(dotsPath(xy, 0)).toBe('');
	});

	it('keeps thousands of scattered dots exact and writes them in far fewer characters', () => {
		const random = randomLcg(0.42);
		const xy = Array.from({ length: 6000 }, (_, i) => (i % 2 ? 700 : 900) * random());
		const dots = dotsOf(dotsPath(xy));
		const want: [number, number][] = [];
		const half = (v: number) => Math.round(v * 2) / 2;
		for (let i = 0; i < xy.length; i += 2) want.push([half(xy[i]), half(xy[i + 1])]);
		const key = ([x, y]: [number, number]) => x * 2e4 + y * 2;
		expect(dots.map(key).sort((a, b) => a - b)).toEqual(want.map(key).sort((a, b) => a - b));
		const absolute = want.map(([x, y]) => `M${x} ${y}h0`).join('');
		expect(dotsPath(xy).length).toBeLessThan(absolute.length * 0.9);
	});
});
