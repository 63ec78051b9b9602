import { describe, expect, it } from 'vitest';
import { loadContent } from '$lib/story/load';
import { DATA_FILES, SCENES } from './registry';
import { LIVE_SCENES, OPENING_SCENE, liveScene, loadScene } from './live-scenes';

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
