// Shared set-up for end-to-end tests: Debian's Chromium driven by playwright-core against the built site.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, MISSING_CHROMIUM } from '../../scripts/chromium.mjs';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
export { CHROMIUM, CHROMIUM_ARGS };

export function checkChromium() {
	if (!existsSync(CHROMIUM)) throw new Error(MISSING_CHROMIUM);
}

export async function launch() {
	checkChromium();
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A page that records what a user would notice going wrong: console errors, uncaught exceptions and
 * any request leaving the site's origin.
 */
export async function openPage(
	browser,
	{
		viewport = { width: 1440, height: 900 },
		javaScriptEnabled = true,
		reducedMotion = 'no-preference',
		context
	} = {}
) {
	const ctx = context ?? (await browser.newContext({ viewport, javaScriptEnabled, reducedMotion }));
	const page = await ctx.newPage();
	const problems = { consoleErrors: [], pageErrors: [], offOrigin: [] };
	const origin = new URL(BASE_URL).origin;
	page.on('console', (m) => m.type() === 'error' && problems.consoleErrors.push(m.text()));
	page.on('pageerror', (e) => problems.pageErrors.push(e.message));
	// Observed rather than intercepted: request interception stalls module scripts in this Chromium.
	page.on('request', (request) => {
		const url = request.url();
		if (!(url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')))
			problems.offOrigin.push(url);
	});
	return { page, context: ctx, problems };
}

/** Scrolls so the given step's top sits just above the trigger line (half the viewport). */
export async function scrollToStep(page, index, fraction = 0.02) {
	await page.evaluate(
		({ index, fraction }) => {
			const el = document.querySelector(`[data-step="${index}"]:not(.scene-stack)`);
			const next = document.querySelector(`[data-step="${index + 1}"]:not(.scene-stack)`);
			const top = el.getBoundingClientRect().top + window.scrollY;
			const span = next
				? next.getBoundingClientRect().top + window.scrollY - top
				: el.getBoundingClientRect().height;
			window.scrollTo(0, top + span * fraction - window.innerHeight * 0.5 + 1);
		},
		{ index, fraction }
	);
}

export async function graphicState(page) {
	return page.$eval('.scene-stack', (e) => ({
		scene: e.dataset.scene,
		state: e.dataset.state,
		step: Number(e.dataset.step)
	}));
}

/** Waits for the graphic to show a given step (the tracker measures on the next animation frame). */
export async function waitForStep(page, index) {
	await page.waitForFunction(
		(i) => document.querySelector('.scene-stack')?.getAttribute('data-step') === String(i),
		index,
		{ timeout: 20000 }
	);
}

/** Nothing a user would notice went wrong on a page from openPage: no errors, nothing fetched off the site. */
export function assertClean(problems, where = '') {
	const at = where ? ` (${where})` : '';
	assert.deepEqual(problems.offOrigin, [], `no request may leave the site${at}`);
	assert.deepEqual(problems.pageErrors, [], `no uncaught errors${at}`);
	assert.deepEqual(problems.consoleErrors, [], `no console errors${at}`);
}

/**
 * Holds back every script the page at `path` does not preload (code fetched later: scenes further on,
 * the print figures) until `release()` is called. Returns the preloaded paths and the release.
 */
export async function holdLazyScripts(page, path) {
	const html = await (await fetch(`${BASE_URL}${path}`)).text();
	const preloaded = new Set(
		[...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map(
			(m) => new URL(m[1], `${BASE_URL}${path}`).pathname
		)
	);
	let release;
	const released = new Promise((r) => (release = r));
	await page.route(/\.js$/, async (route) => {
		if (!preloaded.has(new URL(route.request().url()).pathname)) await released;
		await route.continue().catch(() => {});
	});
	return { preloaded, release };
}

/**
 * The graphic's text alternative, once it matches `pattern` or after 3 s: a scene reached by a jump is
 * announced when its code arrives, a moment after the step changes.
 */
export async function altText(page, pattern) {
	await page
		.waitForFunction(
			([source, flags]) =>
				new RegExp(source, flags).test(document.querySelector('.scene-stack [data-alt]')?.textContent ?? ''),
			[pattern.source, pattern.flags],
			{ timeout: 3000 }
		)
		.catch(() => {});
	return page.$eval('.scene-stack [data-alt]', (e) => e.textContent ?? '');
}

/**
 * Waits until the story page has hydrated: the browser draws the city again at the measured size
 * (the server's picture is SceneStack's nominal 800 px wide).
 */
export async function waitForHydration(page, options) {
	await page.waitForFunction(
		() => document.querySelector('.scene-stack [data-layer="city"] svg')?.getAttribute('width') !== '800',
		null,
		options
	);
}

/**
 * Waits until the page has switched its text to the web fonts (it does so once the fonts have come and
 * the page has not scrolled for a moment). The switch reflows the text, so a step's pixel positions
 * differ slightly before and after it: a test comparing what two visits to one place show waits first.
 */
export async function waitForWebFonts(page) {
	await page.waitForFunction(() => !document.getElementById('fonts-after-load'));
}

/**
 * Counts the procession's dot-coloured pixels (warm, light) in the procession layer as the reader sees
 * it, from a screenshot: the canvas may be painted by a worker, and a transferred canvas cannot be read.
 * `withMarks: false` hides the canvas first, so the difference is what the canvas itself painted.
 */
export async function processionDotPixels(page, { withMarks = true } = {}) {
	const canvas = page.locator('.layer[data-layer="procession"] canvas');
	await canvas.evaluate((c, show) => (c.style.visibility = show ? '' : 'hidden'), withMarks);
	await page.waitForTimeout(100);
	const png = await page.locator('.layer[data-layer="procession"]').screenshot();
	await canvas.evaluate((c) => (c.style.visibility = ''));
	return page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d');
		ctx.drawImage(img, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		// The dots are rgba(255, 233, 189, 0.82) over dark land: warm and light, unlike the map and its labels.
		for (let i = 0; i < d.length; i += 4) if (d[i] > 170 && d[i + 1] > 150 && d[i] - d[i + 2] > 35) n++;
		return n;
	}, png.toString('base64'));
}
