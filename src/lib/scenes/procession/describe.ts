import type { StoryData } from '../types';
import { formatCount, place } from '../shared-data';
import {
	counterEstimate,
	crowdEstimates,
	PEOPLE_PER_MARK,
	population,
	processionRecord,
	routeFact
} from './data';
import type { ProcessionState } from './states';

/** One or two sentences per state: what the graphic shows, for screen readers, captions and print. */
export function processionAlt(state: ProcessionState, data: StoryData): string {
	switch (state) {
		case 'walk': {
			const r = routeFact(data);
			const from = place(data, r.from);
			const to = place(data, r.to);
			const target = counterEstimate(data);
			const others = crowdEstimates(data)
				.filter((e) => !e.counter)
				.map((e) => `“${e.wording}” (${e.who})`);
			const pop = population(data);
			return (
				`The map closes in on central Baku, ${processionRecord(data, 'day').wording}: dots, each standing for ${formatCount(PEOPLE_PER_MARK)} people, ` +
				`gather in ${from.name} (${from.name1990} in 1990) on the waterfront and walk a schematic route of about ${r.km} km up to ` +
				`${to.name} (${to.name1990} in 1990) on the heights to the south-west, until the counter reaches ${formatCount(target.low)}: ` +
				`the least that “${target.wording}” (${target.who}) can mean. Other estimates: ${others.join(' and ')}` +
				`${pop ? `, of a ${pop.wording}` : ''}.`
			);
		}
	}
}

/** Source ids behind what each state draws, for its caption and the print figure list. */
export function processionSources(state: ProcessionState): string[] {
	switch (state) {
		case 'walk':
			return ['OSM', 'S29', 'S35', 'S27', 'S4', 'S5', 'S28'];
	}
}
