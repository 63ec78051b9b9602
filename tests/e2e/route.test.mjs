// The route scene: the line to independence draws itself step by step; by the end every milestone is shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
	BASE_URL,
	launch,
	openPage,
	scrollToStep,
	waitForStep,
	graphicState,
	assertClean,
	altText
} from './browser.mjs';

const MILESTONES = parse(readFileSync('content/data/milestones.yaml', 'utf8')).items;

/** The route steps, by their position in content/story.md (not hard-coded indices). */
function routeSteps() {
	const steps = [];
	let index = 0;
	for (const line of readFileSync('content/story.md', 'utf8').split(/\r?\n/)) {
		const m = /^:{3,}step\{#([\w-]+)[^}]*scene="(\w+)"[^}]*state="([\w-]+)"/.exec(line);
		if (!m) continue;
		if (m[2] === 'route') steps.push({ id: m[1], index, state: m[3] });
		index++;
	}
	return steps;
}
const STEPS = routeSteps();
const ALT = {
	start: /Black January, 19–20 January 1990.*22 January 1990/,
	independence: /5 February 1991.*30 August 1991.*18 October 1991/,
	collapse: /25–26 December 1991.*29 December 1991: 99\.76 %.*2 March 1992/,
	reckoning: /29 March 1994.*National Day of Mourning.*no international tribunal/
};

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

const layer = '[data-layer="route"]';

/**
 * Milestones drawn, read from the computed style the reader sees: faded in fully, or, once the legend of
 * "reckoning" shows, to at least the 0.58 at which stations other than acts of remembrance recede.
 */
function shownIds(page) {
	return page.$eval(layer, (scene) => {
		const receding = Number(getComputedStyle(scene.querySelector('.legend')).opacity) > 0.5;
		return [...scene.querySelectorAll('[data-milestone]')]
			.filter((e) => Number(getComputedStyle(e).opacity) > (receding ? 0.55 : 0.95))
			.map((e) => e.getAttribute('data-milestone'));
	});
}

test('the content has the four route states in order', () => {
	assert.deepEqual(
		STEPS.map((s) => s.state),
		['start', 'independence', 'collapse', 'reckoning']
	);
});

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 },
	{ width: 360, height: 700 }
]) {
	test(`route scene at ${viewport.width}×${viewport.height}: states, drawing, every milestone, text alternative`, async () => {
		const { page, context, problems } = await openPage(browser, { viewport });
		await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });

		let before = 0;
		for (const step of STEPS) {
			await scrollToStep(page, step.index, 0.5);
			await waitForStep(page, step.index);
			const g = await graphicState(page);
			assert.equal(g.scene, 'route', `step ${step.index}`);
			assert.equal(g.state, step.state, `step ${step.index}`);
			const alt = await altText(page, ALT[step.state]);
			assert.match(alt, ALT[step.state], `alt text at step ${step.index} (${step.state})`);

			// Progress within the step draws the next stretch: more milestones late in the step than early on.
			await scrollToStep(page, step.index, 0.03);
			await waitForStep(page, step.index);
			await page.waitForTimeout(200);
			const early = (await shownIds(page)).length;
			await scrollToStep(page, step.index, 0.97);
			await page.waitForTimeout(200);
			const late = (await shownIds(page)).length;
			assert.ok(
				early >= before,
				`${step.state}: ${early} shown early, ${before} at the end of the previous step`
			);
			assert.ok(late > early, `${step.state}: ${early} shown early, ${late} late`);
			before = late;
		}

		// End of the last route step: every milestone shown, labelled, on screen, with no two labels overlapping.
		const last = STEPS.at(-1);
		await scrollToStep(page, last.index, 0.97);
		await waitForStep(page, last.index);
		await page.waitForTimeout(900); // the curtain between scenes
		const shown = await shownIds(page);
		assert.deepEqual([...shown].sort(), MILESTONES.map((m) => m.id).sort(), 'every milestone shown');
		const boxes = await page.$$eval(`${layer} [data-milestone]`, (els) =>
			els.map((e) => {
				const title = e.querySelector('.title');
				const date = e.querySelector('.date');
				const r = title.getBoundingClientRect();
				// As the reader sees it: every opacity between the title and the scene's own layer.
				let labelOpacity = 1;
				for (let n = title; !n.matches('[data-layer]'); n = n.parentElement)
					labelOpacity *= Number(getComputedStyle(n).opacity);
				return {
					id: e.getAttribute('data-milestone'),
					text: title.textContent ?? '',
					date: date?.textContent ?? '',
					box: { x: r.x, y: r.y, w: r.width, h: r.height },
					labelOpacity,
					layer: Number(getComputedStyle(e.closest('[data-layer]')).opacity)
				};
			})
		);
		for (const b of boxes) {
			const m = MILESTONES.find((x) => x.id === b.id);
			assert.ok(b.text.includes(m.label.split(' ')[0]), `${b.id}: label "${b.text}"`);
			assert.match(b.date, /\d{4}/, `${b.id}: date shown`);
			assert.ok(b.labelOpacity >= 0.5, `${b.id}: label opacity ${b.labelOpacity}`);
			assert.equal(b.layer, 1, `${b.id}: route layer visible`);
			assert.ok(b.box.x >= 0 && b.box.y >= 0, `${b.id}: on screen`);
			assert.ok(
				b.box.x + b.box.w <= viewport.width + 1 && b.box.y + b.box.h <= viewport.height + 1,
				`${b.id}: inside the viewport`
			);
		}
		for (let i = 0; i < boxes.length; i++) {
			for (let j = i + 1; j < boxes.length; j++) {
				const a = boxes[i].box;
				const b = boxes[j].box;
				const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
				assert.ok(!overlap, `labels overlap: ${boxes[i].id} and ${boxes[j].id}`);
			}
		}
		// What never came is shown too.
		const absent = await page.$eval(`${layer} [data-absent]`, (e) => Number(getComputedStyle(e).opacity));
		assert.ok(absent > 0.95, `"no tribunal" station opacity ${absent}`);

		assertClean(problems);
		await context.close();
	});
}
