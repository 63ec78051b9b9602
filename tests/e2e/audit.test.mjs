// Accessibility (axe-core) and the content security policy, on every page and at several steps.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL, launch, openPage, scrollToStep, waitForStep } from './browser.mjs';

let browser;
before(async () => (browser = await launch()));
after(async () => browser?.close());

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchCsp(page) {
	await page.addInitScript(() => {
		window.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
		);
	});
}

async function axe(page, label) {
	const { violations } = await new AxeBuilder({ page }).exclude('.static-figure').analyze();
	const summary = violations.map(
		(v) => `${v.id}: ${v.nodes.length}× ${v.nodes[0]?.target.join(' ')} — ${v.help}`
	);
	assert.deepEqual(summary, [], `axe violations on ${label}`);
}

test('the story has no axe violations at the title and at several steps', async () => {
	const { page, problems, context } = await openPage(browser);
	await watchCsp(page);
	await page.goto(BASE_URL + '/');
	await page.waitForTimeout(500);
	await axe(page, '/ (title)');
	for (const step of [1, 7, 9, 14]) {
		await scrollToStep(page, step, 0.9);
		await waitForStep(page, step);
		await page.waitForTimeout(900);
		await axe(page, `/ step ${step}`);
	}
	assert.deepEqual(await page.evaluate(() => window.__csp), []);
	assert.deepEqual(problems.consoleErrors, []);
	await context.close();
});

test('classroom mode, the presenter view and the print version have no axe violations', async () => {
	for (const path of ['/present#3', '/present/notes', '/print', '/print/handout']) {
		const { page, problems, context } = await openPage(browser, { viewport: { width: 1920, height: 1080 } });
		await watchCsp(page);
		await page.goto(BASE_URL + path);
		await page.waitForTimeout(800);
		await axe(page, path);
		assert.deepEqual(await page.evaluate(() => window.__csp), [], `CSP violations on ${path}`);
		assert.deepEqual(problems.consoleErrors, [], path);
		await context.close();
	}
});

test('every page carries a strict policy: no inline or eval scripts, nothing but its own origin', async () => {
	const { page, context } = await openPage(browser);
	for (const path of ['/', '/present', '/present/notes', '/print', '/print/handout']) {
		await page.goto(BASE_URL + path);
		const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
		assert.ok(policy, `${path} has a policy`);
		const directives = Object.fromEntries(
			policy
				.split(';')
				.map((d) => d.trim().split(/\s+/))
				.map(([k, ...v]) => [k, v])
		);
		assert.deepEqual(directives['default-src'], ["'self'"], path);
		assert.ok(directives['script-src'].includes("'self'"), path);
		assert.ok(!directives['script-src'].includes("'unsafe-inline'"), `${path}: no inline scripts`);
		assert.ok(!policy.includes("'unsafe-eval'"), `${path}: no eval`);
		assert.deepEqual(directives['object-src'], ["'none'"], path);
	}
	await context.close();
});

test('a script injected past the policy does not run', async () => {
	const { page, context } = await openPage(browser);
	await watchCsp(page);
	await page.goto(BASE_URL + '/');
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__pwned = true';
		document.body.append(s);
		const img = document.createElement('img');
		img.setAttribute('src', 'data:,x');
		img.setAttribute('onerror', 'window.__pwned = true');
		document.body.append(img);
	});
	await page.waitForTimeout(300);
	assert.equal(await page.evaluate(() => window.__pwned), undefined);
	assert.ok((await page.evaluate(() => window.__csp)).some((v) => v.startsWith('script-src')));
	await context.close();
});

test('at 320 px wide and at 200% zoom nothing is clipped and there is no horizontal scroll', async () => {
	for (const viewport of [
		{ width: 320, height: 640 },
		{ width: 640, height: 400 }
	]) {
		for (const path of ['/', '/print']) {
			const { page, context } = await openPage(browser, { viewport });
			await page.goto(`${BASE_URL}${path}`);
			await page.waitForTimeout(400);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			assert.equal(overflow, 0, `${path} at ${viewport.width}px`);
			await context.close();
		}
	}
});

test('a skip link leads keyboard users to the text, and focus is visible', async () => {
	const { page, context } = await openPage(browser);
	await page.goto(BASE_URL + '/');
	await page.keyboard.press('Tab');
	const skip = await page.evaluate(() => ({
		text: document.activeElement.textContent,
		outline: getComputedStyle(document.activeElement).outlineStyle
	}));
	assert.match(skip.text, /Skip to the text/);
	assert.notEqual(skip.outline, 'none');
	await page.keyboard.press('Enter');
	await page.waitForTimeout(300);
	assert.equal(await page.evaluate(() => location.hash), '#story-text');
	await context.close();
});
