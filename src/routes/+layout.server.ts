import { loadContent } from '$lib/story/load';
import { DATA_FILES, SCENES } from '$lib/scenes/registry';

export const prerender = true;

// Parsed and validated once per build, on the server; the page receives plain data.
export function load() {
	return loadContent('content', SCENES, DATA_FILES);
}
