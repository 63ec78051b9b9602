import { describe, expect, it } from 'vitest';
import { figureCredits, figureRange, figuresByStep, selectFigures, type FigureStep } from './figures';

const step = (index: number, scene: string, state: string, keyframe: boolean): FigureStep => ({
	id: `s${index}`,
	index,
	scene,
	state,
	keyframe
});

describe('selectFigures', () => {
	it('prints one figure per key-frame step, numbered in reading order', () => {
		const steps = [
			step(0, 'city', 'evening', true),
			step(1, 'city', 'evening', false),
			step(2, 'city', 'tanks', true),
			step(3, 'route', 'start', true)
		];
		expect(selectFigures(steps)).toEqual([
			{ number: 1, stepId: 's0', stepIndex: 0, scene: 'city', state: 'evening' },
			{ number: 2, stepId: 's2', stepIndex: 2, scene: 'city', state: 'tanks' },
			{ number: 3, stepId: 's3', stepIndex: 3, scene: 'route', state: 'start' }
		]);
	});

	it('follows the reading order of the steps, not the order they are given in', () => {
		const steps = [
			step(2, 'memory', 'closing', true),
			step(0, 'city', 'evening', true),
			step(1, 'city', 'dark', false)
		];
		expect(selectFigures(steps).map((f) => [f.number, f.stepIndex])).toEqual([
			[1, 0],
			[2, 2]
		]);
	});

	it('numbers without gaps when steps are not key frames', () => {
		const steps = [
			step(0, 'a', 'x', false),
			step(1, 'a', 'y', true),
			step(2, 'a', 'z', false),
			step(3, 'b', 'x', true)
		];
		expect(selectFigures(steps).map((f) => f.number)).toEqual([1, 2]);
	});

	it('prints a scene state marked twice once, at its first marked step', () => {
		const steps = [
			step(0, 'city', 'dark', false),
			step(1, 'city', 'dark', true),
			step(2, 'city', 'dark', true)
		];
		expect(selectFigures(steps).map((f) => f.stepIndex)).toEqual([1]);
	});

	it('gives no figures for a story without key frames', () => {
		expect(selectFigures([step(0, 'a', 'x', false)])).toEqual([]);
		expect(selectFigures([])).toEqual([]);
	});

	it('places each figure with the step it illustrates', () => {
		const map = figuresByStep(
			selectFigures([step(0, 'a', 'x', true), step(1, 'a', 'x', false), step(2, 'a', 'y', true)])
		);
		expect(map.get(0)?.number).toBe(1);
		expect(map.has(1)).toBe(false);
		expect(map.get(2)?.number).toBe(2);
	});
});

describe('figureCredits', () => {
	const sources = [
		{ id: 'OSM', title: 'OpenStreetMap' },
		{ id: 'S3', title: 'Resolution', url: 'https://example.org/s3' }
	];
	const sourcesOf = (_scene: string, state: string) =>
		state === 'x' ? ['OSM'] : state === 'y' ? ['OSM', 'S3', 'S3'] : ['NOPE'];

	it('lists each source once, in order of first use, with the figures that use it', () => {
		const figures = selectFigures([
			step(0, 'a', 'x', true),
			step(1, 'a', 'y', true),
			step(2, 'a', 'z', true)
		]);
		expect(figureCredits(figures, sourcesOf, sources)).toEqual([
			{ id: 'OSM', title: 'OpenStreetMap', figures: [1, 2] },
			{ id: 'S3', title: 'Resolution', url: 'https://example.org/s3', figures: [2] },
			{ id: 'NOPE', title: 'NOPE', figures: [3] }
		]);
	});
});

describe('figureRange', () => {
	it('compacts runs of figure numbers', () => {
		expect(figureRange([1])).toBe('Figure 1');
		expect(figureRange([1, 2])).toBe('Figures 1, 2');
		expect(figureRange([3, 1, 2, 5, 7, 8, 9])).toBe('Figures 1–3, 5, 7–9');
		expect(figureRange([])).toBe('');
	});
});

describe('key frames from the content file', () => {
	it('prints the first step of each state by default, and the step the writer picks', async () => {
		const { parseStory } = await import('$lib/story/parse-story');
		const text = [
			'---',
			'title: T',
			'standfirst: S',
			'date: "2026-01-20"',
			'source: AzerNews',
			'description: D',
			'---',
			'',
			':::step{#a scene="city" state="evening"}',
			'One.',
			':::',
			'',
			':::step{#b scene="city" state="evening"}',
			'Two.',
			':::',
			'',
			':::step{#c scene="city" state="dark"}',
			'Three.',
			':::',
			'',
			':::step{#d scene="city" state="dark" keyframe="true"}',
			'Four.',
			':::',
			'',
			':::step{#e scene="city" state="dawn" keyframe="false"}',
			'Five.',
			':::',
			''
		].join('\n');
		const story = parseStory(text, 'story.md', { city: ['evening', 'dark', 'dawn'] });
		expect(selectFigures(story.steps).map((f) => [f.number, f.stepId])).toEqual([
			[1, 'a'],
			[2, 'd']
		]);
	});
});
