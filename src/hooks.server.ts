import type { Handle } from '@sveltejs/kit';

/**
 * The four faces the first screen is set in (Latin, regular and semibold, serif and sans) are
 * preloaded with the page, so they usually arrive before the first paint. When a fallback face is
 * painted first and the web font swaps in, the title block grows and everything under it moves.
 */
const FIRST_SCREEN_FONT = /(source-serif-4|inter)-latin-(400|600)-normal\.[^/]*\.woff2$/;

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type, path }) =>
			type === 'js' || type === 'css' || (type === 'font' && FIRST_SCREEN_FONT.test(path))
	});
