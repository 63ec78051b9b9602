import { whenIdle } from './when-idle';
import { whenScrollRests } from './when-scroll-rests';

/**
 * Runs `work` once the page is loaded and idle (at the latest `idleTimeout` ms after load), `ready` has
 * fulfilled, and the reader's scrolling is at rest. Returns its cancel. For work that lays out much of
 * the page (the switch to the web fonts, the sources list): done while the page loads it competes with
 * the first screen, and done under a moving wheel or finger it lands in a scroll frame. (`whenSettled`,
 * for work that only prepares for later, waits longer still.)
 */
export function whenReadyAtRest(
	ready: () => Promise<unknown>,
	work: () => void,
	idleTimeout = 1000
): () => void {
	let gone = false;
	let cancelRest = () => {};
	const cancelIdle = whenIdle(
		() =>
			void ready().then(() => {
				if (!gone) cancelRest = whenScrollRests(work);
			}),
		idleTimeout
	);
	return () => {
		gone = true;
		cancelIdle();
		cancelRest();
	};
}
