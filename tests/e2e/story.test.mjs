// The scrolling story as a reader meets it: every step, its scene state, jumps, reloads, resizes,
// no JavaScript, reduced motion, and nothing leaving the origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import {
	BASE_URL,
	launch,
	openPage,
	scrollToStep,
	waitForStep,
	graphicState,
	assertClean,
	holdLazyScripts,
	waitForHydration,
	processionDotPixels,
	altText
} from './browser.mjs';

/** Scene and state per step, straight from the content file the writer edits. */
const contentSteps = [...readFileSync('content/story.md', 'utf8').matchAll(/^:{3,}step\{([^}]*)\}/gm)].map(
	(m) => ({
		scene: /scene="([^"]+)"/.exec(m[1])[1],
		state: /state="([^"]+)"/.exec(m[1])[1]
	})
);

/** How much of the city is lit, as the reader sees it: each light path's opacity times its layer's. */
const litLights = (page) =>
	page.$$eval('.layer.on path.light', (ps) =>
		ps.reduce(
			(n, p) => n + Number(p.getAttribute('opacity')) * Number(getComputedStyle(p.ownerSVGElement).opacity),
			0
		)
	);

/**
 * Waits until the procession's layer is in the given rendering state: 'hidden' while it rests out of
 * painting, 'visible' once awake.
 */
const processionRendering = (page, value, timeout) =>
	page.waitForFunction(
		(v) => getComputedStyle(document.querySelector('[data-layer="procession"]')).contentVisibility === v,
		value,
		{ timeout }
	);

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

test('scrolling through every step shows its scene and state, and the address follows', async () => {
	const { page, problems, context } = await openPage(browser);
	await page.goto(BASE_URL + '/');
	assert.ok(contentSteps.length >= 15);
	assert.equal(await page.locator('article[data-step]').count(), contentSteps.length);
	for (const [i, expected] of contentSteps.entries()) {
		await scrollToStep(page, i, 0.3);
		await waitForStep(page, i);
		const shown = await graphicState(page);
		assert.deepEqual(shown, { ...expected, step: i }, `step ${i}`);
		const article = await page.$eval(`article[data-step="${i}"]`, (e) => ({
			scene: e.dataset.scene,
			state: e.dataset.state
		}));
		assert.deepEqual(article, expected);
	}
	await page.waitForFunction((n) => location.hash === `#step-${n}`, contentSteps.length - 1);
	assertClean(problems);
	await context.close();
});

test('the city goes dark as the reader scrolls within one step', async () => {
	const { page, problems, context } = await openPage(browser);
	await page.goto(BASE_URL + '/');
	const dark = contentSteps.findIndex((s) => s.scene === 'city' && s.state === 'dark');
	const shot = async (fraction) => {
		await scrollToStep(page, dark, fraction);
		await waitForStep(page, dark);
		await page.waitForTimeout(300);
		const lit = await litLights(page);
		return { lit, png: await page.locator('.graphic').screenshot() };
	};
	const early = await shot(0.12);
	const late = await shot(0.9);
	assert.ok(
		early.lit > late.lit * 3,
		`lights dim with progress (${early.lit.toFixed(2)} → ${late.lit.toFixed(2)})`
	);
	assert.notDeepEqual(early.png, late.png, 'the pixels of the graphic change within the step');
	assertClean(problems);
	await context.close();
});

test('a link to #step-N lands on that step, and a reload keeps it', async () => {
	const { page, problems, context } = await openPage(browser);
	const n = Math.min(12, contentSteps.length - 1);
	await page.goto(`${BASE_URL}/#step-${n}`);
	await waitForStep(page, n);
	assert.equal((await graphicState(page)).state, contentSteps[n].state);
	await page.reload();
	await waitForStep(page, n);
	await page.goto(`${BASE_URL}/#step-3`);
	await waitForStep(page, 3);
	assert.equal((await graphicState(page)).state, contentSteps[3].state);
	assertClean(problems);
	await context.close();
});

test('back and forward return to the step the reader was on', async () => {
	const { page, problems, context } = await openPage(browser);
	await page.goto(`${BASE_URL}/#step-2`);
	await waitForStep(page, 2);
	await page.evaluate(() => (location.hash = '#sources'));
	await page.waitForTimeout(300);
	assert.equal(
		await page.evaluate(() => location.hash),
		'#sources',
		'a followed anchor keeps its place in the address'
	);
	await page.goBack();
	await waitForStep(page, 2);
	await page.goForward();
	await page.waitForFunction(() => location.hash === '#sources');
	assertClean(problems);
	await context.close();
});

