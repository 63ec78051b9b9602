import type { DataFileSpec, DataRecord } from '$lib/story/data-file';
import type { StoryData } from '../types';

/** content/data/milestones.yaml: the key dates of the route scene, also read by print and classroom. */
export const MILESTONES: DataFileSpec = {
	file: 'milestones.yaml',
	schema: {
		id: { type: 'string' },
		date: { type: 'date' },
		end: { type: 'date', optional: true },
		label: { type: 'string' },
		text: { type: 'string' },
		certainty: { type: { oneOf: ['FIRM', 'DISPUTED', 'SINGLE'] }, optional: true }
	}
};

export type Certainty = 'FIRM' | 'DISPUTED' | 'SINGLE';

export interface Milestone extends DataRecord {
	id: string;
	/** YYYY-MM-DD */
	date: string;
	end?: string;
	label: string;
	text: string;
	certainty?: Certainty;
	note?: string;
}

/** Acts by which Azerbaijan itself recognised the dead: highlighted in the "reckoning" state. */
export const RECOGNITION_IDS: readonly string[] = [
	'day-of-martyrs-law',
	'milli-majlis-resolution',
	'martyr-title',
	'memorial',
	'day-of-mourning'
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/**
 * A YYYY-MM-DD date as a local-midnight Date, parsed by hand so no time zone can move it a day.
 * (`new Date('1991-12-29')` is UTC midnight, which is still the 28th west of Greenwich.)
 */
export function parseDay(iso: string): Date {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new Error(`not a YYYY-MM-DD date: "${iso}"`);
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(y, mo - 1, d);
	if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d)
		throw new Error(`no such day: "${iso}"`);
	return date;
}

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** "29 Dec 1991"; spans "19–20 Jan 1990", "30 Dec 1991 – 2 Jan 1992". */
export function formatDay(date: string, end?: string, long = false): string {
	const names = long ? MONTHS_LONG : MONTHS;
	const [y, m, d] = parts(date);
	if (!end || end === date) return `${d} ${names[m - 1]} ${y}`;
	const [y2, m2, d2] = parts(end);
	if (y === y2 && m === m2) return `${d}–${d2} ${names[m - 1]} ${y}`;
	if (y === y2) return `${d} ${names[m - 1]} – ${d2} ${names[m2 - 1]} ${y}`;
	return `${d} ${names[m - 1]} ${y} – ${d2} ${names[m2 - 1]} ${y2}`;
}

const sorted = new WeakMap<object, Milestone[]>();

/**
 * The milestones in date order (the file's order is not trusted). Sorted once per data set: the text
 * alternative looks up a dozen milestones at each change of step, and each lookup sorted them all again,
 * parsing every date in every comparison.
 */
export function milestones(data: StoryData): Milestone[] {
	const list = (data.records.milestones ?? []) as Milestone[];
	if (!list.length)
		throw new Error('content/data/milestones.yaml has no milestones; the route scene needs them.');
	let inOrder = sorted.get(list);
	if (!inOrder) {
		const at = new Map(list.map((m) => [m, parseDay(m.date).getTime()]));
		inOrder = [...list].sort((a, b) => at.get(a)! - at.get(b)!);
		sorted.set(list, inOrder);
	}
	return inOrder;
}
