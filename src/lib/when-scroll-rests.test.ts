import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stillness, whenScrollRests } from './when-scroll-rests';

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

	it('counts the quiet that had already passed: a page still for long enough gets the work at once', () => {
		const work = vi.fn();
		whenScrollRests(work, 400, page, () => 1000);
		vi.advanceTimersByTime(0);
		expect(work).toHaveBeenCalledOnce();
	});

	it('waits only for the rest of the quiet time, and again in full after a scroll', () => {
		const work = vi.fn();
		whenScrollRests(work, 400, page, () => 300);
		vi.advanceTimersByTime(99);
		expect(work).not.toHaveBeenCalled();
		scroll();
		vi.advanceTimersByTime(399);
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(work).toHaveBeenCalledOnce();
	});
});

describe('stillness', () => {
	it('counts from the last scroll, or from when it started listening', () => {
		const page = new EventTarget();
		let t = 1000;
		const stillFor = stillness(page, () => t);
		t = 1250;
		expect(stillFor()).toBe(250);
		page.dispatchEvent(new Event('scroll'));
		t = 1300;
		expect(stillFor()).toBe(50);
	});
});
