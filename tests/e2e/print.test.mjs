// The printable version: the PDF of /print (real text, every paragraph, one numbered figure per key
// frame, sane page count, nothing fetched off-origin) and the story's own print stylesheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, BASE_URL, assertClean, holdLazyScripts, waitForHydration } from './browser.mjs';

let browser;
const dir = mkdtempSync(join(tmpdir(), 'print-test-'));
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Text as pdftotext gives it and as the page holds it, made comparable: dashes, quotes, hyphenation, spaces. */
function normalise(text) {
	return (
		text
			.normalize('NFKC')
			.replace(/\u00ad/g, '') // soft hyphens
			.replace(/[\u2010\u2011]/g, '-')
			.replace(/-\s*\n\s*/g, '-\n') // keep hyphens at line ends, drop the break (joined below)
			.replace(/[\u2018\u2019\u02bc]/g, "'")
			.replace(/[\u201c\u201d]/g, '"')
			.replace(/\s+/g, ' ')
			// A word hyphenated at a line end by the layout ("inde- pendence") reads as one word.
			.replace(/(\p{L})- (\p{Ll})/gu, '$1$2')
			.trim()
	);
}

/** Removes the hyphen of a hyphenated word at a line end too, for comparison with words the text spells with one. */
const squash = (s) => s.replace(/-/g, '').replace(/ /g, '');

function pdfText(file) {
	return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}
/**
 * The article column only: the left part of each page (figures sit in the right-hand column), without
 * the running title. Reading order is then the text's own.
 */
function pdfColumnText(file, title) {
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const width = Number(/Page size:\s+([\d.]+)/.exec(info)[1]);
	const text = execFileSync(
		'pdftotext',
		['-enc', 'UTF-8', '-x', '0', '-y', '0', '-W', String(Math.floor(width / 2 - 8)), '-H', '2000', file, '-'],
		{
			encoding: 'utf8'
		}
	);
	return text
		.split('\n')
		.filter((line) => line.trim() !== title.trim())
		.join('\n');
}
function pdfPages(file) {
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return Number(/Pages:\s+(\d+)/.exec(info)[1]);
}

async function renderPdf(path, format) {
	const { page, problems, context } = await openPage(browser);
	const response = await page.goto(`${BASE_URL}${path}`, { waitUntil: 'load' });
	assert.equal(response.status(), 200, `${path} answers 200`);
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => document.fonts.ready);
	const facts = await page.evaluate(() => ({
		paragraphs: [...document.querySelectorAll('.print-doc .step .copy p')].map((p) => p.textContent),
		figures: [...document.querySelectorAll('.print-doc figure.static-figure')].map((f) => ({
			key: f.dataset.figure,
			number: Number(f.dataset.figureNumber),
			step: Number(f.closest('[data-step]')?.dataset.step),
			caption: f.querySelector('figcaption').textContent
		})),
		qr: document.querySelectorAll('[data-public-link] svg').length,
		questions: !!document.getElementById('questions'),
		svgs: [...document.querySelectorAll('.print-doc figure.static-figure')].filter((f) =>
			f.querySelector('.frame svg')
		).length,
		hidden: document.querySelectorAll('.print-doc figure.static-figure [visibility="hidden"]').length
	}));
	const file = join(dir, `${path.replace(/\W+/g, '-')}-${format}.pdf`);
	await page.pdf({ path: file, format, preferCSSPageSize: false, printBackground: true });
	await context.close();
	return { file, facts, problems };
}

function storySteps() {
	// The content file, read independently of the site: one entry per :::step block, its paragraphs.
	const text = readFileSync('content/story.md', 'utf8');
	const steps = [];
	const re = /^(:{3,})step\{([^}]*)\}\s*\n([\s\S]*?)^\1\s*$/gm;
	for (const m of text.matchAll(re)) {
		const attrs = m[2];
		const body = m[3].replace(/^:{3,}notes[\s\S]*?^:{3,}\s*$/gm, '');
		const paragraphs = body
			.split(/\n\s*\n/)
			.map((p) => p.replace(/\\\n/g, '\n').trim())
			.filter(Boolean);
		steps.push({ attrs, paragraphs });
	}
	return steps;
}

