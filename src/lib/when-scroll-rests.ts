/** How long the page must not have scrolled before work that waits for it to rest. */
export const SCROLL_QUIET_MS = 400;

/**
 * Returns how long, in ms, `target` has gone without scrolling, counted from now on: before the call it
 * counts as having just scrolled, since nothing was listening.
 */
export function stillness(
	target: Pick<EventTarget, 'addEventListener'>,
	now: () => number = () => performance.now()
): () => number {
	let moved = now();
	target.addEventListener('scroll', () => (moved = now()), { passive: true });
	return () => now() - moved;
}

// The page's own, started when the page's code first runs (the root layout imports this): work that
// waits for the page to rest can then count the quiet that has already passed. Counting it from the
// moment the work was ready instead held the switch to the web fonts 400 ms after they had come, for
// a reader who had not scrolled at all; the scenes drawn ahead, which wait for that switch, then were
// still being drawn a second after navigation (about 280 ms of drawing at CPU 4x), under the first
// wheel of a reader who starts at once.
const pageStillness = typeof window === 'undefined' ? () => 0 : stillness(window);

/**
 * Runs `work` once the page has not scrolled for `quietMs`, and returns its cancel. For a change that
 * reflows the whole page (the switch to the web fonts): made while the reader's wheel or finger is moving
 * the page, its relayout lands in a scroll frame (at CPU 4x, 50–130 ms of layout in the first second of
 * a scroll), and keeping the reader's place scrolls the page under their own scrolling.
 */
export function whenScrollRests(
	work: () => void,
	quietMs = SCROLL_QUIET_MS,
	target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = window,
	stillFor: () => number = target === globalThis.window ? pageStillness : () => 0
): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const wait = (ms: number) => {
		clearTimeout(timer);
		timer = setTimeout(done, ms);
	};
	const restart = () => wait(quietMs);
	const stop = () => {
		clearTimeout(timer);
		target.removeEventListener('scroll', restart);
	};
	const done = () => {
		stop();
		work();
	};
	target.addEventListener('scroll', restart, { passive: true });
	wait(Math.max(0, quietMs - stillFor()));
	return stop;
}
