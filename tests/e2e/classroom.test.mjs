// Classroom mode: the audience view (/present) and the presenter view (/present/notes), driven by keys.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, openPage, assertClean, waitForHydration } from './browser.mjs';

/**
 * Waits for the graphic to show a step. Polls on a timer rather than on animation frames: with two
 * windows open, the one behind may get no frames at all.
 */
async function waitForStep(page, index, timeout = 8000) {
	await page.waitForFunction(
		(i) => document.querySelector('.scene-stack')?.getAttribute('data-step') === String(i),
		index,
		{ timeout, polling: 50 }
	);
}

/** The same for the presenter view. */
async function waitForPresenter(page, index, timeout = 8000) {
	await page.waitForFunction(
		(i) => document.querySelector('[data-presenter-step]')?.dataset.presenterStep === String(i),
		index,
		{ timeout, polling: 50 }
	);
}

const FULL_HD = { width: 1920, height: 1080 };

/** Steps in content order, with whether each has a :::notes block (read from the content, not the page). */
function storySteps() {
	const steps = [];
	for (const line of readFileSync('content/story.md', 'utf8').split(/\r?\n/)) {
		const open = /^:{3,}step\{#([\w-]+)/.exec(line);
		if (open) steps.push({ id: open[1], notes: false });
		else if (/^:::notes\s*$/.test(line) && steps.length) steps.at(-1).notes = true;
	}
	return steps;
}
const STEPS = storySteps();
const LAST = STEPS.length - 1;

let browser;
before(async () => {
	browser = await launch();
});
after(async () => {
	await browser?.close();
});

/** Audience view position: the deck (step + screen) and what the graphic shows. */
async function where(page) {
	return page.evaluate(() => {
		const main = document.querySelector('[data-present-step]');
		const stack = document.querySelector('.scene-stack');
		return {
			step: Number(main.dataset.presentStep),
			screen: Number(main.dataset.presentScreen),
			graphic: Number(stack.dataset.step)
		};
	});
}

async function presenterAt(page) {
	return page.evaluate(() => {
		const main = document.querySelector('[data-presenter-step]');
		return {
			step: Number(main.dataset.presenterStep),
			screen: Number(main.dataset.presenterScreen),
			blank: main.dataset.blank
		};
	});
}

/** Screens per step, as the audience view split them (counted by walking the deck with →). */
async function screensPerStep(page) {
	await page.keyboard.press('Home');
	await waitForStep(page, 0);
	const counts = new Array(STEPS.length).fill(0);
	let at = await where(page);
	for (let guard = 0; guard < 200; guard++) {
		counts[at.step] = Math.max(counts[at.step], at.screen + 1);
		await page.keyboard.press('ArrowRight');
		const next = await where(page);
		if (next.step === at.step && next.screen === at.screen) break;
		at = next;
	}
	return counts;
}

async function openAudience(hash = '#0', options = {}) {
	const opened = await openPage(browser, { viewport: FULL_HD, reducedMotion: 'reduce', ...options });
	await opened.page.goto(`${BASE_URL}/present${hash}`);
	// The server's markup is there before the keys are listened to: a key pressed in that moment (the
	// test's first End, in one CI run) would be lost, so the tests press keys once the page has hydrated.
	await waitForHydration(opened.page);
	return opened;
}

async function goStep(page, step) {
	await page.evaluate((s) => (location.hash = `#${s}`), step);
	await waitForStep(page, step);
}

test('every "next" and "previous" key moves one step, and the graphic follows', async () => {
	const { page, context, problems } = await openAudience('#0');
	const screens = await screensPerStep(page);
	// A pair of neighbouring one-screen steps, so one key press means exactly one step.
	const from = screens.findIndex((n, i) => n === 1 && screens[i + 1] === 1);
	assert.ok(from >= 0, 'two neighbouring one-screen steps exist');
	const nextKeys = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter', 'n', 'N'];
	for (const key of nextKeys) {
		await goStep(page, from);
		await page.keyboard.press(key);
		await waitForStep(page, from + 1);
		const at = await where(page);
		assert.deepEqual(at, { step: from + 1, screen: 0, graphic: from + 1 }, `${key} goes to the next step`);
	}
	const prevKeys = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'p', 'P'];
	for (const key of prevKeys) {
		await goStep(page, from + 1);
		await page.keyboard.press(key);
		await waitForStep(page, from);
		assert.equal((await where(page)).step, from, `${key} goes to the previous step`);
	}
	assertClean(problems);
	await context.close();
});

