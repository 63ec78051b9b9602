#!/usr/bin/env node
// The classroom export: builds the story with STORY_TARGET=offline (hash router, bundle and styles inlined,
// fonts as data: URLs, content compiled in; see svelte.config.js and vite.config.ts) and writes the one page
// that build produces as a single file that opens from disk, e.g. from a USB stick, with no network.
//
//   npm run export:offline                      writes exports/black-january.html
//   node scripts/export-offline.mjs --no-build  reuses the last offline build
//   node scripts/export-offline.mjs --out FILE  writes FILE instead
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';

const LIMIT = 3 * 1024 * 1024;
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = resolve(outAt >= 0 ? args[outAt + 1] : 'exports/black-january.html');

// Its own folders, so the export never overwrites the hosted build (or another work tree's).
const buildDir = `${process.env.STORY_BUILD_DIR ?? 'build'}-offline`;
const kitDir = `${process.env.STORY_KIT_DIR ?? '.svelte-kit'}-offline`;

if (!args.includes('--no-build')) {
	const env = { ...process.env, STORY_TARGET: 'offline', STORY_BUILD_DIR: buildDir, STORY_KIT_DIR: kitDir };
	const vite = join('node_modules', 'vite', 'bin', 'vite.js');
	const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { stdio: 'inherit', env });
	if (built.status !== 0) {
		console.error('export:offline: the offline build failed.');
		process.exit(built.status ?? 1);
	}
}

// With the hash router Kit prerenders one page, index.html, which holds every route.
const pages = readdirSync(buildDir).filter((f) => f.endsWith('.html'));
if (pages.join() !== 'index.html') {
	console.error(`export:offline: expected ${buildDir}/ to hold only index.html, found ${pages.join(', ')}`);
	process.exit(1);
}
let html = readFileSync(join(buildDir, 'index.html'), 'utf8');

// app.html links two files from static/: the icon and the no-JavaScript stylesheet. A single file carries
// them inside: the icon as a data: URL, the stylesheet as a <style> (it still only applies without JavaScript).
const TYPES = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };
html = html.replace(/<link rel="stylesheet" href="\/([^"]+\.css)" \/>/g, (_, file) => {
	const css = readFileSync(join(buildDir, file), 'utf8').trim();
	return `<style>${css}</style>`;
});
html = html.replace(/(<link rel="icon" href=")\/([^"]+)(")/g, (_, before, file, after) => {
	const type = TYPES[extname(file)];
	if (!type) throw new Error(`export:offline: no data: URL type for ${file}`);
	const data = readFileSync(join(buildDir, file)).toString('base64');
	return `${before}data:${type};base64,${data}${after}`;
});

// Whatever the page would load must be inside it: no src/href to another file, no stylesheet url() but data:.
const loads = [
	...html.matchAll(/<(?:script|img|link|source|iframe)\b[^>]*\s(?:src|href)="([^"#][^"]*)"/g),
	...html.matchAll(/<style[^>]*>[\s\S]*?<\/style>/g)
]
	.flatMap((m) =>
		m[0].startsWith('<style')
			? [...m[0].matchAll(/url\(\s*["']?(?!data:|#)([^"')]+)/g)].map((u) => u[1])
			: [m[1]]
	)
	.filter((url) => !url.startsWith('data:'));
if (loads.length) {
	console.error(`export:offline: the page still loads other files: ${[...new Set(loads)].join(', ')}`);
	process.exit(1);
}

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const size = statSync(out).size;
const mb = (size / 1024 / 1024).toFixed(2);
console.log(`Wrote ${relative('.', out) || out}: ${size.toLocaleString('en')} bytes (${mb} MB)`);
if (size >= LIMIT) {
	console.error(`export:offline: the file must stay under 3 MB (it is ${mb} MB).`);
	process.exit(1);
}
