import { publicLink } from '$lib/print/qr';
import { siteContent } from '$lib/server/content';

export const prerender = true;

// Build time: the story with its teacher notes (the handout prints the discussion questions), and its
// public address with a QR code as inline SVG, or null when the front matter names none.
export async function load() {
	const { story } = siteContent();
	return { story, link: await publicLink(story.meta.publicUrl) };
}