test('long steps are split across screens; next and previous walk through them', async () => {
	const { page, context, problems } = await openAudience('#0');
	const screens = await screensPerStep(page);
	assert.ok(
		screens.every((n) => n >= 1 && n <= 3),
		`screens per step: ${screens}`
	);
	const long = screens.findIndex((n) => n > 1);
	if (long >= 0) {
		await goStep(page, long);
		assert.equal((await where(page)).screen, 0);
		await page.keyboard.press('PageDown');
		assert.deepEqual(await where(page), { step: long, screen: 1, graphic: long });
		await page.keyboard.press('PageUp');
		assert.deepEqual(await where(page), { step: long, screen: 0, graphic: long });
		// Back from the next step lands on this step's last screen.
		await goStep(page, long + 1);
		await page.keyboard.press('ArrowLeft');
		assert.deepEqual(await where(page), { step: long, screen: screens[long] - 1, graphic: long });
	}
	assertClean(problems);
	await context.close();
});

test('Home, End, and a number then Enter', async () => {
	const { page, context, problems } = await openAudience('#5');
	await waitForStep(page, 5);
	await page.keyboard.press('End');
	await waitForStep(page, LAST);
	await page.keyboard.press('Home');
	await waitForStep(page, 0);
	// People type the numbers they see (1-based): "12" Enter shows step 12, data-step 11.
	await page.keyboard.press('1');
	await page.keyboard.press('2');
	assert.match(await page.textContent('.entry'), /12/);
	assert.equal((await where(page)).step, 0, 'typing alone does not move');
	await page.keyboard.press('Enter');
	await waitForStep(page, 11);
	assert.equal(await page.$('.entry'), null, 'the typed number is cleared');
	await page.keyboard.press('3');
	await page.keyboard.press('Enter');
	await waitForStep(page, 2);
	await page.keyboard.press('9');
	await page.keyboard.press('9');
	await page.keyboard.press('Enter');
	await waitForStep(page, LAST);
	// Escape drops a half-typed number; Enter is then plain "next".
	await page.keyboard.press('Home');
	await page.keyboard.press('7');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Enter');
	const moved = await where(page);
	assert.ok(moved.step === 1 || moved.screen === 1, 'Enter with no number is next');
	assertClean(problems);
	await context.close();
});

test('B and "." blank the screen to black, and again bring it back; moving keeps it blank', async () => {
	const { page, context, problems } = await openAudience('#2');
	for (const key of ['b', 'B', '.']) {
		await page.keyboard.press(key);
		await page.waitForSelector('[data-blank-screen]');
		const covered = await page.evaluate(() => {
			const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
			return { blank: el?.hasAttribute('data-blank-screen'), bg: getComputedStyle(el).backgroundColor };
		});
		assert.deepEqual(covered, { blank: true, bg: 'rgb(0, 0, 0)' }, `${key} blanks`);
		assert.equal(await page.getAttribute('main', 'data-blank'), 'true');
		await page.keyboard.press(key);
		await page.waitForSelector('[data-blank-screen]', { state: 'detached' });
		assert.equal(await page.getAttribute('main', 'data-blank'), 'false', `${key} again returns`);
	}
	await page.keyboard.press('.');
	await page.keyboard.press('PageDown');
	assert.ok(await page.$('[data-blank-screen]'), 'still black after a clicker "next"');
	await page.keyboard.press('.');
	assertClean(problems);
	await context.close();
});

