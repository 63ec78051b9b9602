#!/usr/bin/env node
// `npm run bench`: builds the site, serves it on loopback and prints one table of figures beside their budgets.
// Exits non-zero when a budget is missed; `--report-only` always exits 0 (for CI on a shared machine).
//   --no-build      use the existing build/ (default: build first)
//   --skip-lighthouse, --skip-pdf   leave out the slow parts
//   --runs N        how many times each timed measurement runs (default 3): timings are noisy on shared
//                   machines, so each row is the median of the runs, with their range beside it, and the
//                   budget is held against the median
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const argv = process.argv.slice(2);
const args = new Set(argv);
const runsAt = argv.findIndex((a) => a === '--runs' || a.startsWith('--runs='));
const RUNS = runsAt < 0 ? 3 : Number(argv[runsAt].split('=')[1] ?? argv[runsAt + 1]);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('--runs takes a whole number of runs, 1 or more');
const buildDir = process.env.STORY_BUILD_DIR ?? 'build';

if (!args.has('--no-build')) {
	const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], { stdio: 'ignore' });
	if (r.status !== 0) throw new Error('the build failed: run npm run build to see why');
}
const server = await serve({ root: buildDir, port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const rows = [];
/** One line of the table: a figure, its budget (or null) and whether it passes. */
function row(page, figure, value, unit, budget, ok) {
	rows.push({ page, figure, value, unit, budget: budget ?? '', ok: ok === undefined ? null : ok });
}
/** The median of the runs, and their range when there are several: "85 (84–87)". */
const median = (xs) => quantile(xs, 0.5);
const spread = (xs, digits = 0) => {
	const fmt = (x) => x.toFixed(digits);
	return xs.length > 1 ? `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})` : fmt(xs[0]);
};
const quantile = (xs, q) => {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))];
};

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

/**
 * JS and CSS, gzip bytes as the built files would travel: "first load" is everything requested until the
 * page's load event (what it needs to paint and start); "after load" is what it fetches once idle or as
 * the reader nears a scene (later scenes, print figures), reported but not budgeted.
 */
async function firstLoadBytes(path) {
	const page = await browser.newPage();
	const files = new Map();
	let loaded = false;
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (u.origin === origin && /\.(js|css)$/.test(u.pathname) && !files.has(u.pathname))
			files.set(u.pathname, loaded ? 'after' : 'first');
	});
	await page.goto(origin + path, { waitUntil: 'load' });
	loaded = true;
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1500);
	await page.close();
	const sum = { js: 0, css: 0, later: 0 };
	let largest = { name: '', bytes: 0 };
	for (const [f, when] of files) {
		const bytes = gzipSync(readFileSync(join(buildDir, f))).length;
		if (when === 'after') sum.later += bytes;
		else if (f.endsWith('.js')) {
			sum.js += bytes;
			if (bytes > largest.bytes) largest = { name: f.split('/').pop(), bytes };
		} else sum.css += bytes;
	}
	const html = gzipSync(
		readFileSync(join(buildDir, path === '/' ? 'index.html' : `${path.slice(1)}.html`))
	).length;
	return { ...sum, largest, html };
}

/**
 * Scrolls the whole story with a 4x slower CPU, recording long tasks and frame intervals. With
 * `reducedMotion`, scenes change only at step changes: what remains is the cost of those changes and of
 * the scroll itself, which shows how much of the frame figure the scenes' motion within steps accounts for.
 */
