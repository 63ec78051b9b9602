import { siteContent } from '$lib/server/content';

export const prerender = true;

// The classroom shows each step's teacher notes: the story with its notes.
export function load() {
	return { story: siteContent().story };
}
