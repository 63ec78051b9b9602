import { siteContent, withoutNotes } from '$lib/server/content';

export const prerender = true;

// Parsed and validated once per build, on the server; the page receives plain data. The classroom and
// print layouts put the teacher notes back (present/+layout.server.ts, print/+layout.server.ts).
export function load() {
	const content = siteContent();
	return { ...content, story: withoutNotes(content.story) };
}
