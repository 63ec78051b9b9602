/**
 * The faces the first screen sets its text in. The italic and the other scripts' subsets (the sources'
 * Azerbaijani and Russian titles) still load when text first needs them.
 */
export const FIRST_SCREEN_FACES = [
	'400 1em "Source Serif 4"',
	'600 1em "Source Serif 4"',
	'400 1em Inter',
	'600 1em Inter'
] as const;

/**
 * Fetches the first screen's web fonts without setting any text in them yet, and resolves once each has
 * arrived or failed: a face that cannot load leaves its text in the metric-matched fallback (app.css).
 */
export async function loadWebFonts(
	fonts: Pick<FontFaceSet, 'load'> | undefined = globalThis.document?.fonts
): Promise<void> {
	if (!fonts) return;
	await Promise.all(FIRST_SCREEN_FACES.map((face) => fonts.load(face).catch(() => [])));
}

/**
 * What a reader reads, in the page's flow: a block of text the place is kept by. Not the decorative graphic
 * (inert, hidden from screen readers), whose captions stay put on screen while the text scrolls by.
 */
const READABLE = ':is(h1, h2, h3, p, li, dt, dd):not([inert] *, [aria-hidden="true"] *)';

/**
 * Runs `apply` (a change that may reflow the text) and scrolls so that the first block of text reaching
 * the middle of the viewport stays where the reader sees it. The fallback faces share the web fonts'
 * line heights and average widths, but not every line break: switching moved step 7 of the story by 92 px
 * and step 12 by 144 px at 1280 px, under a reader who had jumped there. The page turns the browser's own scroll
 * anchoring off (app.css), since its step tracker keeps the place on resizes.
 */
export function switchKeepingPlace(
	apply: () => void,
	doc: Pick<Document, 'querySelectorAll'> = document,
	win: Pick<Window, 'innerHeight' | 'scrollBy'> = window
): void {
	const middle = win.innerHeight / 2;
	let anchor: Element | undefined;
	let before = 0;
	for (const el of doc.querySelectorAll(READABLE)) {
		const box = el.getBoundingClientRect();
		if (box.height > 1 && box.bottom >= middle) {
			anchor = el;
			before = box.top;
			break;
		}
	}
	apply();
	if (!anchor) return;
	const moved = anchor.getBoundingClientRect().top - before;
	if (Math.abs(moved) >= 0.5) win.scrollBy({ top: moved, behavior: 'instant' });
}
