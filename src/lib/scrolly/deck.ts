/**
 * Step navigation for presenting a scroll story one step at a time. Pure data in, data out: it knows
 * how many steps there are and how many screens each step needs, nothing about what they say.
 */
import type { KeyAction } from './keys';

export interface DeckPosition {
	/** 0-based step index (the same number as the scroll story's `#step-N` and `data-step`). */
	step: number;
	/** 0-based screen within the step (long steps are split across screens rather than shrunk). */
	screen: number;
}

export interface DeckState extends DeckPosition {
	/** Digits typed so far for "number, then Enter" (the numbers shown to people: 1-based). */
	entry: string;
	blank: boolean;
}

/** The most digits a typed step number can have; more restarts the entry. */
const MAX_DIGITS = 3;

export function clampPosition(screens: readonly number[], pos: DeckPosition): DeckPosition {
	if (screens.length === 0) return { step: 0, screen: 0 };
	const step = Math.max(0, Math.min(screens.length - 1, Math.trunc(pos.step) || 0));
	const last = Math.max(1, screens[step]) - 1;
	const screen = Math.max(0, Math.min(last, Math.trunc(pos.screen) || 0));
	return { step, screen };
}

export function next(screens: readonly number[], pos: DeckPosition): DeckPosition {
	const at = clampPosition(screens, pos);
	if (at.screen < Math.max(1, screens[at.step]) - 1) return { step: at.step, screen: at.screen + 1 };
	if (at.step < screens.length - 1) return { step: at.step + 1, screen: 0 };
	return at;
}

/** Back one screen; from a step's first screen, to the last screen of the step before (as a reader would). */
export function prev(screens: readonly number[], pos: DeckPosition): DeckPosition {
	const at = clampPosition(screens, pos);
	if (at.screen > 0) return { step: at.step, screen: at.screen - 1 };
	if (at.step > 0) return { step: at.step - 1, screen: Math.max(1, screens[at.step - 1]) - 1 };
	return at;
}

export function first(): DeckPosition {
	return { step: 0, screen: 0 };
}

export function last(screens: readonly number[]): DeckPosition {
	return { step: Math.max(0, screens.length - 1), screen: 0 };
}

export function goTo(screens: readonly number[], step: number): DeckPosition {
	return clampPosition(screens, { step, screen: 0 });
}

export function initialDeck(screens: readonly number[], pos: Partial<DeckPosition> = {}): DeckState {
	return {
		...clampPosition(screens, { step: pos.step ?? 0, screen: pos.screen ?? 0 }),
		entry: '',
		blank: false
	};
}

/**
 * Applies a navigation action. Keys that are not about position (help, full screen, …) return the
 * state unchanged; the page handles those. Typed digits are 1-based step numbers, as shown to people.
 * Moving while the screen is blanked keeps it blank (a clicker's next does not surprise the room).
 */
export function reduce(screens: readonly number[], state: DeckState, action: KeyAction): DeckState {
	const move = (pos: DeckPosition): DeckState => ({ ...state, ...pos, entry: '' });
	switch (action.type) {
		case 'next':
			return move(next(screens, state));
		case 'prev':
			return move(prev(screens, state));
		case 'first':
			return move(first());
		case 'last':
			return move(last(screens));
		case 'confirm':
			if (state.entry) return move(goTo(screens, Number(state.entry) - 1));
			return move(next(screens, state));
		case 'digit': {
			const entry = state.entry.length >= MAX_DIGITS ? '' : state.entry;
			return { ...state, entry: entry === '0' ? String(action.digit) : entry + action.digit };
		}
		case 'backspace':
			return { ...state, entry: state.entry.slice(0, -1) };
		case 'escape':
			return state.entry ? { ...state, entry: '' } : state;
		case 'blank':
			return { ...state, blank: !state.blank, entry: '' };
		default:
			return state;
	}
}

/** Which way a move went, for choosing a transition. */
export function direction(from: DeckPosition, to: DeckPosition): -1 | 0 | 1 {
	if (to.step !== from.step) return to.step > from.step ? 1 : -1;
	if (to.screen !== from.screen) return to.screen > from.screen ? 1 : -1;
	return 0;
}

/**
 * Splits a step's paragraphs into screens of at most about `budget` characters, so long steps are
 * shown across screens in large type instead of shrinking. Paragraphs are kept whole when they fit;
 * a paragraph longer than the budget is cut between sentences, into parts of roughly equal length.
 * A single sentence longer than the budget gets a screen of its own (never cut mid-sentence).
 */
export function splitScreens(paragraphs: readonly string[], budget: number): string[][] {
	const parts: string[] = [];
	for (const p of paragraphs) {
		const text = p.trim();
		if (!text) continue;
		if (text.length <= budget) parts.push(text);
		else parts.push(...splitParagraph(text, budget));
	}
	const screens: string[][] = [];
	let current: string[] = [];
	let size = 0;
	for (const part of parts) {
		if (current.length && size + part.length > budget) {
			screens.push(current);
			current = [];
			size = 0;
		}
		current.push(part);
		size += part.length;
	}
	if (current.length) screens.push(current);
	return screens.length ? screens : [[]];
}

/** Sentence ends: . ! ? … (optionally closed by a quote or bracket) followed by space. */
const SENTENCE = /[^.!?…]+(?:[.!?…]+["'”’)\]]*|$)\s*/g;

function splitParagraph(text: string, budget: number): string[] {
	const sentences = (text.match(SENTENCE) ?? [text]).map((s) => s.trim()).filter(Boolean);
	if (sentences.length < 2) return [text];
	const total = sentences.reduce((n, s) => n + s.length + 1, -1);
	const count = Math.ceil(total / budget);
	const target = total / count;
	const out: string[] = [];
	let chunk = '';
	for (let i = 0; i < sentences.length; i++) {
		const s = sentences[i];
		const joined = chunk ? `${chunk} ${s}` : s;
		// Close the chunk when adding this sentence overshoots the even share more than leaving it out.
		if (
			chunk &&
			(joined.length > budget || (joined.length - target > target - chunk.length && out.length < count - 1))
		) {
			out.push(chunk);
			chunk = s;
		} else chunk = joined;
	}
	if (chunk) out.push(chunk);
	return out;
}