test('the PDF of /print holds the whole article as text, with one numbered figure per key frame', async () => {
	const { file, facts, problems } = await renderPdf('/print', 'A4');
	assert.deepEqual(problems.offOrigin, [], 'no request leaves the site');
	assert.deepEqual(problems.pageErrors, []);

	const pages = pdfPages(file);
	assert.ok(pages >= 3 && pages <= 30, `page count ${pages} is in a sane range`);
	// Set in the web fonts, not in the metric-matched stand-ins the page falls back on while they load.
	const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
	assert.match(fonts, /SourceSerif4-Regular/, 'the text is in Source Serif 4');
	assert.match(fonts, /SourceSerif4-SemiBold/, 'the headings are in Source Serif 4');
	assert.match(fonts, /Inter-Regular/, 'the labels are in Inter');

	const text = normalise(pdfText(file));
	const title = /^title:\s*"?(.*?)"?\s*$/m.exec(readFileSync('content/story.md', 'utf8'))[1];
	const column = squash(normalise(pdfColumnText(file, title)));
	const steps = storySteps();
	assert.ok(steps.length > 5, 'the content file has steps');
	const fromContent = steps.flatMap((s) => s.paragraphs);
	assert.deepEqual(
		facts.paragraphs.map(normalise),
		fromContent.map(normalise),
		'the print page holds every paragraph of content/story.md, in order'
	);
	for (const p of fromContent) {
		const want = normalise(p);
		// Justified lines, a drop cap and hyphenation come out of pdftotext with odd spacing: compare without spaces and hyphens.
		assert.ok(
			text.includes(want) || column.includes(squash(want)),
			`the PDF's text holds: "${want.slice(0, 60)}…"`
		);
	}

	// One figure per key frame, numbered 1…n in reading order, each with the step it illustrates.
	const html = await (await fetch(`${BASE_URL}/print`)).text();
	assert.ok(facts.figures.length > 0, 'there are figures');
	assert.equal(facts.svgs, facts.figures.length, 'every figure is drawn in SVG (vector)');
	// A printed figure carries only what it shows: hidden marks only make /print heavier to load and lay out.
	assert.equal(facts.hidden, 0, 'no hidden elements in the printed figures');
	assert.deepEqual(
		facts.figures.map((f) => f.number),
		facts.figures.map((_, i) => i + 1),
		'figures numbered 1…n'
	);
	const stepsInOrder = facts.figures.map((f) => f.step);
	assert.deepEqual(
		stepsInOrder,
		[...stepsInOrder].sort((a, b) => a - b),
		'figures follow reading order'
	);
	assert.equal(
		new Set(facts.figures.map((f) => f.key)).size,
		facts.figures.length,
		'one figure per key-frame scene state'
	);
	// Key frames by the content's rule: the first step of each scene state unless the writer chose.
	const expected = [];
	const seen = new Set();
	const chosen = new Set(
		steps
			.filter((s) => /keyframe="?true"?/.test(s.attrs))
			.map((s) => `${/scene="([^"]+)"/.exec(s.attrs)[1]}/${/state="([^"]+)"/.exec(s.attrs)[1]}`)
	);
	steps.forEach((s, i) => {
		const key = `${/scene="([^"]+)"/.exec(s.attrs)[1]}/${/state="([^"]+)"/.exec(s.attrs)[1]}`;
		const choice = /keyframe="?true"?/.test(s.attrs)
			? true
			: /keyframe="?false"?/.test(s.attrs)
				? false
				: null;
		if (seen.has(key)) return;
		if (choice === true || (choice === null && !chosen.has(key))) {
			expected.push(i);
			seen.add(key);
		}
	});
	assert.deepEqual(stepsInOrder, expected, 'a figure at each key-frame step');

	// In the PDF: "Figure 1." … "Figure n." in order, each once.
	const numbers = [...text.matchAll(/Figure (\d+)\./g)].map((m) => Number(m[1]));
	assert.deepEqual(
		numbers,
		facts.figures.map((f) => f.number),
		'figure numbers appear once each, in order, in the PDF'
	);
	assert.match(text, /Sources of the figures/);

	// Without a publicUrl in the front matter there is neither address nor QR code.
	const hasUrl = /^publicUrl:/m.test(readFileSync('content/story.md', 'utf8'));
	assert.equal(facts.qr, hasUrl ? 1 : 0, 'QR code printed exactly when the story names its public URL');
	assert.ok(!html.includes('<script src="http'), 'no off-origin scripts');
});

test('US Letter works too, and the handout adds questions only when the content has them', async () => {
	const letter = await renderPdf('/print', 'Letter');
	const info = execFileSync('pdfinfo', [letter.file], { encoding: 'utf8' });
	assert.match(info, /Page size:\s+612 x 792 pts \(letter\)/);
	assert.deepEqual(letter.problems.offOrigin, []);

	const handout = await renderPdf('/print/handout', 'A4');
	assert.deepEqual(handout.problems.offOrigin, []);
	// A :::notes block with a "- " list holds questions.
	const anyQuestions = /:{3,}notes[\s\S]*?^\s*[-*] /m.test(readFileSync('content/story.md', 'utf8'));
	assert.equal(
		handout.facts.questions,
		anyQuestions,
		'the questions section is there exactly when some step has questions'
	);
	assert.equal(handout.facts.figures.length, letter.facts.figures.length);
});

