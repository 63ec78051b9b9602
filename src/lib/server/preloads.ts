/**
 * SvelteKit preloads (`<link rel="modulepreload">`) the chunks a page needs before it can hydrate, so the
 * browser fetches them all at once instead of discovering them import by import. Its walk of Vite's
 * manifest (kit 2.70, find_deps) marks a chunk as seen when it first meets it behind a dynamic import,
 * and then skips it when the page also imports it statically. On the story page that left out the
 * shared-data chunk, which the lazily loaded scenes import too: hydration waited one more round trip.
 * These functions find such chunks, so the page's HTML can list them as well.
 */
export type ViteManifest = Record<string, { file: string; imports?: string[] }>;

/** Chunks statically imported, directly or not, by the preloaded ones but not preloaded themselves. */
export function missingPreloads(manifest: ViteManifest, preloaded: ReadonlySet<string>): string[] {
	const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const needed = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || needed.has(chunk.file)) return;
		needed.add(chunk.file);
		for (const next of chunk.imports ?? []) visit(next);
	};
	for (const file of preloaded) {
		const key = byFile.get(file);
		if (key) visit(key);
	}
	return [...needed].filter((file) => !preloaded.has(file));
}

const LINK = /<link href="([^"]*?)(_app\/immutable\/[^"]+\.js)" rel="modulepreload">/g;

/**
 * The page with a modulepreload link for every chunk it needs, after the links Kit wrote. The manifest
 * is read only for pages that preload code at all (not the script-free figure pages, nor the export).
 */
export function addMissingPreloads(html: string, manifest: () => ViteManifest): string {
	const links = [...html.matchAll(LINK)];
	if (!links.length) return html;
	const missing = missingPreloads(manifest(), new Set(links.map((m) => m[2])));
	if (!missing.length) return html;
	const last = links[links.length - 1];
	const prefix = last[1];
	const at = (last.index ?? 0) + last[0].length;
	const extra = missing.map((file) => `\n\t\t<link href="${prefix}${file}" rel="modulepreload">`).join('');
	return html.slice(0, at) + extra + html.slice(at);
}
