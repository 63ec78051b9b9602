import { whenIdle } from './when-idle';
import { whenScrollRests } from './when-scroll-rests';

/** How long after `load` the page waits before work that only prepares for later. */
const SETTLE_MS = 3000;

/**
 * Runs `work` once the page has settled: past `load`, the first paint and hydration, a few quiet seconds,
 * a moment when the reader is not scrolling, then the next idle moment. For work the reader does not wait
 * for but would otherwise meet mid-scroll (the offline cache: registering it starts a download of the
 * whole site). Returns its cancel.
 */
export function whenSettled(work: () => void): () => void {
	let cancelNext = () => {};
	let timer: ReturnType<typeof setTimeout> | undefined;
	const cancelFirst = whenIdle(() => {
		timer = setTimeout(() => {
			cancelNext = whenScrollRests(() => (cancelNext = whenIdle(work, 2000)));
		}, SETTLE_MS);
	}, 1000);
	return () => {
		cancelFirst();
		clearTimeout(timer);
		cancelNext();
	};
}
