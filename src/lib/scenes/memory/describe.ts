import type { StoryData } from '../types';
import { anniversaryYears, memoryRecord, tragedyYear, victimCounts } from './data';
import type { MemoryState } from './states';

/** One or two sentences per state: what the graphic shows, for screen readers, captions and print. */
export function memoryAlt(state: MemoryState, data: StoryData): string {
	const c = victimCounts(data);
	switch (state) {
		case 'years': {
			const years = anniversaryYears(data);
			const observance = memoryRecord(data, 'observance');
			const memorial = memoryRecord(data, 'memorial');
			return `A calendar of anniversaries lights up one 20 January after another, from ${years[0]} to ${years[years.length - 1]}: ${years.length} years of remembrance. The ${observance.label} brings a minute's silence at noon, horns from ships, cars and metro trains, and lowered flags; in ${memorial.year} ${memorial.label}, with ${memorial.count} names.`;
		}
		case 'victims':
			return `Lights appear one by one until there are ${c.commemorated.value}: one for each victim of 20 January that Azerbaijan commemorates. No names are shown.`;
		case 'individual':
			return `The ${c.commemorated.value} lights, each one person, held still. The first ${c.investigation.value} are the count of the official investigation (${c.investigation.qualifier ?? ''} ${c.investigation.value} killed); ${c.commemorated.value - c.investigation.value} more, ringed, complete the ${c.commemorated.value} commemorated today; ${c.health.value - c.commemorated.value} faint outlines reach the ${c.health.value} dead the Azerbaijan SSR Ministry of Health counted by 9 February 1990.`.replace(
				/\( +/,
				'('
			);
		case 'closing':
			return `The ${c.commemorated.value} lights gather together and stay still beneath the dates ${tragedyYear(data)} · ${anniversaryYears(data).at(-1)}: remembering the victims of 20 January.`;
	}
}

/** Source ids behind what each state draws, for its caption and the print figure list. */
export function memorySources(state: MemoryState): string[] {
	switch (state) {
		case 'years':
			return ['AZN', 'S24', 'S27', 'S28', 'S37'];
		case 'victims':
			return ['S15', 'S37', 'S24'];
		case 'individual':
			return ['S2', 'S3', 'S24', 'S25', 'S15', 'S37', 'S17'];
		case 'closing':
			return ['S15', 'S37', 'S24', 'AZN'];
	}
}
