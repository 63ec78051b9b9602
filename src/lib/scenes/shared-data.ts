import type { DataFileSpec, DataRecord } from '$lib/story/data-file';
import type { StoryData } from './types';

export const SOURCES: DataFileSpec = {
	file: 'sources.yaml',
	unsourced: true,
	schema: { id: { type: 'string' }, title: { type: 'string' }, url: { type: 'string', optional: true } }
};

export const PLACES: DataFileSpec = {
	file: 'places.yaml',
	schema: {
		id: { type: 'string' },
		name: { type: 'string' },
		name1990: { type: 'string', optional: true },
		point: { type: 'point' },
		radiusKm: { type: 'number', optional: true, min: 0.05, max: 20 },
		certainty: { type: { oneOf: ['HIGH', 'MED', 'LOW'] } }
	}
};

export const FIGURES: DataFileSpec = {
	file: 'figures.yaml',
	schema: {
		id: { type: 'string' },
		topic: { type: 'string' },
		value: { type: 'integer', min: 0 },
		qualifier: { type: { oneOf: ['at least', 'more than', 'about', 'up to', 'almost'] }, optional: true },
		who: { type: 'string' }
	}
};

export interface Place extends DataRecord {
	id: string;
	name: string;
	name1990?: string;
	point: [number, number];
	radiusKm?: number;
	certainty: 'HIGH' | 'MED' | 'LOW';
	note?: string;
}

export interface Figure extends DataRecord {
	id: string;
	topic: string;
	value: number;
	qualifier?: string;
	who: string;
}

export function place(data: StoryData, id: string): Place {
	const p = data.records.places?.find((r) => r.id === id);
	if (!p) throw new Error(`content/data/places.yaml has no place "${id}"; a scene needs it.`);
	return p as Place;
}

export function figures(data: StoryData, topic: string): Figure[] {
	const list = (data.records.figures ?? []).filter((r) => r.topic === topic) as Figure[];
	if (!list.length)
		throw new Error(`content/data/figures.yaml has no figure with topic "${topic}"; a scene needs one.`);
	return list.sort((a, b) => a.value - b.value);
}

/** "138,500": thousands grouped with commas, as en-GB writes them. The procession's counter calls this on
 * every scroll frame, so it does not go through Intl (a new formatter per call). */
export const formatCount = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "26,000 – 65,000" with who says what, for ranges where sources disagree. */
export function describeRange(list: Figure[]): string {
	const lo = list[0];
	const hi = list[list.length - 1];
	if (lo.value === hi.value) return `${lo.qualifier ? lo.qualifier + ' ' : ''}${formatCount(lo.value)}`;
	return `${lo.qualifier ? lo.qualifier + ' ' : ''}${formatCount(lo.value)} to ${hi.qualifier ? hi.qualifier + ' ' : ''}${formatCount(hi.value)}`;
}