test('a fast fling to the end and back derives the right step, with no replayed events', async () => {
	const { page, problems, context } = await openPage(browser);
	await page.goto(BASE_URL + '/');
	await page.evaluate(() => {
		for (let y = 0; y < document.body.scrollHeight; y += 3000) window.scrollTo(0, y);
		window.scrollTo(0, document.body.scrollHeight);
	});
	await scrollToStep(page, 4, 0.5);
	await waitForStep(page, 4);
	await page.waitForTimeout(400);
	assert.deepEqual(await graphicState(page), { ...contentSteps[4], step: 4 });
	assertClean(problems);
	await context.close();
});

test('resizing from desktop to phone and zooming keep the reader on the same step', async () => {
	const { page, problems, context } = await openPage(browser);
	await page.goto(BASE_URL + '/');
	await scrollToStep(page, 6, 0.5);
	await waitForStep(page, 6);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.waitForTimeout(500);
	assert.equal((await graphicState(page)).step, 6, 'phone width');
	await page.setViewportSize({ width: 844, height: 390 });
	await page.waitForTimeout(500);
	assert.equal((await graphicState(page)).step, 6, 'phone turned to landscape');
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.waitForTimeout(300);
	// Browser zoom to 200% halves the CSS viewport: the same reflow a zoom causes.
	await page.setViewportSize({ width: 720, height: 450 });
	await page.waitForTimeout(500);
	assert.equal((await graphicState(page)).step, 6, 'zoomed');
	assertClean(problems);
	await context.close();
});

test('on a phone the graphic fills the screen and the text scrolls over it on cards', async () => {
	const { page, problems, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
	await page.goto(`${BASE_URL}/#step-1`);
	await waitForStep(page, 1);
	const g = await page.locator('.graphic').boundingBox();
	assert.ok(g.width >= 389 && g.height >= 700, `graphic ${g.width}×${g.height}`);
	const card = await page.$eval('article[data-step="1"] .card', (e) => {
		const r = e.getBoundingClientRect();
		return {
			bg: getComputedStyle(e).backgroundColor,
			width: r.width,
			font: parseFloat(getComputedStyle(e.querySelector('p')).fontSize)
		};
	});
	assert.match(card.bg, /rgba?\(/);
	assert.notEqual(card.bg, 'rgba(0, 0, 0, 0)', 'cards have a backing for legibility');
	assert.ok(card.width <= 390 && card.font >= 16);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	assert.equal(overflow, 0, 'no horizontal scroll');
	assertClean(problems);
	await context.close();
});

test('without JavaScript the whole article is there, with a static figure per scene state', async () => {
	const { page, problems, context } = await openPage(browser, { javaScriptEnabled: false });
	await page.goto(BASE_URL + '/');
	const seed = readFileSync('content/source/azernews-2026-01-20.txt', 'utf8');
	const paragraphs = seed
		.slice(seed.indexOf('Night fell over Baku'), seed.indexOf('Here we are to serve you'))
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\s+/g, ' ').trim());
	const text = (await page.locator('.steps').innerText()).replace(/\s+/g, ' ');
	for (const p of paragraphs) assert.ok(text.includes(p), `paragraph present: ${p.slice(0, 40)}…`);
	assert.equal(await page.locator('.graphic').isVisible(), false, 'the live graphic gives way');
	assert.equal(
		await page.evaluate(() => getComputedStyle(document.querySelector('h1')).fontFamily.split(',')[0]),
		'"Source Serif 4"',
		'with no script to fetch them later, the web fonts are used at once'
	);
	const states = new Set(contentSteps.map((s) => `${s.scene}/${s.state}`));
	const figures = page.locator('figure.static-figure');
	assert.equal(await figures.count(), states.size);
	for (let i = 0; i < states.size; i++) {
		const fig = figures.nth(i);
		assert.ok(await fig.isVisible(), `figure ${i} visible`);
		// Each figure is its own server-rendered page, framed beside the text it illustrates.
		const frame = await (await fig.locator('iframe').elementHandle()).contentFrame();
		await frame.waitForLoadState();
		const marks = await frame.locator('svg *').count();
		assert.ok(marks > 3, `figure ${i} draws something (${marks} elements)`);
		const box = await fig.locator('iframe').boundingBox();
		assert.ok(box.width > 250 && box.height > 150, `figure ${i} has room (${box.width} × ${box.height})`);
	}
	assert.deepEqual(problems.offOrigin, []);
	await context.close();
});

