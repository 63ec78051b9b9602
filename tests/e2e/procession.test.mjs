// The funeral procession (step 7): the counter grows with the reader's progress and stops at the sourced figure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
	BASE_URL,
	launch,
	openPage,
	scrollToStep,
	waitForStep,
	graphicState,
	processionDotPixels,
	waitForWebFonts
} from './browser.mjs';

const STEP = 7;
/** The lower bound of "hundreds of thousands" (LA Times), content/data/procession.yaml. */
const SOURCED = 200000;

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

const counter = (page) =>
	page.$eval('.layer[data-layer="procession"] [data-counter]', (e) => Number(e.getAttribute('data-counter')));
const counterShown = (page) =>
	page.$eval('.layer[data-layer="procession"] [data-counter]', (e) => e.textContent.trim());

/** The crowd shows on screen: the canvas adds over a thousand dot-coloured pixels to the picture. */
async function assertCrowdShows(page) {
	const withMarks = await processionDotPixels(page);
	const without = await processionDotPixels(page, { withMarks: false });
	assert.ok(
		withMarks - without > 1000,
		`the canvas should show the crowd (${withMarks} dot pixels, ${without} without it)`
	);
}

async function at(page, fraction) {
	await scrollToStep(page, STEP, fraction);
	await waitForStep(page, STEP);
	// Let the tracker and the canvas catch up (a couple of animation frames).
	await page.waitForTimeout(400);
}

test('step 7 shows the procession; the counter grows with progress and stops at the sourced figure', async () => {
	const { page, context, problems } = await openPage(browser);
	await page.goto(`${BASE_URL}/`);
	// The count at 10 % is compared on two visits; the switch to the web fonts must not fall between them.
	await waitForWebFonts(page);
	await at(page, 0.1);
	const state = await graphicState(page);
	assert.equal(state.scene, 'procession');
	assert.equal(state.state, 'walk');
	const early = await counter(page);
	await at(page, 0.5);
	const middle = await counter(page);
	await at(page, 0.9);
	const late = await counter(page);
	assert.ok(early > 0, `counter should have started at 10% (got ${early})`);
	assert.ok(early < middle && middle < late, `counter should grow: ${early} → ${middle} → ${late}`);
	assert.equal(late, SOURCED);
	assert.equal(await counterShown(page), '200,000');
	const words = await page.$eval('.layer[data-layer="procession"] .panel', (e) => e.textContent);
	assert.match(words, /hundreds of thousands/);
	assert.match(words, /tens of thousands/);
	assert.match(words, /more than 1 million/);
	assert.match(words, /each dot: 50 people/);
	// The browser paints the moving marks on a canvas, off the main thread (a worker), and they show.
	const painter = await page.$eval('.layer[data-layer="procession"] canvas', (c) => c.dataset.painter);
	assert.equal(painter, 'worker');
	await assertCrowdShows(page);
	// Going back lowers the count again: it is a function of position, not of history.
	await at(page, 0.1);
	assert.equal(await counter(page), early);
	assert.deepEqual(problems.consoleErrors, []);
	assert.deepEqual(problems.pageErrors, []);
	await context.close();
});

test('reduced motion shows the final state at once', async () => {
	const { page, context, problems } = await openPage(browser, { reducedMotion: 'reduce' });
	await page.goto(`${BASE_URL}/`);
	await at(page, 0.1);
	assert.equal((await graphicState(page)).scene, 'procession');
	assert.equal(await counter(page), SOURCED);
	assert.deepEqual(problems.consoleErrors, []);
	assert.deepEqual(problems.pageErrors, []);
	await context.close();
});

test('without JavaScript the static figure draws the crowd in SVG', async () => {
	const { page, context } = await openPage(browser, { javaScriptEnabled: false });
	await page.goto(`${BASE_URL}/`);
	const framed = await page.$('figure[data-figure="procession/walk"] iframe');
	assert.ok(framed, 'the procession figure is in the page');
	const fig = await framed.contentFrame();
	await fig.waitForLoadState();
	const dots = await fig.$eval('path.svg-marks', (p) => (p.getAttribute('d').match(/[Mm]/g) ?? []).length);
	assert.equal(dots, SOURCED / 50);
	assert.equal(await fig.$eval('[data-counter]', (e) => e.getAttribute('data-counter')), String(SOURCED));
	await context.close();
});

test('if the worker cannot load, the page paints the crowd itself', async () => {
	const { page, context, problems } = await openPage(browser);
	await page.route('**/marks.worker-*.js', (route) => route.abort());
	await page.goto(`${BASE_URL}/`);
	await at(page, 0.9);
	await page.waitForFunction(
		() => document.querySelector('.layer[data-layer="procession"] canvas')?.dataset.painter === 'page'
	);
	await page.waitForTimeout(300);
	await assertCrowdShows(page);
	assert.equal(await counter(page), SOURCED);
	assert.deepEqual(problems.pageErrors, []);
	await context.close();
});
