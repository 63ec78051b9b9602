import { describe, expect, it } from 'vitest';
import { addMissingPreloads, missingPreloads, type ViteManifest } from './preloads';

// The shape that tripped SvelteKit: the page imports `shared` statically, and so do lazily loaded
// scenes behind the stack's dynamic imports, which Kit's walk met first.
const manifest: ViteManifest = {
	'nodes/4.js': { file: '_app/immutable/nodes/4.js', imports: ['_stack.js', '_shared.js'] },
	'_stack.js': { file: '_app/immutable/chunks/stack.js', imports: ['_runtime.js'] },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
	'_shared.js': { file: '_app/immutable/chunks/shared.js', imports: ['_format.js'] },
	'_format.js': { file: '_app/immutable/chunks/format.js' },
	'_scene.js': { file: '_app/immutable/chunks/scene.js', imports: ['_shared.js'] }
};

describe('missingPreloads', () => {
	it('finds chunks the preloaded ones import, directly or not, that are not preloaded', () => {
		const preloaded = new Set([
			'_app/immutable/nodes/4.js',
			'_app/immutable/chunks/stack.js',
			'_app/immutable/chunks/runtime.js'
		]);
		expect(missingPreloads(manifest, preloaded).sort()).toEqual([
			'_app/immutable/chunks/format.js',
			'_app/immutable/chunks/shared.js'
		]);
	});

	it('adds nothing a page does not import statically (a lazily loaded scene stays lazy)', () => {
		const all = new Set(Object.values(manifest).map((c) => c.file));
		all.delete('_app/immutable/chunks/scene.js');
		expect(missingPreloads(manifest, all)).toEqual([]);
	});
});

describe('addMissingPreloads', () => {
	const head = (files: string[]) =>
		files.map((f) => `<link href="../${f}" rel="modulepreload">`).join('\n') + '\n<title>t</title>';

	it('lists the missing chunks after the links Kit wrote, with the same relative prefix', () => {
		const html = head([
			'_app/immutable/nodes/4.js',
			'_app/immutable/chunks/stack.js',
			'_app/immutable/chunks/runtime.js'
		]);
		const out = addMissingPreloads(html, () => manifest);
		expect(out).toContain('<link href="../_app/immutable/chunks/shared.js" rel="modulepreload">');
		expect(out).toContain('<link href="../_app/immutable/chunks/format.js" rel="modulepreload">');
		expect(out.indexOf('shared.js')).toBeLessThan(out.indexOf('<title>'));
	});

	it('leaves a page alone when nothing is missing, or when it preloads nothing (the inline export)', () => {
		const complete = head(Object.values(manifest).map((c) => c.file));
		expect(addMissingPreloads(complete, () => manifest)).toBe(complete);
		const unread = () => {
			throw new Error('the manifest was read for a page without code');
		};
		expect(addMissingPreloads('<title>t</title>', unread)).toBe('<title>t</title>');
	});
});