test('F toggles full screen and Esc leaves it; ? shows the keys; S shows step numbers', async () => {
	const { page, context, problems } = await openAudience('#4');
	await page.keyboard.press('f');
	await page.waitForFunction(() => !!document.fullscreenElement, null, { timeout: 3000 });
	await page.keyboard.press('f');
	await page.waitForFunction(() => !document.fullscreenElement, null, { timeout: 3000 });
	await page.keyboard.press('F');
	await page.waitForFunction(() => !!document.fullscreenElement, null, { timeout: 3000 });
	await page.keyboard.press('Escape');
	await page.waitForFunction(() => !document.fullscreenElement, null, { timeout: 3000 });

	await page.keyboard.press('?');
	await page.waitForSelector('[role="dialog"]');
	assert.match(await page.textContent('[role="dialog"]'), /Page Down/);
	await page.keyboard.press('Escape');
	await page.waitForSelector('[role="dialog"]', { state: 'detached' });

	assert.equal(await page.$('[data-step-number]'), null);
	await page.keyboard.press('s');
	assert.match(await page.textContent('[data-step-number]'), new RegExp(`Step 5\\s*/ ${STEPS.length}`));
	await page.keyboard.press('s');
	assert.equal(await page.$('[data-step-number]'), null);
	assertClean(problems);
	await context.close();
});

test('keys are ignored while focus is in a text field', async () => {
	const { page, context, problems } = await openAudience('#3');
	await page.evaluate(() => {
		const input = document.createElement('input');
		input.id = 'probe';
		document.body.append(input);
	});
	await page.focus('#probe');
	for (const key of [
		'ArrowRight',
		'PageDown',
		'Space',
		'n',
		'b',
		'.',
		'Home',
		'End',
		'5',
		'Enter',
		'f',
		'?',
		's'
	]) {
		await page.keyboard.press(key);
	}
	assert.deepEqual(await where(page), { step: 3, screen: 0, graphic: 3 });
	assert.equal(await page.getAttribute('main', 'data-blank'), 'false');
	assert.equal(await page.$('[role="dialog"]'), null);
	assert.equal(await page.evaluate(() => !!document.fullscreenElement), false);

	// The presenter view's own "go to step" field: typing there does not drive the deck.
	const notes = await context.newPage();
	await notes.goto(`${BASE_URL}/present/notes#3`);
	await notes.waitForSelector('[data-presenter-step]');
	await notes.focus('#jump');
	for (const key of ['ArrowRight', 'PageDown', 'Space', 'n', 'p', 'b', '.', 'Home', 'End'])
		await notes.keyboard.press(key);
	assert.equal((await presenterAt(notes)).step, 3);
	assert.equal((await presenterAt(notes)).blank, 'false');
	// …but submitting it does.
	await notes.fill('#jump', '9');
	await notes.keyboard.press('Enter');
	await waitForStep(page, 8);
	assertClean(problems);
	await context.close();
});

test('the address follows the step and a reload restores it', async () => {
	const { page, context, problems } = await openAudience('#0');
	await page.keyboard.press('End');
	await waitForStep(page, LAST);
	await page.keyboard.press('Home');
	await page.keyboard.press('6');
	await page.keyboard.press('Enter');
	await waitForStep(page, 5);
	await page.waitForFunction(() => location.hash === '#5', null, { polling: 50 });
	assert.equal(new URL(page.url()).pathname, '/present');
	await page.reload();
	await waitForStep(page, 5);
	assert.equal((await where(page)).step, 5);
	// Shared links also work as #step-N and ?step=N.
	await page.goto(`${BASE_URL}/present?step=9`);
	await waitForStep(page, 9);
	await page.waitForFunction(() => location.hash === '#9', null, { polling: 50 });
	// R (and the link) go to the scrolling story at the same step.
	assert.equal(await page.getAttribute('a[href^="/#step-"]', 'href'), '/#step-9');
	await page.keyboard.press('r');
	await page.waitForURL(`${BASE_URL}/#step-9`);
	assertClean(problems);
	await context.close();
});

