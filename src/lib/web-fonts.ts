/**
 * The faces the first screen sets its text in. The italic still loads when text first needs it.
 */
export const FIRST_SCREEN_FACES = [
	'400 1em "Source Serif 4"',
	'600 1em "Source Serif 4"',
	'400 1em Inter',
	'600 1em Inter'
] as const;

/**
 * Marks text further down the page, set in regular Inter, whose characters need more of Inter's subsets
 * than the first screen's (the sources' Azerbaijani and Russian titles). Those subsets are fetched with
 * the first screen's faces, before the text switches to them: fetched when the text was first laid out,
 * each arrival relaid out every line set in Inter (at CPU 4x, 60-130 ms, three tasks, as a scrolling
 * reader neared the sources).
 */
export const LATER_TEXT = '[data-later-text]';

/**
 * Fetches the first screen's web fonts, and the subsets `laterText` needs, without setting any text in
 * them yet, and resolves once each has arrived or failed: a face that cannot load leaves its text in the
 * metric-matched fallback (app.css).
 */
export async function loadWebFonts(
	fonts: Pick<FontFaceSet, 'load'> | undefined = globalThis.document?.fonts,
	laterText = ''
): Promise<void> {
	if (!fonts) return;
	const faces: [string, string?][] = FIRST_SCREEN_FACES.map((face) => [face]);
	if (laterText.trim()) faces.push(['400 1em Inter', laterText]);
	await Promise.all(faces.map(([face, text]) => fonts.load(face, text).catch(() => [])));
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
