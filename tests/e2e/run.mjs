#!/usr/bin/env node
// Runs the end-to-end tests: checks Chromium, serves build/ on loopback, then node's test runner over tests/e2e/*.test.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM } from './browser.mjs';

if (!existsSync(CHROMIUM)) {
	const root = process.getuid?.() === 0;
	if (root && process.env.CI_INSTALL_CHROMIUM !== '0' && existsSync('/usr/bin/apt-get')) {
		console.log(`Chromium is missing at ${CHROMIUM}; installing Debian's chromium package…`);
		spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'poppler-utils'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
	}
	if (!existsSync(CHROMIUM)) {
		console.error(
			`Chromium not found at ${CHROMIUM}. Install it with: sudo apt-get install chromium (or set CHROMIUM_PATH).`
		);
		process.exit(1);
	}
}
const buildDir = process.env.STORY_BUILD_DIR ?? 'build';
if (!existsSync(`${buildDir}/index.html`)) {
	console.error(`${buildDir}/ is missing: run npm run build first (npm test does it for you).`);
	process.exit(1);
}

const files = readdirSync('tests/e2e')
	.filter((f) => f.endsWith('.test.mjs'))
	.filter((f) => !process.argv[2] || f.includes(process.argv[2]))
	.map((f) => `tests/e2e/${f}`);
if (files.some((f) => f.endsWith('offline.test.mjs')) && !existsSync('exports/black-january.html')) {
	console.error(
		'exports/black-january.html is missing: run npm run export:offline first (npm test does it for you).'
	);
	process.exit(1);
}

const server = await serve({ port: 0 });
const { port } = server.address();
// Asynchronous on purpose: the server lives in this process and must keep answering while tests run.
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
	stdio: 'inherit',
	env: { ...process.env, BASE_URL: `http://127.0.0.1:${port}` }
});
child.on('exit', (code) => {
	server.close();
	process.exit(code ?? 1);
});
