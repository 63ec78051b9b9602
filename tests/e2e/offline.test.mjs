// Offline for the classroom: the exported single file opened from disk with no network, and the hosted
// site reloaded with the network down after one visit (service worker).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BASE_URL, launch, openPage, scrollToStep, waitForStep, graphicState } from './browser.mjs';

/** The file `npm run export:offline` writes (npm test runs it before the end-to-end tests). */
const EXPORT = resolve('exports/black-january.html');
const FILE_URL = pathToFileURL(EXPORT).href;

/** Scene and state per step, from the content file the writer edits. */
const STEPS = [...readFileSync('content/story.md', 'utf8').matchAll(/^:{3,}step\{([^}]*)\}/gm)].map((m) => ({
	scene: /scene="([^"]+)"/.exec(m[1])[1],
	state: /state="([^"]+)"/.exec(m[1])[1]
}));
const LAST = STEPS.length - 1;

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/**
 * A context for the exported file with the network cut: every request that is not file: fails, and is
 * recorded, as is any other request a page makes that is not file:, data: or blob:.
 */
async function fileContext() {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	const refused = [];
	await context.route(
		(url) => url.protocol !== 'file:' && url.protocol !== 'data:' && url.protocol !== 'blob:',
		(route) => {
			refused.push(route.request().url());
			return route.abort('internetdisconnected');
		}
	);
	const problems = { consoleErrors: [], pageErrors: [], offFile: refused };
	const watch = (page) => {
		page.on('console', (m) => m.type() === 'error' && problems.consoleErrors.push(m.text()));
		page.on('pageerror', (e) => problems.pageErrors.push(e.message));
		page.on('request', (r) => {
			if (!/^(file|data|blob):/.test(r.url())) problems.offFile.push(r.url());
		});
	};
	context.on('page', watch);
	return { context, problems };
}

function assertClean(problems) {
	assert.deepEqual(problems.offFile, [], 'no request may leave the file');
	assert.deepEqual(problems.pageErrors, [], 'no uncaught errors');
	assert.deepEqual(problems.consoleErrors, [], 'no console errors');
}

const stepOf = (page) => page.$eval('[data-present-step]', (e) => Number(e.dataset.presentStep));

test('the exported file tells the whole story from disk, with the network blocked', async () => {
	const { context, problems } = await fileContext();
	const page = await context.newPage();
	await page.goto(FILE_URL);
	await page.waitForSelector('.scene-stack');
	assert.equal(await page.locator('article[data-step]').count(), STEPS.length);
	// The inlined fonts are the ones in use, not a fallback.
	assert.ok(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"')), 'serif font loaded');

	await scrollToStep(page, LAST, 0.3);
	await waitForStep(page, LAST);
	assert.deepEqual(await graphicState(page), { ...STEPS[LAST], step: LAST });
	// The step is kept in the hash router's own fragment: the route, then the step.
	await page.waitForFunction((n) => location.hash === `#/#step-${n}`, LAST);

	// A reload lands on the same step.
	await page.reload();
	await waitForStep(page, LAST);
	assert.deepEqual(await graphicState(page), { ...STEPS[LAST], step: LAST });
	assertClean(problems);
	await context.close();
});

test('the exported file runs classroom mode with keys, and its presenter window follows', async () => {
	const { context, problems } = await fileContext();
	const page = await context.newPage();
	await page.goto(`${FILE_URL}#/#step-3`);
	await waitForStep(page, 3);
	// The header's Classroom link opens the audience view at the reader's step.
	await page.click('nav >> text=Classroom');
	await page.waitForSelector('[data-present-step]');
	await page.waitForFunction(() => location.hash === '#/present#3');
	assert.equal(await stepOf(page), 3);

	await page.keyboard.press('ArrowRight');
	await page.waitForFunction(() => document.querySelector('.scene-stack')?.dataset.step === '4');
	assert.equal(await stepOf(page), 4);
	assert.deepEqual(await graphicState(page), { ...STEPS[4], step: 4 });
	await page.waitForFunction(() => location.hash === '#/present#4');
	await page.keyboard.press('End');
	await page.waitForFunction((n) => document.querySelector('.scene-stack')?.dataset.step === String(n), LAST);
	await page.keyboard.press('Home');
	await page.waitForFunction(() => document.querySelector('.scene-stack')?.dataset.step === '0');

	// O opens the presenter window from the file; the two windows move together.
	const [notes] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('o')]);
	await notes.waitForSelector('[data-presenter-step]');
	assert.match(notes.url(), /^file:.*#\/present\/notes#0$/);
	await notes.keyboard.press('ArrowRight');
	await page.waitForFunction(
		() => document.querySelector('[data-present-step]')?.dataset.presentStep === '1',
		null,
		{
			polling: 50
		}
	);
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await notes.waitForFunction(
		() => document.querySelector('[data-presenter-step]')?.dataset.presenterStep === '2',
		null,
		{ polling: 50 }
	);
	// The windows did talk, so no warning about the presenter window is shown.
	assert.equal(await page.locator('[data-notes-problem]').count(), 0);
	assertClean(problems);
	await context.close();
});

