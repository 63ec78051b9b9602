/**
 * Runs `work` once the page has loaded and the browser is idle (at the latest `timeout` ms after load),
 * and returns its cancel. Waiting for `load` keeps work for later (scenes ahead, print figures, the
 * offline cache) from competing with the first screen's own fonts and code, which `load` waits for.
 * Where there is no requestIdleCallback (Safari before 18), the work runs at load.
 */
export function whenIdle(work: (deadline?: IdleDeadline) => void, timeout: number): () => void {
	let handle: number | undefined;
	let cancelled = false;
	const idle = () => {
		if (cancelled) return;
		if (typeof requestIdleCallback === 'undefined') work();
		else handle = requestIdleCallback(work, { timeout });
	};
	if (document.readyState === 'complete') idle();
	else addEventListener('load', idle, { once: true });
	return () => {
		cancelled = true;
		removeEventListener('load', idle);
		if (handle !== undefined) cancelIdleCallback(handle);
	};
}
