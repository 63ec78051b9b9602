/**
 * Reads and validates everything in content/ at build time. Imported only by server load functions,
 * so the parser never ships to the browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError } from './errors';
import { parseStory } from './parse-story';
import { readDataFile, type DataFileSpec, type DataRecord } from './data-file';
import type { SceneRegistry, Story } from './types';
import type { Source, StoryData } from '$lib/scenes/types';

export interface Content {
	story: Story;
	data: StoryData;
	sources: Source[];
}

/** Refuses files that are not UTF-8 instead of drawing mojibake. */
export function readUtf8(path: string, shown: string): string {
	const bytes = readFileSync(path);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		// The lenient decoder marks the first bad byte with U+FFFD; its line is the one to fix.
		const lenient = new TextDecoder('utf-8').decode(bytes);
		const line = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD'))).split('\n').length;
		throw new ContentError([
			{ file: shown, line, message: 'the file is not valid UTF-8. Save it as UTF-8 text.' }
		]);
	}
}

export function loadContent(root: string, scenes: SceneRegistry, specs: readonly DataFileSpec[]): Content {
	const shown = (p: string) => relative(process.cwd(), p) || p;
	const storyPath = join(root, 'story.md');
	const story = parseStory(readUtf8(storyPath, shown(storyPath)), shown(storyPath), scenes);

	const dataDir = join(root, 'data');
	const known = new Set(specs.map((s) => s.file));
	const present = readdirSync(dataDir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'));
	for (const f of present) {
		if (!known.has(f)) {
			throw new ContentError([
				{
					file: shown(join(dataDir, f)),
					line: 1,
					message: `unknown data file. Register its schema in src/lib/scenes/registry.ts or remove it.`
				}
			]);
		}
	}
	const sourceSpec = specs.find((s) => s.unsourced);
	if (!sourceSpec) throw new Error('no sources file is registered');
	const readSpec = (spec: DataFileSpec, ids: Set<string> | null) => {
		const path = join(dataDir, spec.file);
		if (!present.includes(spec.file)) {
			throw new ContentError([
				{ file: shown(path), line: 1, message: 'missing data file. A scene needs it; restore it from git.' }
			]);
		}
		return readDataFile(readUtf8(path, shown(path)), shown(path), spec, ids);
	};
	const sources = readSpec(sourceSpec, null) as unknown as Source[];
	const ids = new Set(sources.map((s) => s.id));
	const records: Record<string, DataRecord[]> = {};
	for (const spec of specs) {
		if (spec === sourceSpec) continue;
		records[spec.file.replace(/\.ya?ml$/, '')] = readSpec(spec, ids);
	}

	const landPath = join(dataDir, 'geo', 'baku-bay.geojson');
	const land = JSON.parse(readUtf8(landPath, shown(landPath))) as GeoJSON.FeatureCollection & {
		properties?: { licence?: string; attribution?: string };
	};
	if (!land.properties?.licence || !land.properties?.attribution) {
		throw new ContentError([
			{
				file: shown(landPath),
				line: 1,
				message: 'map data must name its licence and attribution in "properties".'
			}
		]);
	}
	return {
		story,
		data: { records, land },
		sources: sources.map(({ id, title, url }) => ({ id, title, url }))
	};
}
