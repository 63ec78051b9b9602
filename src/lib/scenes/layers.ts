export interface StepLike {
	scene: string;
	state: string;
}

export interface LayerFrame {
	state: string;
	progress: number;
}

/**
 * What each stacked scene shows while the reader is at `active`: the active scene its live frame;
 * a scene already passed, the end of its last state; a scene still ahead, the start of its first.
 * Derived from the story alone. (A scene fading out keeps the frame it last showed: see SceneLayer.)
 */
export function layerFrames(
	steps: readonly StepLike[],
	active: number,
	progress: number
): Record<string, LayerFrame> {
	const at = Math.max(0, Math.min(steps.length - 1, active));
	const frames: Record<string, LayerFrame> = {};
	for (let i = steps.length - 1; i > at; i--) frames[steps[i].scene] = { state: steps[i].state, progress: 0 };
	for (let i = 0; i < at; i++) frames[steps[i].scene] = { state: steps[i].state, progress: 1 };
	frames[steps[at].scene] = { state: steps[at].state, progress: active < 0 ? 0 : progress };
	return frames;
}

/**
 * The scenes of the steps within `reach` of `active`, before and after it, nearest first: the order in
 * which the live graphic fetches and draws scenes ahead of the reader, so that the one needed soonest is
 * ready first.
 */
export function nearScenes(steps: readonly StepLike[], active: number, reach = 1): Set<string> {
	const at = Math.max(0, Math.min(steps.length - 1, active));
	const near = new Set<string>();
	for (let d = 0; d <= reach; d++)
		for (const i of [at + d, at - d]) if (i >= 0 && i < steps.length) near.add(steps[i].scene);
	return near;
}
