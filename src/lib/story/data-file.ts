import { parseDocument, LineCounter, isMap, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { ProblemList } from './errors';

/**
 * Data files are YAML: `about:` (what the file holds) and `items:` (a list of records). Every record
 * names its `sources` (ids from sources.yaml), so every number a scene draws can be traced back.
 */
export type FieldType =
	| 'string'
	| 'number'
	| 'integer'
	| 'boolean'
	| 'date'
	| 'point'
	| 'points'
	| 'strings'
	| { oneOf: readonly string[] };

export interface FieldSpec {
	type: FieldType;
	optional?: boolean;
	min?: number;
	max?: number;
}

export type Schema = Readonly<Record<string, FieldSpec>>;

export interface DataFileSpec {
	file: string;
	schema: Schema;
	/** sources.yaml itself is the one file whose records need no sources. */
	unsourced?: boolean;
}

export interface DataRecord {
	[key: string]: unknown;
	sources: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readDataFile(
	text: string,
	file: string,
	spec: DataFileSpec,
	knownSources: ReadonlySet<string> | null
): DataRecord[] {
	const problems = new ProblemList(file);
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	const lineOf = (node: { range?: [number, number, number] | null } | null | undefined, fallback = 1) =>
		node?.range ? counter.linePos(node.range[0]).line : fallback;

	for (const e of doc.errors)
		problems.add(counter.linePos(e.pos[0]).line, `not valid YAML (${e.code}). Check indentation and quotes.`);
	problems.throwIfAny();
	if (!isMap(doc.contents)) {
		problems.add(1, 'a data file needs "about:" and "items:" at the top level.');
		problems.throwIfAny();
	}
	const root = doc.contents as unknown as { items: Pair<YamlNode, YamlNode>[] };
	const itemsPair = root.items.find((p) => (p.key as { value?: unknown })?.value === 'items');
	const aboutPair = root.items.find((p) => (p.key as { value?: unknown })?.value === 'about');
	if (!aboutPair) problems.add(1, 'missing "about:". Say in one line what this file holds.');
	if (!itemsPair || !isSeq(itemsPair.value)) {
		problems.add(lineOf(itemsPair?.key), 'missing "items:" list. Add items: followed by "- " records.');
		problems.throwIfAny();
	}

	const out: DataRecord[] = [];
	const ids = new Map<string, number>();
	for (const itemNode of (itemsPair!.value as unknown as { items: YamlNode[] }).items) {
		const itemLine = lineOf(itemNode as never);
		if (!isMap(itemNode)) {
			problems.add(itemLine, 'each item must be a record of "field: value" lines.');
			continue;
		}
		const record = itemNode.toJSON() as Record<string, unknown>;
		const keyLine = (key: string) => {
			const pair = itemNode.items.find((p) => (p.key as { value?: unknown })?.value === key);
			return pair ? lineOf(pair.key as never, itemLine) : itemLine;
		};
		for (const key of Object.keys(record)) {
			if (key !== 'sources' && key !== 'note' && !(key in spec.schema)) {
				problems.add(
					keyLine(key),
					`unknown field "${key}". Fields here: ${[...Object.keys(spec.schema), 'note', 'sources'].join(', ')}.`
				);
			}
		}
		for (const [key, field] of Object.entries(spec.schema)) {
			const value = record[key];
			if (value === undefined || value === null) {
				if (!field.optional) problems.add(itemLine, `missing field "${key}" (${describe(field.type)}).`);
				continue;
			}
			const wrong = checkType(value, field);
			if (wrong) problems.add(keyLine(key), `"${key}" ${wrong}.`);
		}
		if (record.note !== undefined && typeof record.note !== 'string')
			problems.add(keyLine('note'), '"note" must be text.');
		if (typeof record.id === 'string') {
			const first = ids.get(record.id);
			if (first)
				problems.add(
					keyLine('id'),
					`duplicate id "${record.id}" (first on line ${first}). Ids must be unique in a file.`
				);
			ids.set(record.id, keyLine('id'));
		}
		if (!spec.unsourced) {
			const sources = record.sources;
			if (sources === undefined || (Array.isArray(sources) && sources.length === 0)) {
				problems.add(
					itemLine,
					'this value has no source. Add sources: [S…] naming its ids in content/data/sources.yaml.'
				);
			} else if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string')) {
				problems.add(keyLine('sources'), 'sources must be a list of source ids, e.g. sources: [S4, S5].');
			} else if (knownSources) {
				for (const s of sources as string[]) {
					if (!knownSources.has(s))
						problems.add(
							keyLine('sources'),
							`unknown source "${s}". Add it to content/data/sources.yaml or fix the id.`
						);
				}
			}
		}
		out.push({ ...record, sources: (record.sources as string[]) ?? [] });
	}
	problems.throwIfAny();
	return out;
}

function describe(t: FieldType): string {
	if (typeof t === 'object') return `one of ${t.oneOf.join(', ')}`;
	return {
		string: 'text',
		number: 'a number',
		integer: 'a whole number',
		boolean: 'true or false',
		date: 'a date YYYY-MM-DD',
		point: 'a [longitude, latitude] pair',
		points: 'a list of [longitude, latitude] pairs',
		strings: 'a list of texts'
	}[t];
}

const isLonLat = (p: unknown) =>
	Array.isArray(p) &&
	p.length === 2 &&
	p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
	Math.abs(p[0]) <= 180 &&
	Math.abs(p[1]) <= 90;

function checkType(v: unknown, f: FieldSpec): string | null {
	const t = f.type;
	const should = `must be ${describe(t)}`;
	if (typeof t === 'object')
		return typeof v === 'string' && t.oneOf.includes(v) ? null : `${should}, not ${JSON.stringify(v)}`;
	switch (t) {
		case 'string':
			return typeof v === 'string' && v.trim() ? null : `${should}, not ${JSON.stringify(v)}`;
		case 'boolean':
			return typeof v === 'boolean' ? null : should;
		case 'date':
			return typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v))
				? null
				: `${should} (quoted), not ${JSON.stringify(v)}`;
		case 'point':
			return isLonLat(v) ? null : should;
		case 'points':
			return Array.isArray(v) && v.length >= 2 && v.every(isLonLat) ? null : `${should} (at least two)`;
		case 'strings':
			return Array.isArray(v) && v.every((s) => typeof s === 'string') ? null : should;
		case 'number':
		case 'integer': {
			if (typeof v !== 'number' || !Number.isFinite(v)) return `${should}, not ${JSON.stringify(v)}`;
			if (t === 'integer' && !Number.isInteger(v)) return `${should}, not ${v}`;
			if (f.min !== undefined && v < f.min) return `must be at least ${f.min}, not ${v}`;
			if (f.max !== undefined && v > f.max) return `must be at most ${f.max}, not ${v}`;
			return null;
		}
	}
}
