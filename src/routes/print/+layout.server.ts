import { publicLink } from '$lib/print/qr';
import { siteContent } from '$lib/server/content';

export const prerender = true;
// A document to read and print, not an app: the hosted print pages ship no JavaScript, so they
// render at once on a phone and print the same with or without it. Their Print button is wired by
// static/print-button.js. (The classroom export's print page is part of its app and keeps its own.)
export const csr = false;

// Build time: the story with its teacher notes (the handout prints the discussion questions), and its
// public address with a QR code as inline SVG, or null when the front matter names none.
export async function load() {
	const { story } = siteContent();
	return { story, link: await publicLink(story.meta.publicUrl) };
}
