/**
 * Where the reader is, derived from layout alone. Nothing here remembers earlier events, so a fast
 * scroll, an anchor jump, a reload, a resize or a zoom all give the same answer for the same layout.
 */
export interface StepBox {
	/** Top edge relative to the viewport, in px (getBoundingClientRect().top). */
	top: number;
	height: number;
}

export interface StepPosition {
	/** Active step: the last one whose top has crossed the trigger line; -1 before the first. */
	index: number;
	/** 0 → 1 from this step's top reaching the trigger line to the next step's top reaching it. */
	progress: number;
}

export function locateStep(boxes: readonly StepBox[], triggerY: number): StepPosition {
	let index = -1;
	for (let i = 0; i < boxes.length; i++) {
		if (boxes[i].top <= triggerY) index = i;
		else break;
	}
	if (index < 0) return { index: -1, progress: 0 };
	const box = boxes[index];
	const next = boxes[index + 1];
	// Measuring to the next step's top (not this one's bottom) keeps progress continuous across gaps.
	const span = next ? next.top - box.top : box.height;
	const progress = span > 0 ? (triggerY - box.top) / span : 1;
	return { index, progress: Math.min(1, Math.max(0, progress)) };
}

/** Reading progress through the whole page, 0 → 1. */
export function pageProgress(scrollY: number, scrollHeight: number, viewportHeight: number): number {
	const room = scrollHeight - viewportHeight;
	return room > 0 ? Math.min(1, Math.max(0, scrollY / room)) : 1;
}