test('with reduced motion each state shows its final picture, with no animation', async () => {
	const { page, problems, context } = await openPage(browser, { reducedMotion: 'reduce' });
	await page.goto(BASE_URL + '/');
	const dark = contentSteps.findIndex((s) => s.scene === 'city' && s.state === 'dark');
	await scrollToStep(page, dark, 0.05);
	await waitForStep(page, dark);
	await page.waitForTimeout(200);
	const lit = await litLights(page);
	assert.equal(lit, 0, 'the lights are already out at the start of the step');
	// No curtain between scenes either: the next scene is on screen in the frame that changes the step,
	// woken from its rest while the reader was still a step away.
	const procession = contentSteps.findIndex((s) => s.scene === 'procession');
	await processionRendering(page, 'hidden', 10_000);
	await scrollToStep(page, procession - 1, 0.5);
	await waitForStep(page, procession - 1);
	await processionRendering(page, 'visible', 5000);
	await scrollToStep(page, procession, 0.3);
	await waitForStep(page, procession);
	const after = await page.evaluate(
		() =>
			new Promise((done) =>
				requestAnimationFrame(() =>
					done({
						shown: [...document.querySelectorAll('.layer.shown')].map((l) => l.dataset.layer),
						curtain: getComputedStyle(document.querySelector('.curtain')).display
					})
				)
			)
	);
	assert.deepEqual(after, { shown: ['procession'], curtain: 'none' });
	assertClean(problems);
	await context.close();
});

/** Samples, every frame for `frames` frames, the curtain's opacity and the scenes on screen. */
const sampleCurtain = (page, frames) =>
	page.evaluate(
		(n) =>
			new Promise((done) => {
				const out = [];
				const tick = () => {
					out.push({
						curtain: Number(getComputedStyle(document.querySelector('.curtain')).opacity),
						shown: [...document.querySelectorAll('.layer.shown')].map((l) => l.dataset.layer).join('+'),
						current: document.querySelector('.scene-stack').dataset.scene
					});
					if (out.length < n) requestAnimationFrame(tick);
					else done(out);
				};
				requestAnimationFrame(tick);
			}),
		frames
	);

test('a change of scene fades through the night: the scenes change places only under the closed curtain', async () => {
	const { page, problems, context } = await openPage(browser);
	await page.goto(BASE_URL + '/');
	await waitForHydration(page);
	const procession = contentSteps.findIndex((s) => s.scene === 'procession');
	await scrollToStep(page, procession - 1, 0.8);
	await waitForStep(page, procession - 1);
	// Off screen and still, the procession rests out of painting.
	await processionRendering(page, 'hidden', 10_000);

	const samples = sampleCurtain(page, 70);
	await scrollToStep(page, procession, 0.2);
	const seen = await samples;
	assert.ok(
		seen.some((f) => f.shown === 'city' && f.current === 'procession' && f.curtain > 0.1 && f.curtain < 0.9),
		'the city stays on screen while the curtain closes over it'
	);
	assert.ok(
		seen.some((f) => f.shown === 'procession' && f.curtain > 0.1 && f.curtain < 0.9),
		'the curtain lifts off the procession'
	);
	for (const [i, f] of seen.entries())
		if (i > 0 && f.shown !== seen[i - 1].shown)
			assert.ok(f.curtain > 0.99, `the scenes changed places under a curtain at ${f.curtain}`);
	assert.ok(
		seen.every((f) => f.shown.split('+').length === 1),
		'one scene on screen at a time'
	);
	assert.deepEqual(seen.at(-1), { curtain: 0, shown: 'procession', current: 'procession' });
	// Woken under the curtain, it is painted whole: the crowd is on screen.
	assert.ok((await processionDotPixels(page)) > 1000, 'the procession woke with its crowd drawn');

	// A reader who turns back before the curtain has closed sees it lift off the same scene.
	const back = sampleCurtain(page, 50);
	await scrollToStep(page, procession + 1, 0.2);
	await page.waitForTimeout(120);
	await scrollToStep(page, procession, 0.5);
	const turned = await back;
	assert.ok(
		turned.some((f) => f.curtain > 0.05),
		'the curtain began to close'
	);
	assert.ok(
		turned.every((f) => f.shown === 'procession'),
		'the procession never left the screen'
	);
	assert.deepEqual(turned.at(-1), { curtain: 0, shown: 'procession', current: 'procession' });
	assertClean(problems);
	await context.close();
});

