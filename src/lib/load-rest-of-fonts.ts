import { whenSettled } from './when-settled';

const BEYOND_LATIN_1 = /[^\u0000-\u00ff\u2000-\u206f]/;

/**
 * Fetches, once the page has settled, the other subsets (Latin Extended, Cyrillic) of the faces the page
 * already uses, for the characters its text contains. The browser fetches a subset only when text that
 * needs it is laid out: here the sources list at the foot of the story (Azerbaijani and Russian titles),
 * which is laid out only as the reader nears it. The font's arrival then relaid out the whole document
 * in the middle of the scroll: a task of 100–200 ms at CPU 4x at step 14. Fetched while the reader is
 * still at the top, that relayout is small and out of the way.
 */
export function loadRestOfFontsWhenSettled(): void {
	if (!('fonts' in document)) return;
	const load = () => {
		// Only text beyond Basic Latin and Latin-1 can need another subset; each such run asks for the
		// face its own element is set in, so no subset the page never shows is fetched.
		const wanted = new Map<string, string>();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.nodeValue ?? '';
			const parent = node.parentElement;
			// Not <noscript> or <script> text, nor anything hidden; text skipped by content-visibility: auto counts.
			if (!BEYOND_LATIN_1.test(text) || !parent?.checkVisibility()) continue;
			const style = getComputedStyle(parent);
			const family = style.fontFamily.split(',')[0].trim();
			const font = `${style.fontStyle} ${style.fontWeight} 1em ${family}`;
			wanted.set(font, (wanted.get(font) ?? '') + text);
		}
		for (const [font, text] of wanted) document.fonts.load(font, text).catch(() => {});
	};
	whenSettled(load);
}
