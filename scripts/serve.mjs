#!/usr/bin/env node
// Serves the prerendered site in build/ on loopback. Used by `npm start`, the end-to-end tests and the benchmark.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json'
};

// Text travels compressed, as from any real static host, so page weights and load timings here are honest.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);
const gzipped = new Map();
function gzipOf(file) {
	const { mtimeMs } = statSync(file);
	const hit = gzipped.get(file);
	if (hit?.mtimeMs === mtimeMs) return hit.body;
	const body = gzipSync(readFileSync(file), { level: 9 });
	gzipped.set(file, { mtimeMs, body });
	return body;
}

/** Resolves a URL path to a file in root, the way static hosts do (`/print` → `/print.html`). */
function resolveFile(root, pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const base = join(root, clean);
	if (!base.startsWith(root)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

export function serve({
	root = process.env.STORY_BUILD_DIR ?? 'build',
	port = 4173,
	host = '127.0.0.1'
} = {}) {
	const dir = resolve(root);
	if (!existsSync(join(dir, 'index.html')))
		throw new Error(`${root}/index.html is missing: run npm run build first.`);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file = resolveFile(dir, url.pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('Not found');
			return;
		}
		const immutable = file.includes(`${join('_app', 'immutable')}`);
		const headers = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
			vary: 'accept-encoding'
		};
		if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
			const body = gzipOf(file);
			res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
			res.end(req.method === 'HEAD' ? undefined : body);
			return;
		}
		res.writeHead(200, headers);
		createReadStream(file).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => ok(server));
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4173);
	const server = await serve({ port });
	const { port: bound } = server.address();
	console.log(`The story is served at http://127.0.0.1:${bound}/  (Ctrl+C to stop)`);
}
