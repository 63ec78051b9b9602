import type { StoryData } from '../types';
import { figures } from '../shared-data';
import { nightMoment } from './data';
import type { CityState } from './states';

/** One or two sentences per state: what the graphic shows, for screen readers, captions and print. */
export function cityAlt(state: CityState, data: StoryData): string {
	switch (state) {
		case 'evening':
			return 'A map of Baku on its bay at night, the city full of lights.';
		case 'tanks':
			return `Lines show troops entering the city: from the north down Tbilisi Avenue to the 20 Yanvar circle, and from the south; the Salyan barracks area is marked. ${nightMoment(data, 'entry').text}`;
		case 'dark':
			return 'The city lights go out, district after district, until Baku is dark. Television went off the air that evening when its power unit was blown up.';
		case 'massacre':
			return 'Baku in darkness. Only the troops’ routes into the city remain on the map.';
		case 'announced': {
			const killed = figures(data, 'killed-before-announcement')[0].value;
			const dying = figures(data, 'mortally-wounded-before-announcement')[0].value;
			return `The dark city. The state of emergency was announced by radio only at 05:30 or 07:00 on 20 January; by then, by the official count, ${killed} people had been killed and ${dying} mortally wounded.`;
		}
		case 'places':
			return 'The places the article names are marked on the dark map: Neftchilar Avenue along the waterfront (its course approximate) and the 20 Yanvar Circle in the north-west.';
		case 'gathering':
			return 'In the dark city, small lights gather in Azadliq Square, then called Lenin Square, where the funeral procession would begin on 22 January.';
		case 'dawn':
			return 'Baku’s lights come back on across the map: the city that bled that night still stands.';
	}
}

/** Source ids behind what each state draws, for its caption and the print figure list. */
export function citySources(state: CityState): string[] {
	const map = ['OSM'];
	switch (state) {
		case 'evening':
			return [...map, 'EST', 'S21', 'S23'];
		case 'tanks':
			return [...map, 'S40', 'S37', 'S20', 'S39', 'S19', 'S23', 'S7', 'S4'];
		case 'dark':
			return [...map, 'EST', 'S13', 'S15'];
		case 'massacre':
			return [...map, 'S40', 'S37', 'S20', 'S39'];
		case 'announced':
			return [...map, 'S21', 'S12', 'S3', 'S2'];
		case 'places':
			return [...map, 'S36', 'S37'];
		case 'gathering':
			return [...map, 'S35', 'S29'];
		case 'dawn':
			return [...map, 'EST'];
	}
}
