import type { DataFileSpec, DataRecord } from '$lib/story/data-file';
import type { StoryData } from '../types';

export const LINES: DataFileSpec = {
	file: 'lines.yaml',
	schema: {
		id: { type: 'string' },
		kind: { type: { oneOf: ['entry', 'avenue'] } },
		label: { type: 'string' },
		points: { type: 'points' },
		certainty: { type: { oneOf: ['HIGH', 'MED', 'LOW'] } }
	}
};

export const NIGHT: DataFileSpec = {
	file: 'night.yaml',
	schema: { id: { type: 'string' }, when: { type: 'string' }, text: { type: 'string' } }
};

export interface MapLine extends DataRecord {
	id: string;
	kind: 'entry' | 'avenue';
	label: string;
	points: [number, number][];
	certainty: 'HIGH' | 'MED' | 'LOW';
	note?: string;
}

export interface NightMoment extends DataRecord {
	id: string;
	when: string;
	text: string;
	note?: string;
}

export const mapLines = (data: StoryData) => (data.records.lines ?? []) as MapLine[];
export function nightMoment(data: StoryData, id: string): NightMoment {
	const m = (data.records.night ?? []).find((r) => r.id === id);
	if (!m) throw new Error(`content/data/night.yaml has no moment "${id}"; the city scene needs it.`);
	return m as NightMoment;
}
