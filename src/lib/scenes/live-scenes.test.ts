import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/story/load';
import { DATA_FILES, SCENES } from './registry';
import { LIVE_SCENES, OPENING_SCENE, liveScene, loadScene } from './live-scenes';
import { nearScenes } from './layers';

describe('live scenes', () => {
	it('can load every scene the content may name, and no other', () => {
		expect([...LIVE_SCENES].sort()).toEqual(Object.keys(SCENES).sort());
	});

	it('bundles the scene the story opens on, so first paint never waits for a fetch', () => {
		const { story } = loadContent('content', SCENES, DATA_FILES);
		expect(story.steps[0].scene).toBe(OPENING_SCENE);
		expect(liveScene(OPENING_SCENE)?.component).toBeTypeOf('function');
	});

	it('fetches a later scene with its text alternative, and says which name is unknown', async () => {
		const { story, data } = loadContent('content', SCENES, DATA_FILES);
		const step = story.steps.find((s) => s.scene !== OPENING_SCENE)!;
		const scene = await loadScene(step.scene);
		expect(scene.alt(step.state, data).length).toBeGreaterThan(20);
		expect(liveScene(step.scene)).toBe(scene);
		await expect(loadScene('nowhere')).rejects.toThrow(/no live scene is registered as "nowhere"/);
	});
});

describe('nearScenes', () => {
	const steps = [
		{ scene: 'city', state: 'a' },
		{ scene: 'city', state: 'b' },
		{ scene: 'procession', state: 'c' },
		{ scene: 'route', state: 'd' },
		{ scene: 'memory', state: 'e' }
	];
	it('keeps the scenes of the neighbouring steps drawn, and no others', () => {
		expect([...nearScenes(steps, 0)]).toEqual(['city']);
		expect([...nearScenes(steps, 2)].sort()).toEqual(['city', 'procession', 'route']);
	});
	it('keeps the scene the reader jumped away from while it fades', () => {
		expect([...nearScenes(steps, 4, 'city')].sort()).toEqual(['city', 'memory', 'route']);
	});
});
