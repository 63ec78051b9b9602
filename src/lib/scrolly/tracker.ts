import scrollama, { type DecimalType } from 'scrollama';
import { locateStep, type StepPosition } from './position';

export interface TrackerOptions {
	/** Trigger line as a fraction of the viewport height. */
	offset: number;
	onUpdate(position: StepPosition): void;
}

/**
 * Scrollama tells us *when* something may have changed; we never trust what it says changed. Every
 * signal (scrollama, scroll, resize, zoom, hash jump, bfcache restore, layout change) schedules one
 * measurement per frame, and the position is read off the steps' boxes.
 */
export function trackSteps(steps: HTMLElement[], { offset, onUpdate }: TrackerOptions): () => void {
	let frame = 0;
	let last: StepPosition | null = null;
	let width = window.innerWidth;

	// A width change (window resize, phone rotation, browser zoom) reflows the text. The first measurement
	// after one puts the reader back on the step and progress they were at before it. Height-only changes
	// (mobile browser bars) are left alone, or we would fight the reader's own scrolling.
	const keepPlace = (keep: StepPosition) => {
		const el = steps[keep.index];
		const next = steps[keep.index + 1];
		const top = el.getBoundingClientRect().top + window.scrollY;
		const span = next ? next.getBoundingClientRect().top + window.scrollY - top : el.offsetHeight;
		window.scrollTo({ top: top + span * keep.progress - window.innerHeight * offset, behavior: 'instant' });
	};

	const measure = () => {
		frame = 0;
		if (window.innerWidth !== width) {
			width = window.innerWidth;
			if (last && last.index >= 0) keepPlace(last);
		}
		const triggerY = window.innerHeight * offset;
		const pos = locateStep(
			steps.map((el) => {
				const r = el.getBoundingClientRect();
				return { top: r.top, height: r.height };
			}),
			triggerY
		);
		if (!last || last.index !== pos.index || last.progress !== pos.progress) {
			last = pos;
			onUpdate(pos);
		}
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(measure);
	};

	const scroller = scrollama();
	// scrollama's types allow only tenths; the value is a plain fraction either way. Its progress mode is
	// off: progress is measured here on every scroll frame, and that mode adds an intersection observer
	// per step with a threshold every 4 px, each crossing a callback (about 50 ms of a scroll at CPU 4x).
	scroller
		.setup({ step: steps, offset: offset as DecimalType })
		.onStepEnter(schedule)
		.onStepExit(schedule);

	const onResize = () => {
		scroller.resize();
		schedule();
	};
	const events: [EventTarget, string, () => void][] = [
		[window, 'scroll', schedule],
		[window, 'resize', onResize],
		[window, 'hashchange', schedule],
		[window, 'pageshow', schedule],
		[window, 'load', schedule]
	];
	if (window.visualViewport) events.push([window.visualViewport, 'resize', onResize]);
	for (const [target, type, fn] of events) target.addEventListener(type, fn, { passive: true });
	// Fonts arriving or images loading move steps without any scroll or resize event.
	const observer = new ResizeObserver(schedule);
	observer.observe(document.body);
	measure();

	return () => {
		if (frame) cancelAnimationFrame(frame);
		for (const [target, type, fn] of events) target.removeEventListener(type, fn);
		observer.disconnect();
		scroller.destroy();
	};
}
