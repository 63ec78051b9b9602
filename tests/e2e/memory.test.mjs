// The memory scene: the years of remembrance, one light per victim, who counts what, and the closing picture.
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

const victims = parse(readFileSync('content/data/victims.yaml', 'utf8')).items;
const count = (role) => victims.find((v) => v.role === role).value;
const COMMEMORATED = count('commemorated');
const HEALTH = count('health-ministry');
const INVESTIGATION = count('investigation');

const STEPS = [
	{ index: 12, state: 'years', alt: /from 1991 to 2026/ },
	{ index: 13, state: 'victims', alt: new RegExp(`until there are ${COMMEMORATED}`) },
	{ index: 14, state: 'individual', alt: new RegExp(`first ${INVESTIGATION} .* ${HEALTH} dead`) },
	{ index: 16, state: 'closing', alt: /1990 · 2026/ }
];

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

const layer = '[data-layer="memory"]';

/** Scrolls to a point in a step and waits for the graphic to follow; scrolls again once if the first try is missed (busy machines). */
async function goTo(page, index, fraction) {
	await scrollToStep(page, index, fraction);
	try {
		await waitForStep(page, index);
	} catch {
		await page.waitForTimeout(500);
		await scrollToStep(page, index, fraction);
		await waitForStep(page, index);
	}
	await page.waitForTimeout(200);
}

const countIn = (page, sel) => page.$$eval(`${layer} ${sel}`, (els) => els.length);

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	test(`memory scene at ${viewport.width}×${viewport.height}: states, marks and text alternative`, async () => {
		const { page, context, problems } = await openPage(browser, { viewport });
		await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });

		for (const step of STEPS) {
			await goTo(page, step.index, 0.5);
			const g = await graphicState(page);
			assert.equal(g.scene, 'memory', `step ${step.index}`);
			assert.equal(g.state, step.state, `step ${step.index}`);
			const alt = await altText(page, step.alt);
			assert.match(alt, step.alt, `alt text at step ${step.index}`);
		}

		// Years accumulate: fewer lit early in the step than late.
		await goTo(page, 12, 0.2);
		const early = await countIn(page, '[data-year][data-lit]');
		await goTo(page, 12, 0.97);
		const late = await countIn(page, '[data-year][data-lit]');
		assert.ok(early < late, `years lit: ${early} early, ${late} late`);
		assert.equal(await countIn(page, '[data-year]'), 36);
		assert.equal(late, 36);

		// Victim marks appear with progress through "victims".
		await goTo(page, 13, 0.4);
		const some = await countIn(page, '[data-victim]');
		assert.ok(some > 0 && some < COMMEMORATED, `${some} victim marks part-way through "victims"`);

		// At the end of "individual": one mark per person commemorated, plus outlines up to the Health Ministry's count.
		await goTo(page, 14, 0.97);
		assert.equal(await countIn(page, '[data-victim]'), COMMEMORATED);
		assert.equal(await countIn(page, '[data-victim][data-group="investigation"]'), INVESTIGATION);
		assert.equal(await countIn(page, '[data-outline]'), HEALTH - COMMEMORATED);
		const legend = await page.$eval(`${layer} [data-sheet="legend"]`, (e) => e.textContent ?? '');
		for (const n of [INVESTIGATION, COMMEMORATED, HEALTH])
			assert.ok(legend.includes(String(n)), `legend names ${n}`);
		assert.match(legend, /Ministry of Health/);

		// Every mark inside the graphic.
		const out = await page.$$eval(`${layer} [data-victim] circle, ${layer} [data-outline]`, (els) => {
			const svg = els[0].closest('[data-layer]').getBoundingClientRect();
			return els.filter((e) => {
				const r = e.getBoundingClientRect();
				return (
					r.left < svg.left - 1 || r.top < svg.top - 1 || r.right > svg.right + 1 || r.bottom > svg.bottom + 1
				);
			}).length;
		});
		assert.equal(out, 0, 'marks outside the graphic');

		// Closing: the roll gathered, the dates shown.
		await goTo(page, 16, 0.98);
		assert.equal(await countIn(page, '[data-victim]'), COMMEMORATED);
		// The live scene keeps hidden words in the page: read only those on screen, at every opacity above them.
		const shownText = await page.$$eval(`${layer} svg text`, (els) =>
			els
				.filter((e) => {
					if (getComputedStyle(e).visibility === 'hidden') return false;
					for (let n = e; !n.matches('[data-layer]'); n = n.parentElement)
						if (Number(getComputedStyle(n).opacity) === 0) return false;
					return true;
				})
				.map((e) => e.textContent)
				.join(' ')
		);
		assert.match(shownText, /1990 · 2026/);
		assert.doesNotMatch(shownText, /Who counts the dead/, 'the words of "individual" have gone');

		assertClean(problems);
		await context.close();
	});
}

test('memory scene with reduced motion shows each state’s final picture', async () => {
	const { page, context, problems } = await openPage(browser, { reducedMotion: 'reduce' });
	await page.goto(`${BASE_URL}/`, { waitUntil: 'networkidle' });
	await goTo(page, 13, 0.05);
	assert.equal(await countIn(page, '[data-victim]'), COMMEMORATED);
	assert.deepEqual(problems.consoleErrors, []);
	await context.close();
});
