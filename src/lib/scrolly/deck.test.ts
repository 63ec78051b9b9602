import { describe, expect, it } from 'vitest';
import {
	clampPosition,
	direction,
	goTo,
	initialDeck,
	last,
	next,
	prev,
	reduce,
	splitScreens,
	type DeckState
} from './deck';
import type { KeyAction } from './keys';

// Four steps; step 1 has two screens, step 2 three.
const screens = [1, 2, 3, 1];
const at = (step: number, screen = 0) => ({ step, screen });

describe('step navigation', () => {
	it('next walks through every screen of every step, then stays on the last', () => {
		const seen = [];
		let pos = at(0);
		for (let i = 0; i < 9; i++) {
			seen.push(`${pos.step}.${pos.screen}`);
			pos = next(screens, pos);
		}
		expect(seen).toEqual(['0.0', '1.0', '1.1', '2.0', '2.1', '2.2', '3.0', '3.0', '3.0']);
	});
	it("prev walks back to the previous step's last screen, then stays on the first", () => {
		const seen = [];
		let pos = at(3);
		for (let i = 0; i < 8; i++) {
			seen.push(`${pos.step}.${pos.screen}`);
			pos = prev(screens, pos);
		}
		expect(seen).toEqual(['3.0', '2.2', '2.1', '2.0', '1.1', '1.0', '0.0', '0.0']);
	});
	it('clamps positions out of range', () => {
		expect(clampPosition(screens, at(-3, 4))).toEqual(at(0, 0));
		expect(clampPosition(screens, at(99, 9))).toEqual(at(3, 0));
		expect(clampPosition(screens, at(2, 9))).toEqual(at(2, 2));
		expect(clampPosition(screens, at(NaN, NaN))).toEqual(at(0, 0));
		expect(clampPosition([], at(5, 5))).toEqual(at(0, 0));
		expect(goTo(screens, 42)).toEqual(at(3, 0));
		expect(goTo(screens, -1)).toEqual(at(0, 0));
	});
	it('last is the first screen of the last step', () => {
		expect(last(screens)).toEqual(at(3, 0));
	});
	it('direction says which way a move went', () => {
		expect(direction(at(1), at(2))).toBe(1);
		expect(direction(at(2), at(1, 1))).toBe(-1);
		expect(direction(at(1, 0), at(1, 1))).toBe(1);
		expect(direction(at(1, 1), at(1, 1))).toBe(0);
	});
});

describe('reduce (key actions)', () => {
	const run = (actions: KeyAction[], from: DeckState = initialDeck(screens)) =>
		actions.reduce((s, a) => reduce(screens, s, a), from);
	const digit = (d: number): KeyAction => ({ type: 'digit', digit: d });

	it('starts where asked, clamped', () => {
		expect(initialDeck(screens, { step: 2, screen: 1 })).toMatchObject({
			step: 2,
			screen: 1,
			entry: '',
			blank: false
		});
		expect(initialDeck(screens, { step: 9 })).toMatchObject({ step: 3, screen: 0 });
	});
	it('next, prev, first, last', () => {
		expect(run([{ type: 'next' }, { type: 'next' }])).toMatchObject(at(1, 1));
		expect(run([{ type: 'last' }, { type: 'prev' }])).toMatchObject(at(2, 2));
		expect(run([{ type: 'last' }, { type: 'first' }])).toMatchObject(at(0, 0));
	});
	it('Enter without a number is next', () => {
		expect(run([{ type: 'confirm' }])).toMatchObject(at(1, 0));
	});
	it('a number then Enter jumps to that step (1-based, as shown) and clears the entry', () => {
		const typed = run([digit(3)]);
		expect(typed.entry).toBe('3');
		expect(typed.step).toBe(0);
		expect(run([digit(3), { type: 'confirm' }])).toMatchObject({ step: 2, screen: 0, entry: '' });
		expect(run([digit(1), { type: 'confirm' }])).toMatchObject({ step: 0, screen: 0 });
	});
	it('numbers with several digits, out of range numbers, zero and backspace', () => {
		const many = [1, 2, 3, 4];
		expect(run([digit(1), digit(2)]).entry).toBe('12');
		expect(run([digit(1), digit(2), { type: 'confirm' }])).toMatchObject(at(3, 0));
		expect(run([digit(0), { type: 'confirm' }])).toMatchObject(at(0, 0));
		expect(run([digit(0), digit(2)]).entry).toBe('2');
		expect(run([digit(2), digit(3), { type: 'backspace' }]).entry).toBe('2');
		// A fourth digit starts a new number rather than growing without end.
		expect(run(many.map(digit)).entry).toBe('4');
	});
	it('Escape clears a half-typed number; moving clears it too', () => {
		expect(run([digit(2), { type: 'escape' }]).entry).toBe('');
		expect(run([digit(2), { type: 'next' }])).toMatchObject({ step: 1, entry: '' });
	});
	it('blank toggles and survives moves', () => {
		const blanked = run([{ type: 'blank' }]);
		expect(blanked.blank).toBe(true);
		expect(run([{ type: 'blank' }, { type: 'next' }])).toMatchObject({ step: 1, blank: true });
		expect(run([{ type: 'blank' }, { type: 'blank' }]).blank).toBe(false);
	});
	it('leaves the state alone for actions that are not navigation', () => {
		const s = initialDeck(screens, { step: 1 });
		for (const type of ['help', 'fullscreen', 'numbers', 'notes', 'story'] as const)
			expect(reduce(screens, s, { type })).toBe(s);
	});
});