test('Ctrl+P pressed before the figure code has arrived still prints the figures', async () => {
	const { page, problems, context } = await openPage(browser);
	// Code the page does not preload (later scenes, the print figures) is held back until after Ctrl+P,
	// so the key is surely pressed before the figure code is here, however fast the page went idle.
	const { release } = await holdLazyScripts(page, '/');
	await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
	await waitForHydration(page);
	assert.equal(await page.locator('article.step figure.static-figure').count(), 0, 'no figures on screen');
	await page.keyboard.press('Control+p');
	setTimeout(release, 1500);
	await page.waitForFunction(
		() => document.querySelectorAll('article.step figure.static-figure svg').length > 0,
		null,
		{ timeout: 15000 }
	);
	const keyframes = (readFileSync('content/story.md', 'utf8').match(/^:{3,}step\{/gm) ?? []).length;
	const figures = await page.locator('article.step figure.static-figure').count();
	assert.ok(figures > 0 && figures <= keyframes, `${figures} figures drawn for printing`);
	assertClean(problems);
	await context.close();
});

test('Ctrl+P on the story: no sticky graphic or scroll chrome, the static figures instead', async () => {
	const { page, problems, context } = await openPage(browser);
	await page.goto(`${BASE_URL}/`, { waitUntil: 'load' });
	await page.emulateMedia({ media: 'print' });
	// The figures are drawn when printing starts (they are not in the page on screen).
	await page.waitForFunction(
		() => document.querySelectorAll('article.step figure.static-figure svg').length > 0
	);
	const shown = await page.evaluate(() => {
		const display = (sel) => [...document.querySelectorAll(sel)].map((e) => getComputedStyle(e).display);
		return {
			graphic: display('.graphic'),
			header: display('.site-header'),
			hint: display('.title-screen .hint'),
			figures: display('article.step figure.static-figure'),
			keyframes: document.querySelectorAll('article.step figure.static-figure').length,
			background: getComputedStyle(document.body).backgroundColor,
			color: getComputedStyle(document.querySelector('article.step .card p')).color
		};
	});
	assert.ok(
		shown.graphic.length >= 1 && shown.graphic.every((d) => d === 'none'),
		'the sticky graphic is gone'
	);
	assert.ok(
		shown.header.every((d) => d === 'none'),
		'the site header and progress bar are gone'
	);
	assert.ok(
		shown.hint.every((d) => d === 'none'),
		'the scroll hint is gone'
	);
	assert.ok(shown.keyframes > 0 && shown.figures.every((d) => d === 'block'), 'the static figures are shown');
	assert.equal(shown.background, 'rgb(255, 255, 255)', 'white paper');
	assert.equal(shown.color, 'rgb(17, 17, 17)', 'black ink');
	const file = join(dir, 'story.pdf');
	await page.pdf({ path: file, format: 'A4', preferCSSPageSize: false, printBackground: true });
	const pages = pdfPages(file);
	assert.ok(pages >= 3 && pages <= 40, `story prints on ${pages} pages`);
	const text = normalise(pdfText(file));
	assert.match(text, /Figure 1\./, 'figures are numbered on the story print too');
	assert.deepEqual(problems.offOrigin, []);
	await context.close();
});

test('the print pages run no app code, and their Print button prints', async () => {
	for (const path of ['/print', '/print/handout']) {
		const { page, problems, context } = await openPage(browser, { viewport: { width: 390, height: 844 } });
		const scripts = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
		await page.addInitScript(() => {
			window.__printed = 0;
			window.print = () => window.__printed++;
		});
		await page.goto(BASE_URL + path, { waitUntil: 'load' });
		assert.deepEqual(scripts, ['/print-button.js'], `${path} loads only the button's script`);
		// Every figure is there as drawn on the server.
		assert.ok((await page.locator('figure.static-figure svg').count()) > 10, `${path} has its figures`);
		const button = page.getByRole('button', { name: 'Print' });
		assert.ok(await button.isVisible(), `${path}: the Print button shows`);
		await button.click();
		assert.equal(await page.evaluate(() => window.__printed), 1, `${path}: the button prints`);
		assertClean(problems);
		await context.close();
	}
	// Without JavaScript the button could do nothing, so it is not shown.
	const { page, context } = await openPage(browser, { javaScriptEnabled: false });
	await page.goto(BASE_URL + '/print');
	assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
	await context.close();
});