test('the exported file says so when the presenter window cannot join, and shows notes in one window', async () => {
	const { context, problems } = await fileContext();
	const page = await context.newPage();
	await page.goto(`${FILE_URL}#/present#2`);
	await page.waitForSelector('[data-present-step]');
	// As a browser does that refuses pop-ups from a file.
	await page.evaluate(() => (window.open = () => null));
	await page.keyboard.press('o');
	await page.waitForSelector('[data-notes-problem="blocked"]');
	await page.click('button:has-text("Notes in this window")');
	await page.waitForSelector('[data-solo-notes="2"]');
	assert.match(await page.textContent('[data-solo-notes]'), /Teacher notes · step 3 of/);
	// Typing a step number and Enter moves the deck, and the notes with it.
	await page.keyboard.press('5');
	await page.keyboard.press('Enter');
	await page.waitForSelector('[data-solo-notes="4"]');
	assert.equal(await stepOf(page), 4);

	// As a browser does that keeps two windows of a file apart: the presenter window opens but never answers.
	const apart = await context.newPage();
	await apart.addInitScript(() => delete globalThis.BroadcastChannel);
	await apart.goto(`${FILE_URL}#/present#1`);
	await apart.waitForSelector('[data-present-step]');
	const [notes] = await Promise.all([context.waitForEvent('page'), apart.keyboard.press('o')]);
	await notes.waitForSelector('[data-presenter-step]');
	await apart.waitForSelector('[data-notes-problem="silent"]', { timeout: 10000 });
	assertClean(problems);
	await context.close();
});

test('the exported file opens the print version with its figures', async () => {
	const { context, problems } = await fileContext();
	const page = await context.newPage();
	await page.goto(FILE_URL);
	await page.waitForSelector('.scene-stack');
	await page.click('nav >> text=Print');
	await page.waitForSelector('[data-print="print"]');
	assert.match(page.url(), /#\/print$/);
	const figures = await page.$$eval('.print-doc figure.static-figure', (fs) =>
		fs.map((f) => ({ number: Number(f.dataset.figureNumber), drawn: !!f.querySelector('svg') }))
	);
	assert.ok(figures.length > 0, 'the print version has figures');
	assert.deepEqual(
		figures.map((f) => f.number),
		figures.map((_, i) => i + 1)
	);
	assert.ok(
		figures.every((f) => f.drawn),
		'every figure is drawn'
	);
	// The print stylesheet applies: the screen-only toolbar is hidden on paper.
	await page.emulateMedia({ media: 'print' });
	assert.equal(await page.locator('.toolbar').isVisible(), false);
	await page.emulateMedia({ media: 'screen' });
	// And the handout, with the discussion questions.
	await page.click('text=Classroom handout');
	await page.waitForSelector('[data-print="handout"]');
	assert.match(await page.textContent('.print-doc'), /Discussion/i);
	assertClean(problems);
	await context.close();
});

test('the hosted site keeps working offline after one visit', async () => {
	const { page, context, problems } = await openPage(browser);
	await page.goto(BASE_URL + '/');
	await page.waitForSelector('.scene-stack');
	// Caching the site waits until the page has settled: at `load` nothing is registered yet.
	assert.equal(
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) ?? null),
		null,
		'no service worker registered at load'
	);
	// The service worker has installed (cached the build and the pages) and is in charge.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await context.setOffline(true);

	const reloaded = await page.reload();
	assert.ok(reloaded.fromServiceWorker(), 'the page came from the service worker');
	await page.waitForSelector('.scene-stack');
	await scrollToStep(page, LAST, 0.3);
	await waitForStep(page, LAST);
	assert.deepEqual(await graphicState(page), { ...STEPS[LAST], step: LAST });

	await page.goto(`${BASE_URL}/present#5`);
	await page.waitForFunction(() => document.querySelector('.scene-stack')?.dataset.step === '5');
	await page.keyboard.press('ArrowRight');
	await page.waitForFunction(() => document.querySelector('.scene-stack')?.dataset.step === '6');
	assert.equal(await stepOf(page), 6);

	await page.goto(`${BASE_URL}/print`);
	await page.waitForSelector('[data-print="print"]');
	assert.ok((await page.locator('.print-doc figure.static-figure svg').count()) > 0, 'figures drawn');
	// Client-side navigation (its load data comes from the cache too).
	await page.click('text=Classroom handout');
	await page.waitForSelector('[data-print="handout"]');

	assert.deepEqual(problems.pageErrors, [], 'no uncaught errors');
	assert.deepEqual(problems.consoleErrors, [], 'no console errors');
	assert.deepEqual(problems.offOrigin, [], 'no request leaves the site');
	await context.close();
});
