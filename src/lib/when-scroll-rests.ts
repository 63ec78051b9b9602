/** How long the page must not have scrolled before work that waits for it to rest. */
export const SCROLL_QUIET_MS = 400;

/**
 * Runs `work` once the page has not scrolled for `quietMs`, and returns its cancel. For a change that
 * reflows the whole page (the switch to the web fonts): made while the reader's wheel or finger is moving
 * the page, its relayout lands in a scroll frame (at CPU 4x, 50–130 ms of layout in the first second of
 * a scroll), and keeping the reader's place scrolls the page under their own scrolling.
 */
export function whenScrollRests(
	work: () => void,
	quietMs = SCROLL_QUIET_MS,
	target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = window
): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const restart = () => {
		clearTimeout(timer);
		timer = setTimeout(done, quietMs);
	};
	const stop = () => {
		clearTimeout(timer);
		target.removeEventListener('scroll', restart);
	};
	const done = () => {
		stop();
		work();
	};
	target.addEventListener('scroll', restart, { passive: true });
	restart();
	return stop;
}
