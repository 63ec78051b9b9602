import { describe, expect, it } from 'vitest';
import { layerFrames, nearScenes } from './layers';

const steps = [
	{ scene: 'city', state: 'evening' },
	{ scene: 'city', state: 'dark' },
	{ scene: 'procession', state: 'walk' },
	{ scene: 'route', state: 'start' },
	{ scene: 'city', state: 'dawn' }
];

describe('layerFrames', () => {
	it('gives the active scene its live state and progress', () => {
		expect(layerFrames(steps, 1, 0.4).city).toEqual({ state: 'dark', progress: 0.4 });
	});

	it('holds a passed scene at the end of its last state, so the curtain closes over what the reader saw', () => {
		expect(layerFrames(steps, 3, 0.2).procession).toEqual({ state: 'walk', progress: 1 });
		expect(layerFrames(steps, 3, 0.2).city).toEqual({ state: 'dark', progress: 1 });
	});

	it('sets a scene still ahead at the start of its next state', () => {
		expect(layerFrames(steps, 0, 0.5).route).toEqual({ state: 'start', progress: 0 });
	});

	it('shows the first step at its start before the reader reaches it', () => {
		expect(layerFrames(steps, -1, 0).city).toEqual({ state: 'evening', progress: 0 });
	});
});

describe('nearScenes', () => {
	it('names the scenes of the steps just before, at and after the reader', () => {
		expect([...nearScenes(steps, 1)].sort()).toEqual(['city', 'procession']);
		expect([...nearScenes(steps, 3)].sort()).toEqual(['city', 'procession', 'route']);
	});

	it('reaches further ahead when asked, e.g. to fetch code early', () => {
		expect(nearScenes(steps, 0).has('route')).toBe(false);
		expect(nearScenes(steps, 0, 3).has('route')).toBe(true);
	});

	it('lists the nearest first, so the scene needed soonest is drawn first', () => {
		expect([...nearScenes(steps, 2, 4)]).toEqual(['procession', 'route', 'city']);
	});

	it('clamps before the first step and after the last', () => {
		expect([...nearScenes(steps, -1)]).toEqual(['city']);
		expect([...nearScenes(steps, 99)].sort()).toEqual(['city', 'route']);
	});
});