test('stacked scenes are inert and hidden from screen readers; the live text names the state', async () => {
	const { page, problems, context } = await openPage(browser);
	await page.goto(`${BASE_URL}/#step-2`);
	await waitForStep(page, 2);
	const layers = await page.$$eval('.layer', (ls) =>
		ls.map((l) => ({ on: l.classList.contains('on'), inert: l.inert, hidden: l.getAttribute('aria-hidden') }))
	);
	assert.equal(
		layers.length,
		new Set(contentSteps.map((s) => s.scene)).size,
		'every scene has its layer in the stack'
	);
	assert.equal(layers.filter((l) => l.on).length, 1);
	for (const l of layers) {
		assert.equal(l.inert, true);
		assert.equal(l.hidden, 'true');
	}
	// The pointer over the graphic reaches none of the stacked scenes, hidden or shown.
	const hit = await page.$eval('.scene-stack', (stack) => {
		const r = stack.getBoundingClientRect();
		const points = [0.25, 0.5, 0.75].flatMap((x) =>
			[0.3, 0.6, 0.9].map((y) => [r.left + r.width * x, r.top + r.height * y])
		);
		return points.filter(([x, y]) => document.elementFromPoint(x, y)?.closest('.layer')).length;
	});
	assert.equal(hit, 0);
	// Nothing in the stack can take the keyboard's focus.
	const focusable = await page.$$eval(
		'.scene-stack a, .scene-stack button, .scene-stack [tabindex]',
		(els) => els.length
	);
	assert.equal(focusable, 0);
	assert.equal(await page.$eval('[data-alt]', (e) => e.getAttribute('aria-live')), 'polite');
	assert.match(await altText(page, /lights go out/), /lights go out/);
	// Announced once per change of step, not on every scroll frame within one.
	await page.evaluate(() => {
		window.__said = [];
		const live = document.querySelector('[data-alt]');
		new MutationObserver(() => window.__said.push(live.textContent)).observe(live, {
			childList: true,
			characterData: true,
			subtree: true
		});
	});
	for (const at of [0.2, 0.4, 0.6, 0.8]) await scrollToStep(page, 2, at);
	await page.waitForTimeout(500);
	assert.deepEqual(await page.evaluate(() => window.__said), []);
	await scrollToStep(page, 3, 0.3);
	await waitForStep(page, 3);
	await page.waitForTimeout(800);
	const said = await page.evaluate(() => window.__said);
	assert.equal(said.length, 1, `one announcement for the new step, got ${said.length}`);
	assert.doesNotMatch(said[0], /lights go out/);
	assertClean(problems);
	await context.close();
});

test('the page has a title, description, social card, reading progress and sources', async () => {
	const { page, problems, context } = await openPage(browser);
	await page.goto(BASE_URL + '/');
	assert.match(await page.title(), /20 January in Baku/);
	assert.ok((await page.getAttribute('meta[name="description"]', 'content')).length > 50);
	assert.ok(await page.getAttribute('meta[property="og:title"]', 'content'));
	assert.equal(await page.getAttribute('meta[name="twitter:card"]', 'content'), 'summary');
	assert.match(await page.locator('.title-screen').innerText(), /AzerNews, 20 January 2026/);
	assert.equal(await page.locator('h1').count(), 1);
	const bar = async () => page.$eval('.progress .bar', (e) => new DOMMatrix(getComputedStyle(e).transform).a);
	const top = await bar();
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
	await page.waitForTimeout(200);
	assert.ok((await bar()) > top + 0.3, 'reading progress grows');
	// The sources are laid out as the reader nears them (content-visibility), so go there first.
	await page.locator('section#sources').scrollIntoViewIfNeeded();
	await page.waitForFunction(() => document.querySelector('section#sources').innerText.trim().length > 0);
	const sources = await page.locator('section#sources').innerText();
	assert.match(sources, /AzerNews/);
	assert.match(sources, /OpenStreetMap/);
	assert.match(sources, /ODbL/);
	// The teacher notes belong to the classroom and the handout: the story page does not carry them.
	const note = /^:{3,}notes\s*\n+([^\n:-][^\n]{40,})/m.exec(readFileSync('content/story.md', 'utf8'))[1];
	const words = note.slice(0, 40);
	const html = (path) => page.evaluate((p) => fetch(p).then((r) => r.text()), path);
	assert.ok(!(await html('/')).includes(words), 'the story page carries no teacher notes');
	assert.ok((await html('/present')).includes(words), 'the classroom page does');
	assert.ok((await html('/print/handout')).includes(words), 'and so does the printed handout');
	assertClean(problems);
	await context.close();
});

