import { siteContent, withoutNotes } from '$lib/server/content';

// The story page: the article without the teacher notes (the classroom and print pages have them).
export function load() {
	return { story: withoutNotes(siteContent().story) };
}
