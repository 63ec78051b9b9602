import type { StoryData } from '../types';
import { milestones, formatDay, type Milestone } from './data';
import type { RouteState } from './states';

function find(data: StoryData, id: string): Milestone {
	const m = milestones(data).find((r) => r.id === id);
	if (!m)
		throw new Error(
			`content/data/milestones.yaml has no milestone "${id}"; the route scene's text alternative needs it.`
		);
	return m;
}

/** One or two sentences per state: what the graphic shows, for screen readers, captions and print. */
export function routeAlt(state: RouteState, data: StoryData): string {
	const on = (id: string) => formatDay(find(data, id).date, find(data, id).end, true);
	switch (state) {
		case 'start':
			return `A timeline drawn as a route begins at Black January, ${on('black-january')}, when Soviet troops entered Baku; its first station is ${on('supreme-soviet-resolution')}, when the republic's Supreme Soviet called Moscow's emergency decree an act of aggression and suspended it.`;
		case 'independence':
			return `The route runs on through 1990 and 1991: the Republic of Azerbaijan takes its name and the 1918 tricolour (${on('republic-of-azerbaijan')}), the declaration on restoring independence is adopted (${on('declaration')}), then the Constitutional Act on State Independence (${on('constitutional-act')}).`;
		case 'collapse':
			return `The route reaches the end of the Soviet Union (${on('end-of-ussr')}), the independence referendum (${on('referendum')}: 99.76 % of valid votes yes, turnout about 95 %), the Day of Martyrs law (${on('day-of-martyrs-law')}, known from a single source) and United Nations membership (${on('un-membership')}).`;
		case 'reckoning':
			return `After a break in the time scale the route runs on to 2026, highlighting Azerbaijan's own acts of remembrance: the Day of Martyrs law (1992), the Milli Majlis resolution of ${on('milli-majlis-resolution')}, the "Martyr of 20 January" title (December 1999 or January 2000, the date is disputed), the "20 January" memorial (2010) and the National Day of Mourning every 20 January. It ends at an open station: as the article says, no international tribunal was convened for the victims and no perpetrators stood trial.`;
	}
}

/** Source ids behind what each state draws (the milestones it adds), for captions and the print figure list. */
export function routeSources(state: RouteState): string[] {
	switch (state) {
		case 'start':
			return ['S3', 'S4', 'S7', 'S23', 'S24', 'S17', 'S18', 'S5'];
		case 'independence':
			return ['S34', 'S31'];
		case 'collapse':
			return ['ARCH-USSR', 'RIR-USSR', 'S32', 'S30', 'S33'];
		case 'reckoning':
			return ['S30', 'S3', 'S23', 'S28', 'S37', '1NEWS-2010', 'S24', 'AZN'];
	}
}