/** Records every layout shift from the page's first paint on, with the nodes that moved. */
function recordLayoutShifts(page) {
	return page.addInitScript(() => {
		window.__shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				window.__shifts.push({
					value: e.value,
					nodes: e.sources.map((s) => s.node?.nodeName + ' ' + (s.node?.textContent ?? '').slice(0, 30))
				});
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** Fails if the text moved at all since the page started loading (recordLayoutShifts first). */
async function assertNoLayoutShift(page, viewport) {
	const shifts = await page.evaluate(() => window.__shifts);
	const total = shifts.reduce((a, s) => a + s.value, 0);
	assert.ok(
		total < 0.001,
		`layout shift ${total.toFixed(4)} at ${viewport.width} px: ${JSON.stringify(shifts)}`
	);
}

test('the web fonts come after the page has loaded, and their arrival moves no text', async () => {
	for (const viewport of [
		{ width: 1440, height: 900 },
		{ width: 390, height: 844 }
	]) {
		const { page, problems, context } = await openPage(browser, { viewport });
		// The fonts take 700 ms more, as on a slow link: until they have come, the text is in the fallbacks.
		await page.route(/\.woff2$/, (route) => setTimeout(() => route.continue().catch(() => {}), 700));
		await recordLayoutShifts(page);
		await page.goto(BASE_URL + '/');
		await page.waitForFunction(
			() =>
				!document.getElementById('fonts-after-load') &&
				document.fonts.check('600 16px "Source Serif 4"') &&
				document.fonts.status === 'loaded'
		);
		assert.equal(
			await page.evaluate(() => getComputedStyle(document.querySelector('h1')).fontFamily.split(',')[0]),
			'"Source Serif 4"'
		);
		const fetchedDuringLoad = await page.evaluate(() => {
			const { loadEventStart } = performance.getEntriesByType('navigation')[0];
			return performance
				.getEntriesByType('resource')
				.filter((e) => e.name.endsWith('.woff2') && e.startTime < loadEventStart)
				.map((e) => e.name.split('/').pop());
		});
		assert.deepEqual(fetchedDuringLoad, [], 'no web font is fetched while the page itself loads');
		await page.waitForTimeout(300);
		await assertNoLayoutShift(page, viewport);
		assertClean(problems);
		await context.close();
	}
});

test('every scene is drawn while the reader is still at the title, once the text is in its web fonts', async () => {
	const { page, problems, context } = await openPage(browser);
	// The fonts take 700 ms more, as on a slow link, so the page is seen before the switch.
	await page.route(/\.woff2$/, (route) => setTimeout(() => route.continue().catch(() => {}), 700));
	const drawn = () =>
		page.$$eval('.scene-stack > .layer', (layers) =>
			layers.filter((l) => l.querySelector('svg')).map((l) => l.dataset.layer)
		);
	await page.goto(BASE_URL + '/', { waitUntil: 'load' });
	await page.waitForSelector('[data-layer="city"] svg');
	assert.ok(
		await page.evaluate(() => !!document.getElementById('fonts-after-load')),
		'fonts not switched yet'
	);
	// Drawn before the switch, every scene's text would be laid out twice: only the opening scene is.
	assert.deepEqual(await drawn(), ['city']);
	await page.waitForFunction(() => !document.getElementById('fonts-after-load'));
	// The last scene builds in stages: the years' calendar is its last.
	await page.waitForSelector('[data-layer="memory"] [data-sheet="calendar"]', {
		state: 'attached',
		timeout: 10_000
	});
	assert.deepEqual((await drawn()).sort(), ['city', 'memory', 'procession', 'route']);
	assert.equal(await page.evaluate(() => scrollY), 0, 'the reader has not moved');
	// Once drawn and still, the scenes off screen rest out of painting; the one on screen does not.
	const visibility = () =>
		page.$$eval('.scene-stack > .layer', (layers) =>
			Object.fromEntries(layers.map((l) => [l.dataset.layer, getComputedStyle(l).contentVisibility]))
		);
	await page.waitForFunction(
		() => document.querySelectorAll('.scene-stack > .layer.resting').length === 3,
		null,
		{ timeout: 10_000 }
	);
	assert.deepEqual(await visibility(), {
		city: 'visible',
		procession: 'hidden',
		route: 'hidden',
		memory: 'hidden'
	});
	assertClean(problems);
	await context.close();
});

test('switching to the web fonts keeps the place of a reader deep in the story', async () => {
	const { page, problems, context } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
	// The fonts come late enough that the reader is already there when the text switches to them.
	await page.route(/\.woff2$/, (route) => setTimeout(() => route.continue().catch(() => {}), 700));
	await page.goto(BASE_URL + '/');
	const step = contentSteps.findIndex((s) => s.state === 'years');
	await scrollToStep(page, step, 0.3);
	await waitForStep(page, step);
	const where = () =>
		page.evaluate(
			(i) => document.querySelector(`article[data-step="${i}"]`).getBoundingClientRect().top,
			step
		);
	assert.ok(
		await page.evaluate(() => !!document.getElementById('fonts-after-load')),
		'the text is still in the fallback faces when the reader arrives'
	);
	const before = await where();
	const heightBefore = await page.evaluate(() => document.documentElement.scrollHeight);
	await page.waitForFunction(() => !document.getElementById('fonts-after-load'));
	await page.waitForTimeout(200);
	const heightAfter = await page.evaluate(() => document.documentElement.scrollHeight);
	assert.ok(Math.abs((await where()) - before) < 1, `the step stays at ${before} px from the top`);
	assert.equal((await graphicState(page)).step, step);
	// Without the adjustment the step would have moved: the article is set anew in the web fonts.
	assert.notEqual(heightAfter, heightBefore, 'the switch does reflow the article');
	assertClean(problems);
	await context.close();
});

test('a page arriving in pieces paints its title whole, and moves no text when the rest comes', async () => {
	// A proxy that sends the page up to the end of the title's first line, then the rest 800 ms later,
	// as a slow link or a busy parser would; everything else passes through.
	const html = await (await fetch(BASE_URL + '/')).text();
	const cut = html.indexOf('</p>', html.indexOf('class="kicker')) + 4;
	assert.ok(cut > 4, 'the title has a kicker line');
	const proxy = createServer(async (req, res) => {
		if (req.url === '/') {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.write(html.slice(0, cut));
			await new Promise((resolve) => setTimeout(resolve, 800));
			res.end(html.slice(cut));
			return;
		}
		const upstream = await fetch(BASE_URL + req.url);
		res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? '' });
		res.end(Buffer.from(await upstream.arrayBuffer()));
	});
	await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
	try {
		for (const viewport of [
			{ width: 390, height: 844 },
			{ width: 1440, height: 900 }
		]) {
			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			await recordLayoutShifts(page);
			await page.addInitScript(() => {
				window.__painted = [];
				// The first paint must not wait for the rest of the page: it comes before the headline is parsed.
				new PerformanceObserver((list) => {
					for (const e of list.getEntries()) window.__painted.push([e.name, e.startTime]);
				}).observe({ type: 'paint', buffered: true });
				new MutationObserver((_, observer) => {
					if (!document.querySelector('h1')) return;
					window.__headline = performance.now();
					observer.disconnect();
				}).observe(document, { childList: true, subtree: true });
			});
			await page.goto(`http://127.0.0.1:${proxy.address().port}/`);
			await page.waitForFunction(() => document.querySelector('.title-screen .hint'));
			await page.waitForTimeout(300);
			const { painted, headline, visible } = await page.evaluate(() => ({
				painted: window.__painted,
				headline: window.__headline,
				visible: getComputedStyle(document.querySelector('h1')).visibility
			}));
			const fcp = painted.find(([name]) => name === 'first-contentful-paint')?.[1];
			assert.ok(
				fcp < headline,
				`first paint at ${fcp} ms should come before the headline arrived at ${headline} ms`
			);
			assert.equal(visible, 'visible', 'the whole title shows once it has arrived');
			await assertNoLayoutShift(page, viewport);
			await context.close();
		}
	} finally {
		proxy.close();
	}
});

test('the page starts with the code it preloads: no chunk is found only import by import', async () => {
	const { page, problems, context } = await openPage(browser);
	// Everything the page does not preload waits; if hydration needed any of it, it would wait too.
	const { preloaded, release } = await holdLazyScripts(page, '/');
	assert.ok(preloaded.size > 5, 'the page preloads its first-load code');
	await page.goto(BASE_URL + '/', { waitUntil: 'load' });
	await waitForHydration(page, { timeout: 5000 });
	release();
	assertClean(problems);
	await context.close();
});
