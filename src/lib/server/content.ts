/**
 * The content every route is built from, read and validated on the server. Pages that have no use for
 * the teacher notes (the story, the figure pages) get the story without them: the notes are a third of
 * the data serialised into each page for hydration, bytes every reader would download for nothing.
 */
import { building } from '$app/environment';
import { loadContent, type Content } from '$lib/story/load';
import { DATA_FILES, SCENES } from '$lib/scenes/registry';
import type { Story } from '$lib/story/types';

let built: Content | undefined;

/**
 * Read once per build: every prerendered page runs the root layout, and the classroom, print and figure
 * routes ask again for their own parts: 29 reads of the same files in a build otherwise. The dev server reads afresh
 * on each call, so a writer's edit shows on reload. Callers copy what they change; never mutate it.
 */
export function siteContent(): Content {
	if (!building) return loadContent('content', SCENES, DATA_FILES);
	return (built ??= loadContent('content', SCENES, DATA_FILES));
}

export function withoutNotes(story: Story): Story {
	return { ...story, steps: story.steps.map((s) => ({ ...s, notes: null })) };
}
