import type { DataFileSpec, DataRecord } from '$lib/story/data-file';
import type { StoryData } from '../types';

/**
 * What one mark stands for. A drawing choice, not a fact: the counter is marks × this. Kept here, not
 * in the layout, because the text alternative names it and must not pull the drawing code in with it.
 */
export const PEOPLE_PER_MARK = 50;

export const PROCESSION: DataFileSpec = {
	file: 'procession.yaml',
	schema: {
		id: { type: 'string' },
		kind: { type: { oneOf: ['estimate', 'population', 'route', 'time'] } },
		/** How the source words it. */
		wording: { type: 'string' },
		who: { type: 'string' },
		low: { type: 'integer', min: 0, optional: true },
		high: { type: 'integer', min: 0, optional: true },
		counter: { type: 'boolean', optional: true },
		from: { type: 'string', optional: true },
		to: { type: 'string', optional: true },
		km: { type: 'number', min: 0.1, max: 50, optional: true }
	}
};

export interface ProcessionRecord extends DataRecord {
	id: string;
	kind: 'estimate' | 'population' | 'route' | 'time';
	wording: string;
	who: string;
	low?: number;
	high?: number;
	counter?: boolean;
	from?: string;
	to?: string;
	km?: number;
	note?: string;
}

export interface Estimate extends ProcessionRecord {
	low: number;
	high: number;
}

export interface RouteFact extends ProcessionRecord {
	from: string;
	to: string;
	km: number;
}

const records = (data: StoryData) => (data.records.procession ?? []) as ProcessionRecord[];
const need = (what: string): never => {
	throw new Error(`content/data/procession.yaml: ${what}; the procession scene needs it.`);
};

export function processionRecord(data: StoryData, id: string): ProcessionRecord {
	return records(data).find((r) => r.id === id) ?? need(`no record "${id}"`);
}

/** Crowd estimates, smallest first, each with the bounds its wording implies. */
export function crowdEstimates(data: StoryData): Estimate[] {
	const list = records(data).filter((r) => r.kind === 'estimate');
	for (const e of list)
		if (e.low === undefined || e.high === undefined || e.high < e.low)
			need(`estimate "${e.id}" needs low ≤ high`);
	if (!list.length) need('no crowd estimate (kind: estimate)');
	return (list as Estimate[]).slice().sort((a, b) => a.low - b.low);
}

/** The estimate the counter counts up to (counter: true); it stops at that estimate's lower bound. */
export function counterEstimate(data: StoryData): Estimate {
	const marked = crowdEstimates(data).filter((e) => e.counter);
	if (marked.length !== 1) need(`exactly one estimate must have "counter: true" (found ${marked.length})`);
	return marked[0];
}

export function population(data: StoryData): Estimate | null {
	const p = records(data).find((r) => r.kind === 'population');
	return p && p.low !== undefined ? ({ ...p, high: p.high ?? p.low } as Estimate) : null;
}

export function routeFact(data: StoryData): RouteFact {
	const r = records(data).find((x) => x.kind === 'route');
	if (!r || !r.from || !r.to || !r.km) return need('a route record with from, to and km');
	return r as RouteFact;
}
