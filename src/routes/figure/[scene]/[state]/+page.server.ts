import { error } from '@sveltejs/kit';
import { siteContent } from '$lib/server/content';

export const prerender = true;
// A picture, not an app: no JavaScript at all, so it is what a reader without JavaScript sees.
export const csr = false;

/** One page per scene state the story shows. */
export function entries() {
	const { story } = siteContent();
	const seen = new Map(story.steps.map((s) => [`${s.scene}/${s.state}`, { scene: s.scene, state: s.state }]));
	return [...seen.values()];
}

export function load({ params }) {
	const { story } = siteContent();
	if (!story.steps.some((s) => s.scene === params.scene && s.state === params.state))
		error(404, `The story shows no state "${params.state}" of a scene "${params.scene}".`);
	return { scene: params.scene, state: params.state };
}