async function scrollThrough({ reducedMotion = false } = {}) {
	const context = await browser.newContext({
		viewport: { width: 1440, height: 900 },
		reducedMotion: reducedMotion ? 'reduce' : 'no-preference'
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.goto(origin + '/', { waitUntil: 'networkidle' });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.evaluate(() => {
		const w = window;
		w.__bench = { long: [], frames: [] };
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__bench.long.push(e.duration);
		}).observe({ type: 'longtask', buffered: false });
		let last = performance.now();
		const tick = (t) => {
			w.__bench.frames.push(t - last);
			last = t;
			if (!w.__benchStop) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
	await page.mouse.move(700, 450);
	// A reader's wheel: 100 px notches, about 30 a second.
	for (let y = 0; y < height; y += 100) {
		await page.mouse.wheel(0, 100);
		await page.waitForTimeout(33);
	}
	await page.waitForTimeout(500);
	const result = await page.evaluate(() => {
		window.__benchStop = true;
		return window.__bench;
	});
	await context.close();
	return { long: result.long, frames: result.frames.slice(3) };
}

/** Classroom mode: key press to the next step's scene drawn (the frame after the graphic changes), CPU 4x slower. */
async function keyToScene() {
	const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.goto(origin + '/present#0', { waitUntil: 'networkidle' });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.evaluate(() => {
		const w = window;
		w.__times = [];
		addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true });
		const stack = document.querySelector('.scene-stack');
		let shown = stack.dataset.step;
		new MutationObserver(() => {
			if (stack.dataset.step === shown) return;
			shown = stack.dataset.step;
			requestAnimationFrame(() => w.__times.push(performance.now() - w.__t0));
		}).observe(stack, { attributes: true, attributeFilter: ['data-step'] });
	});
	const last = (readFileSync('content/story.md', 'utf8').match(/^:{3,}step\{/gm) ?? []).length - 1;
	for (let i = 0; i < 80; i++) {
		const step = Number(await page.$eval('.scene-stack', (e) => e.dataset.step));
		if (step >= last) break;
		await page.keyboard.press('PageDown');
		// Long steps take two screens: a press that stays on the same step draws no new scene.
		await page
			.waitForFunction((s) => Number(document.querySelector('.scene-stack').dataset.step) !== s, step, {
				timeout: 1500
			})
			.catch(() => {});
		await page.waitForTimeout(250);
	}
	const times = await page.evaluate(() => window.__times);
	await context.close();
	return times;
}

async function lighthouseRun(path, formFactor) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const desktop =
		formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
		userDataDir: mkdtempSync(join(tmpdir(), 'lh-'))
	});
	try {
		const result = await lighthouse(
			origin + path,
			{ port: chrome.port, output: 'json', logLevel: 'error' },
			desktop
		);
		const lhr = result.lhr;
		const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
		return {
			perf: Math.round(lhr.categories.performance.score * 100),
			a11y: Math.round(lhr.categories.accessibility.score * 100),
			bp: Math.round(lhr.categories['best-practices'].score * 100),
			seo: Math.round(lhr.categories.seo.score * 100),
			fcp: audit('first-contentful-paint'),
			lcp: audit('largest-contentful-paint'),
			tbt: audit('total-blocking-time'),
			cls: audit('cumulative-layout-shift'),
			bytes: audit('total-byte-weight')
		};
	} finally {
		await chrome.kill();
	}
}

const kb = (b) => (b / 1024).toFixed(1);

for (const path of ['/', '/present', '/print']) {
	const b = await firstLoadBytes(path);
	row(
		path,
		'first-load JS (gzip)',
		kb(b.js),
		'KB',
		path === '/' ? '≤ 60' : '',
		path === '/' ? b.js <= 60 * 1024 : undefined
	);
	row(path, 'first-load CSS files (gzip; most is inlined in the HTML)', kb(b.css), 'KB');
	row(path, 'JS + CSS fetched after load (idle, near a scene)', kb(b.later), 'KB');
	row(path, 'HTML (gzip)', kb(b.html), 'KB');
	row(path, `largest JS chunk (${b.largest.name})`, kb(b.largest.bytes), 'KB');
}

const scrolls = [];
const stillScrolls = [];
for (let i = 0; i < RUNS; i++) {
	scrolls.push(await scrollThrough());
	stillScrolls.push(await scrollThrough({ reducedMotion: true }));
}
/** The share of frames that missed a 60 Hz frame, in percent. */
const overShare = (s) => (100 * s.frames.filter((f) => f > 20).length) / s.frames.length;
const longCounts = scrolls.map((s) => s.long.length);
const longCount = median(longCounts);
row('/', 'scroll, CPU 4x: long tasks > 50 ms', spread(longCounts), 'count', '0', longCount === 0);
row(
	'/',
	'scroll, CPU 4x: long tasks total',
	spread(scrolls.map((s) => s.long.reduce((a, b) => a + b, 0))),
	'ms'
);
row(
	'/',
	'scroll, CPU 4x: frame interval p50',
	spread(
		scrolls.map((s) => quantile(s.frames, 0.5)),
		1
	),
	'ms'
);
const p95s = scrolls.map((s) => quantile(s.frames, 0.95));
row('/', 'scroll, CPU 4x: frame interval p95', spread(p95s, 1), 'ms', '≤ 20', median(p95s) <= 20);
row('/', 'scroll, CPU 4x: frames over 20 ms', spread(scrolls.map(overShare), 1), '%');
row(
	'/',
	'scroll, CPU 4x: frame interval max',
	spread(
		scrolls.map((s) => Math.max(...s.frames)),
		1
	),
	'ms'
);
row(
	'/',
	'scroll, CPU 4x, reduced motion: long tasks > 50 ms',
	spread(stillScrolls.map((s) => s.long.length)),
	'count'
);
row(
	'/',
	'scroll, CPU 4x, reduced motion: frame interval p95',
	spread(
		stillScrolls.map((s) => quantile(s.frames, 0.95)),
		1
	),
	'ms'
);
row('/', 'scroll, CPU 4x, reduced motion: frames over 20 ms', spread(stillScrolls.map(overShare), 1), '%');

