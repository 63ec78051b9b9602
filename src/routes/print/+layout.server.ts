import { publicLink } from '$lib/print/qr';

export const prerender = true;

// Build time: the story's public address and its QR code as inline SVG, or null when the front matter names none.
export async function load({ parent }) {
	const { story } = await parent();
	return { link: await publicLink(story.meta.publicUrl) };
}
