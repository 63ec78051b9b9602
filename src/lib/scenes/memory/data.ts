import type { DataFileSpec, DataRecord } from '$lib/story/data-file';
import type { StoryData } from '../types';

/** content/data/victims.yaml: the death tolls, one record per count and who gives it. */
export const VICTIMS: DataFileSpec = {
	file: 'victims.yaml',
	schema: {
		id: { type: 'string' },
		role: { type: { oneOf: ['investigation', 'commemorated', 'health-ministry'] } },
		value: { type: 'integer', min: 1, max: 1000 },
		qualifier: { type: { oneOf: ['at least', 'more than', 'about', 'up to'] }, optional: true },
		what: { type: 'string' },
		who: { type: 'string' },
		/** Who, in a few words, for small figures. */
		whoShort: { type: 'string', optional: true }
	}
};

/** content/data/memory.yaml: the place, the customs and the years of remembrance. */
export const MEMORY: DataFileSpec = {
	file: 'memory.yaml',
	schema: {
		id: { type: 'string' },
		kind: { type: { oneOf: ['place', 'observance', 'anniversaries', 'memorial'] } },
		label: { type: 'string' },
		text: { type: 'string', optional: true },
		date: { type: 'date', optional: true },
		year: { type: 'integer', optional: true, min: 1990, max: 2100 },
		yearTo: { type: 'integer', optional: true, min: 1990, max: 2100 },
		count: { type: 'integer', optional: true, min: 0 }
	}
};

export type VictimRole = 'investigation' | 'commemorated' | 'health-ministry';

export interface VictimCount extends DataRecord {
	id: string;
	role: VictimRole;
	value: number;
	qualifier?: string;
	what: string;
	who: string;
	whoShort?: string;
	note?: string;
}

export interface MemoryRecord extends DataRecord {
	id: string;
	kind: 'place' | 'observance' | 'anniversaries' | 'memorial';
	label: string;
	text?: string;
	date?: string;
	year?: number;
	yearTo?: number;
	count?: number;
	note?: string;
}

/** The three counts the scene draws, checked to nest: investigation < commemorated < Health Ministry. */
export interface Counts {
	investigation: VictimCount;
	commemorated: VictimCount;
	health: VictimCount;
}

export function victimCounts(data: StoryData): Counts {
	const list = (data.records.victims ?? []) as VictimCount[];
	const get = (role: VictimRole) => {
		const r = list.find((v) => v.role === role);
		if (!r)
			throw new Error(
				`content/data/victims.yaml has no count with role "${role}"; the memory scene needs it.`
			);
		return r;
	};
	const counts = {
		investigation: get('investigation'),
		commemorated: get('commemorated'),
		health: get('health-ministry')
	};
	if (!(
		counts.investigation.value <= counts.commemorated.value &&
		counts.commemorated.value <= counts.health.value
	)) {
		throw new Error(
			'content/data/victims.yaml: the memory scene expects investigation ≤ commemorated ≤ health-ministry counts.'
		);
	}
	return counts;
}

export function memoryRecord(data: StoryData, id: string): MemoryRecord {
	const r = (data.records.memory ?? []).find((m) => m.id === id);
	if (!r) throw new Error(`content/data/memory.yaml has no record "${id}"; the memory scene needs it.`);
	return r as MemoryRecord;
}

/** The anniversaries of 20 January 1990 the sources reach: first and last year, from the data (never the clock). */
export function anniversaryYears(data: StoryData): number[] {
	const a = memoryRecord(data, 'anniversaries');
	if (a.year === undefined || a.yearTo === undefined || a.yearTo < a.year) {
		throw new Error('content/data/memory.yaml: "anniversaries" needs year and yearTo, with yearTo ≥ year.');
	}
	return Array.from({ length: a.yearTo - a.year + 1 }, (_, i) => a.year! + i);
}

/** The year of the killings and the first graves (from the Alley record's date). */
export function tragedyYear(data: StoryData): number {
	const d = memoryRecord(data, 'alley').date;
	if (!d) throw new Error('content/data/memory.yaml: "alley" needs a date.');
	return Number(d.slice(0, 4));
}