test('audience and presenter stay in sync both ways, across reloads', async () => {
	const { page: audience, context, problems } = await openAudience('#5');
	await waitForStep(audience, 5);
	// O opens the presenter window.
	const [presenter] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('o')]);
	await presenter.waitForLoadState();
	assert.match(presenter.url(), /\/present\/notes/);
	await waitForPresenter(presenter, 5);

	const same = async () => {
		const a = await where(audience);
		const p = await presenterAt(presenter);
		return a.step === p.step && a.screen === p.screen;
	};
	const settle = async () => {
		for (let i = 0; i < 40 && !(await same()); i++) await audience.waitForTimeout(50);
		assert.ok(
			await same(),
			`in sync: ${JSON.stringify([await where(audience), await presenterAt(presenter)])}`
		);
	};

	// Presenter → audience.
	await presenter.keyboard.press('End');
	await waitForStep(audience, LAST);
	await presenter.keyboard.press('Home');
	await waitForStep(audience, 0);
	await presenter.click('text=Next →');
	await settle();
	await presenter.keyboard.press('PageDown');
	await settle();
	// Audience → presenter.
	await audience.keyboard.press('End');
	await waitForPresenter(presenter, LAST);
	await audience.keyboard.press('4');
	await audience.keyboard.press('Enter');
	await waitForPresenter(presenter, 3);
	// Blanking is shared: from the presenter the room goes black.
	await presenter.keyboard.press('b');
	await audience.waitForSelector('[data-blank-screen]', { timeout: 8000 });
	await presenter.keyboard.press('b');
	await audience.waitForSelector('[data-blank-screen]', { state: 'detached' });

	// Reload the presenter: it asks and lands where the class is.
	await audience.keyboard.press('8');
	await audience.keyboard.press('Enter');
	await waitForStep(audience, 7);
	await presenter.reload();
	await waitForPresenter(presenter, 7);
	// Reload the audience with no step in the address: it asks the presenter.
	await presenter.keyboard.press('ArrowRight');
	await settle();
	const before = await where(audience);
	await audience.goto(`${BASE_URL}/present`);
	await waitForStep(audience, before.step);
	await settle();
	// An audience view opened with a step in its address is authoritative: the presenter follows it.
	await audience.goto(`${BASE_URL}/present#2`);
	await waitForStep(audience, 2);
	await waitForPresenter(presenter, 2);
	assertClean(problems);
	await context.close();
});

test('the presenter view shows the teacher notes of every step that has them', async () => {
	assert.ok(STEPS.filter((s) => s.notes).length >= 4, 'the content has notes');
	const { page, context, problems } = await openPage(browser, { viewport: FULL_HD, reducedMotion: 'reduce' });
	await page.goto(`${BASE_URL}/present/notes#0`);
	await page.waitForSelector('[data-presenter-step]');
	for (let i = 0; i < STEPS.length; i++) {
		await page.evaluate((s) => (location.hash = `#${s}`), i);
		await waitForPresenter(page, i);
		const notes = await page.$('[data-notes-step]');
		if (STEPS[i].notes) {
			assert.ok(notes, `notes shown for step ${i} (#${STEPS[i].id})`);
			assert.equal(await notes.getAttribute('data-notes-step'), String(i));
			assert.equal(await notes.getAttribute('data-notes-id'), STEPS[i].id);
			const { paragraphs, questions } = await notes.evaluate((n) => ({
				paragraphs: n.querySelectorAll('p').length,
				questions: n.querySelectorAll('li').length
			}));
			assert.ok(paragraphs >= 1, `context for #${STEPS[i].id}`);
			assert.ok(questions >= 2 && questions <= 3, `two or three questions for #${STEPS[i].id}`);
		} else {
			assert.equal(notes, null, `no notes block for step ${i}`);
		}
		// The presenter sees the current text, the number and what comes next.
		assert.match(
			await page.textContent('[data-step-number]'),
			new RegExp(`Step ${i + 1}\\s+of ${STEPS.length}`)
		);
		if (i < LAST) assert.ok(await page.$('.preview .scene-stack'), 'preview of the next scene');
	}
	// The timer counts and pauses.
	await page.click('[data-timer-toggle]');
	assert.equal(await page.getAttribute('[data-timer]', 'data-timer'), 'running');
	await page.waitForFunction(() => document.querySelector('.clock').textContent !== '00:00', null, {
		timeout: 4000
	});
	await page.click('[data-timer-toggle]');
	assert.equal(await page.getAttribute('[data-timer]', 'data-timer'), 'paused');
	await page.click('[data-timer-reset]');
	assert.equal(await page.textContent('.clock'), '00:00');
	assertClean(problems);
	await context.close();
});

