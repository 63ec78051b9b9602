import { describe, expect, it } from 'vitest';
import { isTextField, keyAction, KEY_HELP } from './keys';

const act = (key: string, extra: Record<string, boolean> = {}) => keyAction({ key, ...extra })?.type ?? null;

describe('keyAction', () => {
	it('maps every "next" key, including what clickers send', () => {
		for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'])
			expect(act(key), key).toBe('next');
	});
	it('maps every "previous" key, including Shift+Space and PageUp', () => {
		for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) expect(act(key), key).toBe('prev');
		expect(act(' ', { shiftKey: true })).toBe('prev');
	});
	it('Enter confirms (next, or jump to the typed number)', () => {
		expect(act('Enter')).toBe('confirm');
	});
	it('Home and End go to the first and last step', () => {
		expect(act('Home')).toBe('first');
		expect(act('End')).toBe('last');
	});
	it('digits are typed numbers', () => {
		for (let d = 0; d <= 9; d++) expect(keyAction({ key: String(d) })).toEqual({ type: 'digit', digit: d });
		expect(act('Backspace')).toBe('backspace');
	});
	it('B, b and . blank the screen', () => {
		for (const key of ['b', 'B', '.']) expect(act(key), key).toBe('blank');
	});
	it('F toggles full screen; Esc escapes; ? helps; S numbers; O notes; R story', () => {
		expect(act('f')).toBe('fullscreen');
		expect(act('F', { shiftKey: true })).toBe('fullscreen');
		expect(act('Escape')).toBe('escape');
		expect(act('?', { shiftKey: true })).toBe('help');
		expect(act('s')).toBe('numbers');
		expect(act('o')).toBe('notes');
		expect(act('r')).toBe('story');
	});
	it('ignores every key while focus is in a text field', () => {
		for (const key of [
			'ArrowRight',
			'PageDown',
			' ',
			'Enter',
			'n',
			'b',
			'.',
			'5',
			'Home',
			'Escape',
			'f',
			'?'
		]) {
			expect(keyAction({ key, inTextField: true }), key).toBeNull();
		}
	});
	it('leaves browser shortcuts alone', () => {
		expect(act('r', { ctrlKey: true })).toBeNull();
		expect(act('f', { metaKey: true })).toBeNull();
		expect(act('ArrowLeft', { altKey: true })).toBeNull();
	});
	it('ignores keys it does not know', () => {
		for (const key of ['x', 'Tab', 'Shift', 'F5', 'a']) expect(act(key), key).toBeNull();
	});
	it('documents every action in the help', () => {
		expect(KEY_HELP.length).toBeGreaterThanOrEqual(10);
	});
});

describe('isTextField', () => {
	it('recognises text inputs, text areas, selects and editable content', () => {
		expect(isTextField({ tagName: 'INPUT', type: 'text' })).toBe(true);
		expect(isTextField({ tagName: 'input', type: 'number' })).toBe(true);
		expect(isTextField({ tagName: 'INPUT', type: '' })).toBe(true);
		expect(isTextField({ tagName: 'TEXTAREA' })).toBe(true);
		expect(isTextField({ tagName: 'SELECT' })).toBe(true);
		expect(isTextField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
	});
	it('does not count buttons, checkboxes or the page', () => {
		expect(isTextField({ tagName: 'BUTTON' })).toBe(false);
		expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
		expect(isTextField({ tagName: 'BODY' })).toBe(false);
		expect(isTextField(null)).toBe(false);
	});
});
