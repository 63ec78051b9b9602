/**
 * The presentation key map: a keyboard event (or what a presentation clicker sends) → a deck action.
 * Pure, so it is tested without a browser; it knows nothing about the story it drives.
 *
 * Clickers send PageDown / PageUp for next / previous and "." or "b" to blank the screen; some send
 * F5 / Escape for "start / stop the show", which the browser handles itself.
 */

export type KeyAction =
	| { type: 'next' }
	| { type: 'prev' }
	| { type: 'first' }
	| { type: 'last' }
	/** Enter: jump to the typed number if there is one, otherwise next. */
	| { type: 'confirm' }
	| { type: 'digit'; digit: number }
	| { type: 'backspace' }
	| { type: 'blank' }
	| { type: 'fullscreen' }
	| { type: 'escape' }
	| { type: 'help' }
	| { type: 'numbers' }
	| { type: 'notes' }
	| { type: 'story' };

/** The parts of a KeyboardEvent the map reads; `inTextField` says focus is in a text field. */
export interface KeyLike {
	key: string;
	shiftKey?: boolean;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	inTextField?: boolean;
}

/** What each key does, for the help screen (same order as the map below). */
export const KEY_HELP: readonly { keys: string[]; does: string }[] = [
	{ keys: ['→', '↓', 'Page Down', 'Space', 'Enter', 'N'], does: 'Next' },
	{ keys: ['←', '↑', 'Page Up', 'Shift + Space', 'P'], does: 'Previous' },
	{ keys: ['Home', 'End'], does: 'First / last step' },
	{ keys: ['number', 'Enter'], does: 'Go to that step (as numbered with S)' },
	{ keys: ['B', '.'], does: 'Black screen (again to return)' },
	{ keys: ['F'], does: 'Full screen on / off' },
	{ keys: ['Esc'], does: 'Leave full screen, close this help' },
	{ keys: ['S'], does: 'Show / hide step numbers' },
	{ keys: ['O'], does: 'Open the presenter window (notes, timer)' },
	{ keys: ['R'], does: 'Back to the scrolling story at this step' },
	{ keys: ['?'], does: 'This help' }
];

export function keyAction(e: KeyLike): KeyAction | null {
	if (e.inTextField) return null;
	// Leave browser and system shortcuts (Ctrl+R, Cmd+F, Alt+←) alone.
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	const key = e.key;
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
		case 'Right':
		case 'Down':
			return { type: 'next' };
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Left':
		case 'Up':
			return { type: 'prev' };
		case ' ':
		case 'Spacebar':
			return e.shiftKey ? { type: 'prev' } : { type: 'next' };
		case 'Enter':
			return { type: 'confirm' };
		case 'Home':
			return { type: 'first' };
		case 'End':
			return { type: 'last' };
		case 'Backspace':
			return { type: 'backspace' };
		case 'Escape':
		case 'Esc':
			return { type: 'escape' };
		case '.':
			return { type: 'blank' };
		case '?':
			return { type: 'help' };
	}
	if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) };
	switch (key.toLowerCase()) {
		case 'n':
			return { type: 'next' };
		case 'p':
			return { type: 'prev' };
		case 'b':
			return { type: 'blank' };
		case 'f':
			return { type: 'fullscreen' };
		case 's':
			return { type: 'numbers' };
		case 'o':
			return { type: 'notes' };
		case 'r':
			return { type: 'story' };
		case 'h':
			return { type: 'help' };
	}
	return null;
}

const TEXT_INPUT_TYPES = new Set([
	'',
	'text',
	'search',
	'email',
	'url',
	'tel',
	'password',
	'number',
	'date',
	'time',
	'datetime-local',
	'month',
	'week'
]);

/** The parts of an element `isTextField` reads. */
export interface ElementLike {
	tagName?: string;
	type?: string;
	isContentEditable?: boolean;
}

/** True when keys typed here belong to a form field, not to the deck. */
export function isTextField(el: ElementLike | null | undefined): boolean {
	if (!el || !el.tagName) return false;
	if (el.isContentEditable) return true;
	const tag = el.tagName.toUpperCase();
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((el.type ?? '').toLowerCase());
	return false;
}
