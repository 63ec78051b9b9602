/**
 * Runs `work` once the browser is idle (at the latest after `timeout` ms) and returns its cancel. Where
 * there is no requestIdleCallback (Safari before 18), the work runs at once.
 */
export function whenIdle(work: () => void, timeout: number): () => void {
	if (typeof requestIdleCallback === 'undefined') {
		work();
		return () => {};
	}
	const handle = requestIdleCallback(work, { timeout });
	return () => cancelIdleCallback(handle);
}
