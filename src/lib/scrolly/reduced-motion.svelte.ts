import { MediaQuery } from 'svelte/reactivity';

/** True when the reader asked the system for less motion; scenes then show each state's final picture. */
export const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);
