import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_FACES, loadWebFonts, switchKeepingPlace } from './web-fonts';

describe('loadWebFonts', () => {
	it('asks for every first-screen face and waits for all of them', async () => {
		const asked: string[] = [];
		let release = () => {};
		const held = new Promise<void>((r) => (release = r));
		let done = false;
		const loading = loadWebFonts({
			load: async (face: string) => {
				asked.push(face);
				if (face.includes('Inter') && face.startsWith('600')) await held;
				return [];
			}
		}).then(() => (done = true));
		await Promise.resolve();
		expect(asked).toEqual([...FIRST_SCREEN_FACES]);
		await new Promise((r) => setTimeout(r, 0));
		expect(done).toBe(false);
		release();
		await loading;
		expect(done).toBe(true);
	});

	it('resolves when a face fails to load, so the page still switches to the faces that came', async () => {
		await expect(
			loadWebFonts({
				load: (face: string) =>
					face.includes('Inter') ? Promise.reject(new Error('blocked')) : Promise.resolve([])
			})
		).resolves.toBeUndefined();
	});

	it('also asks for the subsets that text further down the page needs, in regular Inter', async () => {
		const asked: [string, string | undefined][] = [];
		await loadWebFonts(
			{
				load: async (face: string, text?: string) => {
					asked.push([face, text]);
					return [];
				}
			},
			'Azərbaycan Республика'
		);
		expect(asked).toContainEqual(['400 1em Inter', 'Azərbaycan Республика']);
		expect(asked).toHaveLength(FIRST_SCREEN_FACES.length + 1);
	});

	it('does nothing where there is no font loading API', async () => {
		await expect(loadWebFonts(undefined)).resolves.toBeUndefined();
	});
});

describe('switchKeepingPlace', () => {
	const block = (top: number, height: number, shiftBy: () => number) => ({
		getBoundingClientRect: () => {
			const t = top + shiftBy();
			return { top: t, bottom: t + height, height } as DOMRect;
		}
	});

	it('scrolls by what the block at the middle of the viewport moved', () => {
		let applied = false;
		const moved = () => (applied ? 24 : 0);
		const blocks = [block(-400, 200, moved), block(300, 120, moved), block(500, 80, moved)];
		const scrolls: number[] = [];
		switchKeepingPlace(
			() => (applied = true),
			{ querySelectorAll: () => blocks as unknown as NodeListOf<Element> },
			{ innerHeight: 800, scrollBy: ((o: ScrollToOptions) => scrolls.push(o.top ?? 0)) as Window['scrollBy'] }
		);
		expect(applied).toBe(true);
		expect(scrolls).toEqual([24]);
	});

	it('does not scroll when the text stays put, or when there is no text', () => {
		const scrolls: number[] = [];
		const win = {
			innerHeight: 800,
			scrollBy: ((o: ScrollToOptions) => scrolls.push(o.top ?? 0)) as Window['scrollBy']
		};
		switchKeepingPlace(
			() => {},
			{ querySelectorAll: () => [block(420, 60, () => 0)] as unknown as NodeListOf<Element> },
			win
		);
		let ran = false;
		switchKeepingPlace(
			() => (ran = true),
			{ querySelectorAll: () => [] as unknown as NodeListOf<Element> },
			win
		);
		expect(ran).toBe(true);
		expect(scrolls).toEqual([]);
	});
});
