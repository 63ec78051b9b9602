#!/usr/bin/env node
// `npm run pdf`: writes a PDF of the print version (/print) with Chromium, building the site first if needed.
//   --letter    US Letter instead of A4
//   --handout   the classroom handout (/print/handout), with the discussion questions
//   --build     rebuild even if the build looks current
//   --out FILE  where to write (default: black-january[-handout]-a4|letter.pdf in the current folder)
// Honours STORY_BUILD_DIR (the built site, default build/) and CHROMIUM_PATH (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, MISSING_CHROMIUM } from './chromium.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? args[i + 1] : undefined;
};
const known = new Set(['--letter', '--a4', '--handout', '--build', '--out']);
for (const [i, a] of args.entries()) {
	if (a.startsWith('--') && !known.has(a))
		fail(`unknown option ${a}. Use --letter, --handout, --build or --out FILE.`);
	if (!a.startsWith('--') && args[i - 1] !== '--out') fail(`unexpected argument "${a}".`);
}

const letter = flag('letter');
const handout = flag('handout');
const buildDir = process.env.STORY_BUILD_DIR ?? 'build';
const out = resolve(
	option('out') ?? `black-january${handout ? '-handout' : ''}-${letter ? 'letter' : 'a4'}.pdf`
);

function fail(message) {
	console.error(`pdf: ${message}`);
	process.exit(1);
}

/** Newest modification time under a folder (files only). */
function newest(dir) {
	let t = 0;
	if (!existsSync(dir)) return t;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		if (entry.isDirectory()) t = Math.max(t, newest(p));
		else if (entry.isFile()) t = Math.max(t, statSync(p).mtimeMs);
	}
	return t;
}

const printPage = join(buildDir, 'print.html');
const stale =
	!existsSync(printPage) ||
	statSync(printPage).mtimeMs < Math.max(newest('src'), newest('content'), newest('static'));
if (flag('build') || stale) {
	console.log(
		flag('build')
			? `Building the site into ${buildDir}/…`
			: `${buildDir}/ is missing or older than src/ or content/: building…`
	);
	const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit',
		env: process.env
	});
	if (r.status !== 0) fail('the build failed (see above).');
}
if (!existsSync(CHROMIUM)) fail(MISSING_CHROMIUM);

const server = await serve({ root: buildDir, port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
	executablePath: CHROMIUM,
	headless: true,
	args: CHROMIUM_ARGS
});
try {
	const page = await browser.newPage();
	// The print version is self-contained; nothing may leave the machine.
	await page.route('**/*', (route) =>
		route.request().url().startsWith(origin) ? route.continue() : route.abort()
	);
	const url = `${origin}/print${handout ? '/handout' : ''}`;
	const response = await page.goto(url, { waitUntil: 'load' });
	if (!response?.ok()) fail(`${url} answered ${response?.status()}.`);
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => document.fonts.ready);
	// The page's @page rules give size auto, margins, running title and page numbers; the format sets the paper.
	await page.pdf({
		path: out,
		format: letter ? 'Letter' : 'A4',
		preferCSSPageSize: false,
		printBackground: true,
		displayHeaderFooter: false
	});
} finally {
	await browser.close();
	server.close();
}

const bytes = statSync(out).size;
const pdf = readFileSync(out, 'latin1');
const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
const size =
	bytes > 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.round(bytes / 1024)} kB`;
console.log(
	`Wrote ${out}\n  ${letter ? 'US Letter' : 'A4'}${handout ? ', classroom handout' : ''}: ${pages} pages, ${size} (${bytes} bytes)`
);
