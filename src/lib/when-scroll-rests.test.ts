import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenScrollRests } from './when-scroll-rests';

describe('whenScrollRests', () => {
	let page: EventTarget;
	const scroll = () => page.dispatchEvent(new Event('scroll'));
	beforeEach(() => {
		vi.useFakeTimers();
		page = new EventTarget();
	});
	afterEach(() => vi.useRealTimers());

	it('runs once the page has been still for the quiet time', () => {
		const work = vi.fn();
		whenScrollRests(work, 400, page);
		vi.advanceTimersByTime(399);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(work).toHaveBeenCalledOnce();
	});

	it('waits while the reader keeps scrolling, then runs once', () => {
		const work = vi.fn();
		whenScrollRests(work, 400, page);
		for (let i = 0; i < 20; i++) {
			vi.advanceTimersByTime(100);
			scroll();
		}
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(400);
		expect(work).toHaveBeenCalledOnce();
		scroll();
		vi.advanceTimersByTime(1000);
		expect(work).toHaveBeenCalledOnce();
	});

	it('never runs once cancelled', () => {
		const work = vi.fn();
		const cancel = whenScrollRests(work, 400, page);
		vi.advanceTimersByTime(200);
		cancel();
		scroll();
		vi.advanceTimersByTime(2000);
		expect(work).not.toHaveBeenCalled();
	});
});
