import scrollama from 'scrollama';
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
	const measure = () => {
		frame = 0;
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
	scroller.setup({ step: steps, offset, progress: true }).onStepEnter(schedule).onStepExit(schedule).onStepProgress(schedule);

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
