import QRCode from 'qrcode';

export interface PublicLink {
	url: string;
	/** Inline SVG markup of the QR code for url; generated at build time. */
	svg: string;
}

/** Only web addresses become a printed link and QR code; anything else is left out. */
export function printableUrl(url: string | undefined | null): string | null {
	const u = url?.trim();
	if (!u) return null;
	try {
		const parsed = new URL(u);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
	} catch {
		return null;
	}
}

/**
 * The story's public address and its QR code as inline SVG, or null when the front matter names no
 * (usable) publicUrl: then the print version prints neither.
 */
export async function publicLink(url: string | undefined | null): Promise<PublicLink | null> {
	const href = printableUrl(url);
	if (!href) return null;
	const raw = await QRCode.toString(href, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 0,
		color: { dark: '#000000', light: '#ffffff' }
	});
	// A labelled image; qrcode's fixed-size SVG is scaled by CSS.
	const svg = raw
		.replace(/<\?xml[^>]*>\s*/, '')
		.replace('<svg ', `<svg role="img" aria-label="QR code for ${escapeAttr(href)}" class="qr-code" `)
		.trim();
	return { url: href, svg };
}

function escapeAttr(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