const keyRuns = [];
for (let i = 0; i < RUNS; i++) keyRuns.push(await keyToScene());
row(
	'/present',
	'key → scene drawn, CPU 4x: median',
	spread(
		keyRuns.map((k) => quantile(k, 0.5)),
		1
	),
	'ms'
);
const k95s = keyRuns.map((k) => quantile(k, 0.95));
row(
	'/present',
	`key → scene drawn, CPU 4x: p95 (${keyRuns[0].length} steps)`,
	spread(k95s, 1),
	'ms',
	'≤ 100',
	median(k95s) <= 100
);
await browser.close();

if (!args.has('--skip-pdf')) {
	const out = join(mkdtempSync(join(tmpdir(), 'bench-pdf-')), 'story.pdf');
	const t = performance.now();
	const r = spawnSync(process.execPath, ['scripts/pdf.mjs', '--out', out], { encoding: 'utf8' });
	if (r.status !== 0) row('/print', 'PDF export', 'failed', '', '', false);
	else {
		row('/print', 'PDF export time', ((performance.now() - t) / 1000).toFixed(1), 's');
		row('/print', 'PDF size', kb(statSync(out).size), 'KB');
	}
}

if (!args.has('--skip-lighthouse')) {
	let available = true;
	try {
		await import('lighthouse');
	} catch {
		available = false;
		row('all', 'Lighthouse', 'not installed (npm install)', '', '', false);
	}
	// Runs go round all pages before repeating, so a slow spell on the machine does not land on one page.
	const pages = available ? ['/', '/present', '/print'] : [];
	const results = new Map();
	for (let i = 0; i < RUNS; i++)
		for (const path of pages)
			for (const form of ['mobile', 'desktop']) {
				const key = `${path} ${form}`;
				results.set(key, [...(results.get(key) ?? []), await lighthouseRun(path, form)]);
			}
	for (const path of pages) {
		for (const form of ['mobile', 'desktop']) {
			const runs = results.get(`${path} ${form}`);
			const all = (k) => runs.map((r) => r[k]);
			const mid = (k) => median(all(k));
			const mobile = form === 'mobile';
			row(
				path,
				`Lighthouse ${form}: performance`,
				spread(all('perf')),
				'',
				mobile ? '≥ 98' : '',
				mobile ? mid('perf') >= 98 : undefined
			);
			row(path, `Lighthouse ${form}: accessibility`, spread(all('a11y')), '', '100', mid('a11y') === 100);
			row(path, `Lighthouse ${form}: best practices`, spread(all('bp')), '', '100', mid('bp') === 100);
			row(path, `Lighthouse ${form}: SEO`, spread(all('seo')), '', '100', mid('seo') === 100);
			row(
				path,
				`Lighthouse ${form}: FCP`,
				spread(
					all('fcp').map((v) => v / 1000),
					2
				),
				's'
			);
			row(
				path,
				`Lighthouse ${form}: LCP`,
				spread(
					all('lcp').map((v) => v / 1000),
					2
				),
				's',
				mobile ? '≤ 1.8' : '',
				mobile ? mid('lcp') <= 1800 : undefined
			);
			row(path, `Lighthouse ${form}: TBT`, spread(all('tbt')), 'ms');
			row(path, `Lighthouse ${form}: CLS`, spread(all('cls'), 3), '', '0.00', mid('cls') < 0.005);
			row(path, `Lighthouse ${form}: total bytes`, kb(mid('bytes')), 'KB');
		}
	}
}
server.close();

const w = (k) => Math.max(...rows.map((r) => String(r[k]).length), k.length);
const widths = { page: w('page'), figure: w('figure'), value: w('value'), unit: 5, budget: w('budget') };
const line = (r) =>
	[
		String(r.page).padEnd(widths.page),
		String(r.figure).padEnd(widths.figure),
		String(r.value).padStart(widths.value),
		String(r.unit).padEnd(widths.unit),
		String(r.budget).padEnd(widths.budget),
		r.ok === null ? '' : r.ok ? 'ok' : 'MISSED'
	].join('  ');
console.log(
	line({ page: 'page', figure: 'figure', value: 'value', unit: 'unit', budget: 'budget', ok: null })
);
for (const r of rows) console.log(line(r));
const missed = rows.filter((r) => r.ok === false);
console.log(`\n${rows.length} figures, ${missed.length} budgets missed.`);
if (missed.length && !args.has('--report-only')) process.exit(1);