describe('splitScreens', () => {
	const sentence = (n: number, len = 60) => `Sentence ${n} ${'x'.repeat(len - 12)}.`;

	it('keeps a short step on one screen', () => {
		expect(splitScreens(['Yet even in that darkness, something unbreakable was born.'], 300)).toEqual([
			['Yet even in that darkness, something unbreakable was born.']
		]);
	});
	it('keeps paragraphs together while they fit, and starts a new screen when they do not', () => {
		const a = 'a'.repeat(120);
		const b = 'b'.repeat(120);
		const c = 'c'.repeat(120);
		expect(splitScreens([a, b, c], 300)).toEqual([[a, b], [c]]);
	});
	it('cuts a long paragraph between sentences into parts of similar length, losing nothing', () => {
		const text = Array.from({ length: 8 }, (_, i) => sentence(i)).join(' ');
		const out = splitScreens([text], 300);
		expect(out.length).toBe(2);
		expect(out.flat().join(' ')).toBe(text);
		for (const screen of out) expect(screen.join(' ').length).toBeLessThanOrEqual(300);
		const [x, y] = out.map((s) => s.join(' ').length);
		expect(Math.abs(x - y)).toBeLessThanOrEqual(61);
	});
	it('never cuts inside a sentence, even one longer than the budget', () => {
		const long = 'word '.repeat(100).trim() + '.';
		expect(splitScreens([long], 100)).toEqual([[long]]);
		const out = splitScreens([`${long} Short one.`], 100);
		expect(out).toEqual([[long], ['Short one.']]);
	});
	it('keeps quotes and brackets with their sentence; handles ! ? and …', () => {
		const text = `He said “Stop!” Then silence… Why? Because ${'y'.repeat(80)}.`;
		const out = splitScreens([text], 60);
		expect(out.flat().join(' ')).toBe(text);
		expect(out[0][0]).toBe('He said “Stop!” Then silence… Why?');
	});
	it('gives an empty step one empty screen', () => {
		expect(splitScreens([], 300)).toEqual([[]]);
		expect(splitScreens(['  '], 300)).toEqual([[]]);
	});
	it('splits the real long steps of the story in two at a projector budget', () => {
		const step =
			'No international tribunal convened for the victims of 20 January. No perpetrators stood before a court of justice. The silence of the global community added another layer of injustice to an already open wound. But memory itself became a form of resistance. Every year, Azerbaijan remembers. Every year, flowers line the graves at the Alley of Martyrs. Every year, the city pauses—not out of weakness, but out of respect.';
		const out = splitScreens([step], 340);
		expect(out.length).toBe(2);
		expect(out.flat().join(' ')).toBe(step);
	});
});
