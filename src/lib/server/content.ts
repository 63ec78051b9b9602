/**
 * The content every route is built from, read and validated on the server. Pages that have no use for
 * the teacher notes (the story, the figure pages) get the story without them: the notes are a third of
 * the data serialised into each page for hydration, bytes every reader would download for nothing.
 */
import { loadContent, type Content } from '$lib/story/load';
import { DATA_FILES, SCENES } from '$lib/scenes/registry';
import type { Story } from '$lib/story/types';

/** Read afresh on each call, so the dev server shows a writer's edit on reload; a build reads it in ms. */
export function siteContent(): Content {
	return loadContent('content', SCENES, DATA_FILES);
}

export function withoutNotes(story: Story): Story {
	return { ...story, steps: story.steps.map((s) => ({ ...s, notes: null })) };
}
