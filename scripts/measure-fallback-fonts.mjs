// Measures the metric overrides of the fallback faces in src/app.css: how much Times New Roman / Arial
// (here their metric twins, Liberation Serif / Sans) must be scaled to set this article's text as wide as
// Source Serif 4 / Inter, and the web fonts' ascent and descent in the scaled em (Chromium scales the
// overrides by size-adjust). Run after `npm run build`: `node scripts/measure-fallback-fonts.mjs`.
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const root = process.env.STORY_BUILD_DIR ?? 'build';
const assets = readdirSync(`${root}/_app/immutable/assets`);
const asset = (name) => {
	const file = assets.find((f) => f.startsWith(name) && f.endsWith('.woff2'));
	if (!file) throw new Error(`${name}*.woff2 is not in ${root}: run npm run build first`);
	return `/_app/immutable/assets/${file}`;
};
const pairs = [
	{
		face: 'Source Serif 4 400',
		web: asset('source-serif-4-latin-400-normal'),
		local: 'Liberation Serif',
		weight: 400
	},
	{
		face: 'Source Serif 4 600',
		web: asset('source-serif-4-latin-600-normal'),
		local: 'Liberation Serif Bold',
		weight: 600
	},
	{ face: 'Inter 400', web: asset('inter-latin-400-normal'), local: 'Liberation Sans', weight: 400 },
	{ face: 'Inter 600', web: asset('inter-latin-600-normal'), local: 'Liberation Sans Bold', weight: 600 }
];
// The story's own words, without directive lines: the widths that matter are those of this text.
const text = readFileSync('content/story.md', 'utf8')
	.replace(/^:.*$/gm, '')
	.replace(/[#*_>]/g, '')
	.slice(0, 6000);

const server = await serve({ root, port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage();
	await page.goto(`http://127.0.0.1:${server.address().port}/`);
	const rows = await page.evaluate(
		async ({ pairs, text }) => {
			const SIZE = 1000;
			const measure = async (name, src, weight) => {
				const face = new FontFace(name, src, { weight: String(weight) });
				await face.load();
				document.fonts.add(face);
				const ctx = document.createElement('canvas').getContext('2d');
				ctx.font = `${weight} ${SIZE}px "${name}"`;
				const m = ctx.measureText(text);
				return {
					width: m.width,
					ascent: m.fontBoundingBoxAscent / SIZE,
					descent: m.fontBoundingBoxDescent / SIZE
				};
			};
			const out = [];
			for (const [i, p] of pairs.entries()) {
				const web = await measure(`web${i}`, `url(${p.web})`, p.weight);
				const local = await measure(`local${i}`, `local("${p.local}")`, p.weight);
				const scale = web.width / local.width;
				out.push({
					face: p.face,
					local: p.local,
					scale,
					ascent: web.ascent / scale,
					descent: web.descent / scale
				});
			}
			return out;
		},
		{ pairs, text }
	);
	const pct = (x) => `${(x * 100).toFixed(2)}%`;
	for (const r of rows)
		console.log(
			`${r.face} over ${r.local}: size-adjust ${pct(r.scale)}; ascent-override ${pct(r.ascent)}; descent-override ${pct(r.descent)}`
		);
} finally {
	await browser.close();
	server.close();
}