test('at 1920×1080 the text is at least 32 px with at least 7:1 contrast on every screen', async () => {
	const { page, context, problems } = await openAudience('#0');
	const lum = ([r, g, b]) => {
		const c = [r, g, b].map((v) => {
			const s = v / 255;
			return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
	};
	for (let guard = 0; guard < 60; guard++) {
		const m = await page.evaluate(() => {
			const p = document.querySelector('.card .text p');
			const card = document.querySelector('.card');
			const rgba = (s) => s.match(/[\d.]+/g).map(Number);
			const box = card.getBoundingClientRect();
			return {
				size: parseFloat(getComputedStyle(p).fontSize),
				color: rgba(getComputedStyle(p).color),
				bg: rgba(getComputedStyle(card).backgroundColor),
				inside: box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth,
				step: document.querySelector('main').dataset.presentStep,
				screen: document.querySelector('main').dataset.presentScreen
			};
		});
		assert.ok(m.size >= 32, `font-size ${m.size}px at step ${m.step}`);
		assert.ok(m.inside, `the text fits the screen at step ${m.step}.${m.screen}`);
		// Worst case: the card's backing over pure white.
		const a = m.bg[3] ?? 1;
		const bg = m.bg.slice(0, 3).map((v) => v * a + 255 * (1 - a));
		const ratio = (lum(m.color) + 0.05) / (lum(bg) + 0.05);
		assert.ok(ratio >= 7, `contrast ${ratio.toFixed(1)}:1 at step ${m.step}`);
		const before = `${m.step}.${m.screen}`;
		await page.keyboard.press('ArrowRight');
		const after = await page.evaluate(
			() =>
				`${document.querySelector('main').dataset.presentStep}.${document.querySelector('main').dataset.presentScreen}`
		);
		if (after === before) break;
	}
	assert.equal((await where(page)).step, LAST, 'walked to the last step with the keyboard alone');
	assertClean(problems);
	await context.close();
});

test('moving plays the scene transition, and none under reduced motion', async () => {
	const moving = await openAudience('#0', { reducedMotion: 'no-preference' });
	assert.equal(await moving.page.$eval('.scene-stack', (e) => e.classList.contains('still')), false);
	await waitForHydration(moving.page);
	assert.equal(await moving.page.$('.text.animate'), null, 'the first slide stays as the server painted it');
	await moving.page.keyboard.press('ArrowRight');
	await waitForStep(moving.page, 1);
	assert.ok(await moving.page.$('.text.animate'), 'the next slide eases in');
	await moving.page.keyboard.press('End');
	await waitForStep(moving.page, LAST);
	assertClean(moving.problems);
	await moving.context.close();

	const still = await openAudience('#0', { reducedMotion: 'reduce' });
	assert.equal(await still.page.$eval('.scene-stack', (e) => e.classList.contains('still')), true);
	await waitForHydration(still.page);
	await still.page.keyboard.press('ArrowRight');
	await waitForStep(still.page, 1);
	assert.equal(await still.page.$('.text.animate'), null);
	assertClean(still.problems);
	await still.context.close();
});
