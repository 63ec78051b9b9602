import { siteContent } from '$lib/server/content';

export const prerender = true;

// Parsed and validated once per build, on the server. Every page draws scenes from the sourced data and
// gets it here, with the sources list, serialized beside the data that cites it (apart, the story
// page's HTML was 2 KB larger gzipped). The classroom pages show no sources list, so get none. Each page
// loads its story itself: without the teacher notes (+page.server.ts) or with them (present/, print/);
// loaded here too, the story's text was serialized into the classroom pages twice.
export function load({ route }) {
	const { data, sources } = siteContent();
	return { data, sources: route.id?.startsWith('/present') ? [] : sources };
}
