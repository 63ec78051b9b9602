import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCROLL_QUIET_MS } from './when-scroll-rests';

// The page is taken as idle at once; what is tested here is the order of the three waits.
vi.mock('./when-idle', () => ({
	whenIdle: (work: () => void) => {
		work();
		return () => {};
	}
}));
const { whenReadyAtRest } = await import('./when-ready-at-rest');

describe('whenReadyAtRest', () => {
	let page: EventTarget;
	const scroll = () => page.dispatchEvent(new Event('scroll'));
	beforeEach(() => {
		vi.useFakeTimers();
		page = new EventTarget();
		vi.stubGlobal('window', page);
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('waits for what it needs, then for the scrolling to rest', async () => {
		let arrive = () => {};
		const ready = new Promise<void>((resolve) => (arrive = resolve));
		const work = vi.fn();
		whenReadyAtRest(() => ready, work);
		vi.advanceTimersByTime(SCROLL_QUIET_MS * 3);
		expect(work).not.toHaveBeenCalled();
		arrive();
		await ready;
		scroll();
		vi.advanceTimersByTime(SCROLL_QUIET_MS - 1);
		scroll();
		vi.advanceTimersByTime(SCROLL_QUIET_MS - 1);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(work).toHaveBeenCalledOnce();
	});

	it('never runs once cancelled, whether before or after what it needs has come', async () => {
		const early = vi.fn();
		const ready = Promise.resolve();
		whenReadyAtRest(() => ready, early)();
		await ready;
		vi.advanceTimersByTime(SCROLL_QUIET_MS * 2);
		expect(early).not.toHaveBeenCalled();

		const late = vi.fn();
		const cancel = whenReadyAtRest(() => ready, late);
		await ready;
		cancel();
		vi.advanceTimersByTime(SCROLL_QUIET_MS * 2);
		expect(late).not.toHaveBeenCalled();
	});
});
